import { displayWidth } from '../width.js'

export { displayWidth }

/**
 * Fixed-width text layout for printed forms, correct with double-width (Chinese) characters:
 * every width here is a display width in terminal / printer columns (string-width), never a
 * string length. Only ASCII is used for rules and borders, because box-drawing characters
 * are "ambiguous width" and print double-wide on CJK terminals and printers.
 *
 * @example
 * padEnd('品名', 6) + '|'        // '品名  |'
 * wrap('Queso Cabrales 奶酪', 8) // ['Queso', 'Cabrales', '奶酪']
 */
export const PAGE_WIDTH = 80

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' })

/** Punctuation of ambiguous width (one column here, two on CJK printers) and its ASCII stand-in. */
const AMBIGUOUS: Record<string, string> = { '—': '-', '–': '-', '×': 'x', '·': '-', '…': '...', '→': '->', '‘': "'", '’': "'", '“': '"', '”': '"' }
// built from a string, not a regex literal: dist/main.cjs stays ASCII (scripts/build.mjs)
const AMBIGUOUS_CHARS = new RegExp(`[${Object.keys(AMBIGUOUS).join('')}]`, 'g')

/**
 * Text safe for a fixed-width layout: no control characters (tabs, newlines, ANSI escapes,
 * C1, the bidi overrides and isolates of domain/text-rules.ts), and common ambiguous-width
 * punctuation replaced by ASCII so that columns line up on CJK terminals and printers too.
 * (On paper a blank reads better than the `\uXXXX` the terminal shows.)
 */
export function clean(text: string): string {
  return text
    .replace(/\u001b\[[0-9;?]*[ -/]*[@-~]/g, '')
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, ' ')
    .replace(AMBIGUOUS_CHARS, (ch) => AMBIGUOUS[ch]!)
}


export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)))
}

export function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(text))) + text
}

export function center(text: string, width = PAGE_WIDTH): string {
  const gap = Math.max(0, width - displayWidth(text))
  return ' '.repeat(Math.floor(gap / 2)) + text
}

export function rule(char = '-', width = PAGE_WIDTH): string {
  return char.repeat(width)
}

/** Whether a grapheme is a wide (CJK) character, after which a line may break. */
const isWide = (g: string) => displayWidth(g) >= 2

/** Splits text into the pieces a line may break between: words, runs of spaces, single wide characters. */
function tokens(text: string): string[] {
  const out: string[] = []
  let word = ''
  let space = ''
  for (const { segment: g } of segmenter.segment(text)) {
    if (g === ' ') {
      if (word) out.push(word)
      word = ''
      space += g
    } else {
      if (space) out.push(space)
      space = ''
      if (isWide(g)) {
        if (word) out.push(word)
        word = ''
        out.push(g)
      } else word += g
    }
  }
  if (word) out.push(word)
  if (space) out.push(space)
  return out
}

/** Cuts a piece wider than `width` into pieces that fit, between graphemes. */
function hardBreak(piece: string, width: number): string[] {
  const out: string[] = []
  let cur = ''
  for (const { segment: g } of segmenter.segment(piece)) {
    if (displayWidth(cur + g) > width && cur) {
      out.push(cur)
      cur = ''
    }
    cur += g
  }
  if (cur) out.push(cur)
  return out
}

/** Closing punctuation that must not begin a line (禁则). */
const NO_LINE_START = new RegExp('^[，。、；：！？）】」』》〉”’％,.;:!?)\\]]$')

/** Opening punctuation that must not end a line (行尾禁则): it goes down with what it opens. */
const NO_LINE_END = new RegExp('^[（【「『《〈]$')

function lastGrapheme(text: string): string {
  let last = ''
  for (const { segment } of segmenter.segment(text)) last = segment
  return last
}

/**
 * Wraps text to lines no wider than `width`: between words, and between any two Chinese
 * characters; a word longer than the line is cut. Never returns an empty array.
 */
export function wrap(text: string, width: number): string[] {
  const w = Math.max(1, width)
  const lines: string[] = []
  let cur = ''
  for (const t of tokens(clean(text))) {
    if (t.startsWith(' ')) {
      if (cur) cur += t
      continue
    }
    const pieces = displayWidth(t) > w ? hardBreak(t, w) : [t]
    for (const p of pieces) {
      const trimmed = cur.replace(/ +$/, '')
      if (!trimmed) cur = p
      else if (displayWidth(cur + p) <= w) cur += p
      else if (NO_LINE_START.test(p) && isWide(lastGrapheme(trimmed)) && displayWidth(trimmed) > 2) {
        // Chinese punctuation never starts a line: the character before it goes down too
        const last = lastGrapheme(trimmed)
        lines.push(trimmed.slice(0, -last.length).replace(/ +$/, ''))
        cur = last + p
      } else if (NO_LINE_END.test(lastGrapheme(trimmed)) && displayWidth(trimmed) > 2) {
        // nor does an opening bracket end one: it goes down with what it opens
        const last = lastGrapheme(trimmed)
        lines.push(trimmed.slice(0, -last.length).replace(/ +$/, ''))
        cur = last + p
      } else {
        lines.push(trimmed)
        cur = p
      }
    }
  }
  const last = cur.replace(/ +$/, '')
  if (last || lines.length === 0) lines.push(last)
  return lines
}

/** `text` cut to `width` columns (with `~` marking the cut), for cells that must stay on one line. */
export function truncate(text: string, width: number): string {
  const t = clean(text)
  if (displayWidth(t) <= width) return t
  return `${hardBreak(t, Math.max(1, width - 1))[0]}~`
}

