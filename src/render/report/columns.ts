import { msg, type Msg } from '../../domain/message.js'
import type { ReportHead } from '../../domain/messages/report.js'
import type { HumanFormat } from '../../domain/status-report.js'
import { en } from '../../messages/en/index.js'
import { t } from '../../messages/index.js'
import { wordsOf } from '../../messages/words.js'

/** Markdown the report writes itself (bold, code spans): kept as markup, only made safe for a table. */
export interface Markup {
  md: string
}

/**
 * One column of a report table, declared once for every format (tables.ts): its header (the
 * catalogue's words), its alignment, how a person sees a value and what JSON and CSV hold.
 * Where a format shows a cell its own way (a mark, markup), the column says so here too.
 */
export interface Column<R> {
  /** The header: the catalogue's `report.head` (none: an empty header). */
  head?: ReportHead
  /** Numbers are right-aligned: padded left in text, `---:` in Markdown, class `n` in HTML. */
  align?: 'right'
  /** The cell as a person reads it (HTML escapes it, Markdown makes it a safe cell); none: a column only JSON and CSV have. */
  show?: (r: R) => string
  /** The cell in one format, where it differs: text; Markdown (markup); HTML (markup, escaped already). */
  text?: (r: R) => string
  md?: (r: R) => string | Markup
  html?: (r: R) => string
  /** The HTML cell's class, where it is not `n` (right-aligned) or none. */
  cls?: string
  /** In a text table this column takes what is left of the width (`min`: its floor). */
  flex?: boolean
  min?: number
  /** The value JSON and CSV hold (none: the column is for people only). */
  data?: (r: R) => unknown
}

/** A table: its columns by key. Each format lays the keys it shows, in its order. */
export type Table<R, K extends string = string> = Readonly<Record<K, Column<R>>>

/**
 * A message in English whatever the language in use: the words JSON and CSV hold (a list's
 * title, who acts, an item's detail), which a script reads the same in every language.
 */
export const inEnglish = (m: Msg): string => wordsOf(en, m)

/** A column's header in a format (the report's day is the header of the day's figures). */
export function headOf(c: Column<never>, format: HumanFormat, date: string): string {
  return c.head ? t(msg('report.head', { head: c.head, format, date })) : ''
}

/** A cell as text (text tables and layouts). */
export function textCell<R>(c: Column<R>, r: R): string {
  return c.text ? c.text(r) : c.show!(r)
}

/** One row of JSON from the data of the columns named, in that order. */
export function dataRow<R, K extends string>(table: Table<R, K>, keys: readonly K[], r: R): Record<K, unknown> {
  return Object.fromEntries(keys.map((k) => [k, table[k].data!(r)])) as Record<K, unknown>
}

/** A row whose first cell is a label instead of a value: a sum (bold in Markdown, ruled in HTML) or another total. */
export class Labelled<R> {
  constructor(
    readonly label: string,
    readonly row: R,
    readonly sum = false,
  ) {}
}

/** A table's row: a value, or a labelled one under them. */
export type Row<R> = R | Labelled<R>

/** The row's value, and the label its first cell shows instead (if any). */
export function unwrap<R>(row: Row<R>): { r: R; label: string | null; sum: boolean } {
  return row instanceof Labelled ? { r: row.row, label: row.label, sum: row.sum } : { r: row, label: null, sum: false }
}
