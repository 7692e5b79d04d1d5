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

/** A Chinese (or other full-width) character: a line may break before or after it without a space. */
const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/
/** Punctuation that never starts a line: it stays with what comes before it. */
const NO_START = new RegExp('^[，。、；：？！）》」』”’】…%]')
/** Punctuation that never ends a line: it stays with what comes after it. */
const NO_END = new RegExp('[（《「『“‘【]$')

/**
 * The pieces of `text` a line may break between, each with whether a space comes before it:
 * a word or a number (never broken), or one Chinese character with the punctuation that must
 * stay beside it.
 */
export function breakable(text: string): { piece: string; space: boolean }[] {
  const pieces: { piece: string; space: boolean }[] = []
  for (const m of text.matchAll(/(\s*)([^\s]+)/g)) {
    const space = m[1]!.length > 0
    const units = m[2]!.match(new RegExp(`${WIDE.source}|(?:(?!${WIDE.source})[^\\s])+`, 'gu')) ?? []
    units.forEach((u, i) => {
      const last = pieces.at(-1)
      const joined = i > 0 || !space
      if (last && joined && (NO_START.test(u) || NO_END.test(last.piece))) last.piece += u
      else if (last && u === '%') last.piece += ` ${u}` // "50.0 %" stays on one line
      else pieces.push({ piece: u, space: !joined })
    })
  }
  if (pieces[0]) pieces[0].space = false
  return pieces
}

/**
 * `text` wrapped into lines of at most `max` columns: broken at spaces, and between Chinese
 * characters (not before a closing mark such as ，。）, nor after an opening one); a word or a
 * number is never broken (one longer than a line is cut).
 */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = []
  let cur = ''
  for (const { piece, space } of breakable(text)) {
    const next = cur ? `${cur}${space ? ' ' : ''}${piece}` : piece
    if (width(next) <= max) cur = next
    else {
      if (cur) lines.push(cur)
      cur = width(piece) > max ? truncate(piece, max) : piece
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
