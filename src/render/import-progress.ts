/**
 * The import's progress line on a terminal: rows so far and their rate, and — when the file's
 * size is known — a bar, the share read and the time left.
 *
 * @example
 * progressLine({ rows: 5000, bytes: 1 << 20, size: 4 << 20 }, 2) // '  5,000 rows  2,500 rows/s  [######..................] 25%  ETA 6 s'
 */
const WIDTH = 24

const n = (x: number) => x.toLocaleString('en-US')

export function progressLine(p: { rows: number; bytes: number; size: number | null }, secs: number): string {
  const rate = secs > 0 ? p.rows / secs : 0
  let tail = ''
  if (p.size && p.bytes > 0) {
    const frac = Math.min(1, p.bytes / p.size)
    const eta = frac > 0 ? secs / frac - secs : 0
    const done = Math.round(frac * WIDTH)
    tail = `  [${'#'.repeat(done)}${'.'.repeat(WIDTH - done)}] ${Math.floor(frac * 100)}%  ETA ${Math.ceil(eta)} s`
  }
  return `  ${n(p.rows)} rows  ${n(Math.round(rate))} rows/s${tail}`
}
