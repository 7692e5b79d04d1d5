import { tr } from '../messages/index.js'

/**
 * The import's progress line on a terminal: rows so far and their rate, and — when the file's
 * size is known — a bar, the share read and the time left.
 *
 * @example
 * progressLine({ rows: 5000, bytes: 1 << 20, size: 4 << 20 }, 2) // '  5,000 rows  2,500 rows/s  [######..................] 25%  ETA 6 s'
 */
const WIDTH = 24

export function progressLine(p: { rows: number; bytes: number; size: number | null }, secs: number): string {
  const rate = Math.round(secs > 0 ? p.rows / secs : 0)
  if (!p.size || p.bytes <= 0) return tr('import.progress', { rows: p.rows, rate, bar: null, percent: 0, eta: 0 })
  const frac = Math.min(1, p.bytes / p.size)
  const eta = Math.ceil(frac > 0 ? secs / frac - secs : 0)
  const done = Math.round(frac * WIDTH)
  return tr('import.progress', { rows: p.rows, rate, bar: `${'#'.repeat(done)}${'.'.repeat(WIDTH - done)}`, percent: Math.floor(frac * 100), eta })
}