interface TextColumn {
  /** Header lines (e.g. English, then Chinese). */
  header: string[]
  align: 'left' | 'right'
  /** Takes the width left over (the product name); wraps. */
  flex?: boolean
  /** May wrap when the table is too wide (else the column keeps its natural width). */
  wrap?: boolean
  /** The narrowest a wrapping column may become. */
  min?: number
}

/**
 * A table exactly `width` columns wide (the flex column takes what is left), with a rule
 * under the header; cells that do not fit wrap onto further lines of their row. Columns are
 * separated by `gap` spaces.
 */
export function textTable(columns: TextColumn[], rows: string[][], opts: { width?: number; gap?: number } = {}): string[] {
  const width = opts.width ?? PAGE_WIDTH
  const gap = opts.gap ?? 2
  const cells = rows.map((r) => columns.map((_, i) => clean(r[i] ?? '')))
  const natural = columns.map((c, i) => Math.max(1, ...c.header.map(displayWidth), ...cells.map((r) => displayWidth(r[i]!))))
  const widths = [...natural]
  const avail = width - gap * (columns.length - 1)
  const sum = () => widths.reduce((a, b) => a + b, 0)
  // too wide: shrink the flex column, then the other wrapping columns, widest first
  const shrinkable = columns
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => c.flex || c.wrap)
    .sort((a, b) => Number(Boolean(b.c.flex)) - Number(Boolean(a.c.flex)))
  for (const { c, i } of shrinkable) {
    if (sum() <= avail) break
    const floor = Math.max(c.min ?? 6, ...c.header.map(displayWidth))
    widths[i] = Math.max(floor, widths[i]! - (sum() - avail))
  }
  // room to spare: the flex column takes it, so the table spans the page
  const flex = columns.findIndex((c) => c.flex)
  if (flex >= 0 && sum() < avail) widths[flex] = widths[flex]! + (avail - sum())
  const line = (parts: string[]) => parts.join(' '.repeat(gap)).replace(/ +$/, '')
  const cellLines = (texts: string[]) => {
    const wrapped = texts.map((t, i) => wrap(t, widths[i]!))
    const height = Math.max(...wrapped.map((w) => w.length))
    const out: string[] = []
    for (let k = 0; k < height; k++) {
      out.push(
        line(
          wrapped.map((w, i) => {
            const t = w[k] ?? ''
            return columns[i]!.align === 'right' ? padStart(t, widths[i]!) : padEnd(t, widths[i]!)
          }),
        ),
      )
    }
    return out
  }
  const headerHeight = Math.max(...columns.map((c) => c.header.length))
  const out: string[] = []
  for (let k = 0; k < headerHeight; k++) out.push(...cellLines(columns.map((c) => c.header[k] ?? '')))
  out.push(line(widths.map((w) => '-'.repeat(w))))
  for (const r of cells) out.push(...cellLines(r))
  return out
}

/**
 * `label  value` lines with the values aligned; long values wrap under themselves.
 *
 * @example
 * fields([['Order 订单', '26-00001'], ['Date', '2026-11-26']], 40)
 */
export function fields(pairs: [string, string][], width = PAGE_WIDTH, labelWidth?: number): string[] {
  if (pairs.length === 0) return []
  const lw = labelWidth ?? Math.max(...pairs.map(([l]) => displayWidth(clean(l))))
  const out: string[] = []
  for (const [label, value] of pairs) {
    const vw = Math.max(8, width - lw - 2)
    const parts = value.split(/\r?\n/).flatMap((p) => wrap(p, vw))
    parts.forEach((p, k) => out.push(`${padEnd(k === 0 ? clean(label) : '', lw)}  ${p}`.replace(/ +$/, '')))
  }
  return out
}

/** Two blocks of lines side by side, each half of the page. */
export function sideBySide(left: string[], right: string[], width = PAGE_WIDTH, gap = 2): string[] {
  const half = Math.floor((width - gap) / 2)
  const n = Math.max(left.length, right.length)
  const out: string[] = []
  for (let k = 0; k < n; k++) out.push(`${padEnd(left[k] ?? '', half)}${' '.repeat(gap)}${right[k] ?? ''}`.replace(/ +$/, ''))
  return out
}

/**
 * Boxes side by side spanning exactly `width` columns, at most `perRow` to a row, each with
 * its lines (wrapped to the box) and at least `height` lines tall: the signature boxes.
 */
export function boxes(contents: string[][], opts: { width?: number; perRow?: number; height?: number; minSlots?: number } = {}): string[] {
  const width = opts.width ?? PAGE_WIDTH
  const perRow = opts.perRow ?? 4
  const out: string[] = []
  for (let start = 0; start < contents.length; start += perRow) {
    const row = contents.slice(start, start + perRow)
    const n = row.length
    // a lone box takes half the page, not all of it
    const slots = Math.max(n, opts.minSlots ?? 1)
    const inner = Math.floor(((width - (slots + 1)) * n) / slots) + (slots - n)
    const widths = row.map((_, i) => Math.floor(inner / n) + (i < inner % n ? 1 : 0))
    const wrapped = row.map((lines, i) => lines.flatMap((l) => wrap(l, widths[i]! - 2)))
    const height = Math.max(opts.height ?? 0, ...wrapped.map((w) => w.length))
    const border = `+${widths.map((w) => '-'.repeat(w)).join('+')}+`
    // a row under another shares its border line, with the corners of both
    const above = start === 0 ? null : out.pop()!
    out.push(above ? [...border].map((ch, k) => (ch === '+' || above[k] === '+' ? '+' : '-')).join('') : border)
    for (let k = 0; k < height; k++) out.push(`|${wrapped.map((w, i) => ` ${padEnd(w[k] ?? '', widths[i]! - 2)} `).join('|')}|`)
    out.push(border)
  }
  return out
}
