import { displayWidth } from '../width.js'

/**
 * Small layout helpers for the plain-text report: display width (Chinese text is two columns
 * wide), truncation with an ellipsis, padding, fixed-width tables and word wrapping, so that
 * every line fits a width.
 */

export const width = (s: string): number => displayWidth(s)

/** Cuts `s` to at most `max` columns, ending in "…" when cut. */
export function truncate(s: string, max: number): string {
  if (max <= 0) return ''
  if (width(s) <= max) return s
  let out = ''
  for (const ch of s) {
    if (width(out + ch) > max - 1) break
    out += ch
  }
  return `${out}…`
}

export function pad(s: string, w: number, align: 'left' | 'right' = 'left'): string {
  const fill = ' '.repeat(Math.max(0, w - width(s)))
  return align === 'right' ? fill + s : s + fill
}

export interface Column {
  head: string
  align?: 'left' | 'right'
  /** This column takes what is left of the width (at most one). */
  flex?: boolean
  /** A floor for the flex column. */
  min?: number
}

/**
 * A table whose lines are at most `max` columns wide: columns sized to their content, the
 * flex column truncated to fit, two spaces between columns, `indent` before each line.
 */
export function table(columns: Column[], rows: string[][], opts: { max: number; indent?: number }): string[] {
  const indent = opts.indent ?? 0
  const gap = 2
  const widths = columns.map((c, i) => Math.max(width(c.head), ...rows.map((r) => width(r[i] ?? ''))))
  const flex = columns.findIndex((c) => c.flex)
  const total = () => indent + widths.reduce((a, w) => a + w, 0) + gap * (columns.length - 1)
  if (flex >= 0 && total() > opts.max) widths[flex] = Math.max(columns[flex]!.min ?? 4, widths[flex]! - (total() - opts.max))
  const line = (cells: string[]) =>
    (' '.repeat(indent) + cells.map((c, i) => pad(truncate(c, widths[i]!), widths[i]!, columns[i]!.align)).join(' '.repeat(gap))).replace(/\s+$/, '')
  return [line(columns.map((c) => c.head)), line(widths.map((w) => '─'.repeat(w))), ...rows.map(line)]
}

/** Words of `text` wrapped into lines of at most `max` columns (a word longer than a line is cut). */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = []
  let cur = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = cur ? `${cur} ${word}` : word
    if (width(next) <= max) cur = next
    else {
      if (cur) lines.push(cur)
      cur = width(word) > max ? truncate(word, max) : word
    }
  }
  if (cur) lines.push(cur)
  return lines.length ? lines : ['']
}

/** A one-line bar chart of counts with block characters: "▁▃█▅". */
export function sparkline(values: number[]): string {
  const blocks = '▁▂▃▄▅▆▇█'
  const top = Math.max(0, ...values)
  return values.map((v) => (v <= 0 ? ' ' : blocks[Math.min(7, Math.max(0, Math.ceil((v / top) * 8) - 1))])).join('')
}
