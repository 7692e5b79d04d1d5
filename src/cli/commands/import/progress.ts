import { progressLine } from '../../../render/import-progress.js'
import type { Session } from '../../context.js'

/** How often the progress line is redrawn at most. */
const REDRAW_MS = 200

/** Rows, rate and ETA on stderr, redrawn at most 5 times a second; only on a terminal and never with --json. */
export function progressBar(s: Session) {
  const err = s.out.stderr
  const on = Boolean(err.isTTY) && !s.out.json
  const t0 = Date.now()
  let last = 0
  let shown = false
  return {
    update: (p: { rows: number; bytes: number; size: number | null }) => {
      if (!on) return
      const now = Date.now()
      if (now - last < REDRAW_MS) return
      last = now
      err.write(`\r\u001b[K${progressLine(p, (now - t0) / 1000)}`)
      shown = true
    },
    clear: () => {
      if (shown) err.write('\r\u001b[K')
      shown = false
    },
  }
}
