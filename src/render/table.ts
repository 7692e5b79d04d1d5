import Table from 'cli-table3'
import stringWidth from 'string-width'

const stripAnsi = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '')

const BORDERLESS = {
  top: '', 'top-mid': '', 'top-left': '', 'top-right': '',
  bottom: '', 'bottom-mid': '', 'bottom-left': '', 'bottom-right': '',
  left: '', 'left-mid': '', mid: '', 'mid-mid': '',
  right: '', 'right-mid': '', middle: '',
}

/**
 * A plain table for the terminal (cli-table3), correct with double-width (Chinese) text.
 * Numbers are right-aligned by passing `align`.
 */
export function table(head: string[], rows: (string | number)[][], opts: { align?: ('left' | 'right')[] } = {}): string {
  const t = new Table({
    head,
    style: { head: [], border: [], compact: true, 'padding-left': 0, 'padding-right': 2 },
    ...(opts.align ? { colAligns: opts.align } : {}),
    chars: BORDERLESS,
  })
  const cells = rows.map((r) => r.map((c) => String(c)))
  const widths = head.map((h, i) => Math.max(stringWidth(h), ...cells.map((r) => stringWidth(stripAnsi(r[i] ?? '')))))
  t.push(widths.map((w) => '─'.repeat(w)))
  for (const r of cells) t.push(r)
  return t
    .toString()
    .split('\n')
    .map((l) => l.replace(/\s+$/, ''))
    .join('\n')
}

/** Aligned `label: value` lines. */
export function keyValues(pairs: [string, string | null | undefined][]): string {
  const w = Math.max(...pairs.map(([k]) => stringWidth(k)))
  return pairs
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}${' '.repeat(w - stringWidth(k))}  ${v ?? '—'}`)
    .join('\n')
}
