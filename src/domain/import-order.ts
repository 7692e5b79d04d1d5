import { object, optional } from 'zod/mini'
import type { Channel } from './channels.js'
import type { IsoDate } from './dates.js'
import {
  channelCell,
  codeCell,
  dateCell,
  discountCell,
  moneyCell,
  optionalText,
  parseCells,
  qtyCell,
  requiredText,
} from './import-fields.js'
import { msg, type Msg } from './message.js'
import type { Minor } from './money.js'

/**
 * One phone order from an import file (SPEC §6): the rows that share an `ext_ref`, validated
 * as a whole. A problem on any row rejects the whole order, and every problem is reported
 * with its file line, column and reason.
 *
 * @example
 * assembleOrder([{ line: 2, cells: { ext_ref: 'PH-1', customer: 'ALFKI', sku: 'NW-011', qty: '5', ... } }], '2026-11-26')
 * // → { ok: true, order: { extRef: 'PH-1', customer: 'ALFKI', orderDate: '2026-11-26', lines: [{ sku: 'NW-011', qty: 5, ... }] } }
 */
/** The longest free_reason, as `--reason` of `inquiry new --free` (issue 19). */
export const FREE_REASON_MAX = 200

export const orderLineSchema = object({
  ext_ref: requiredText(64),
  sku: codeCell,
  qty: qtyCell,
  unit_price: optional(moneyCell),
  discount: optional(discountCell),
  // issue 19: records — why a line at a zero price is free (as `--free --reason`)
  free_reason: optionalText(FREE_REASON_MAX),
})

/**
 * The order-level columns. They may be given on every row of the order or only on its first;
 * rows that give one must agree. Validated once per order.
 */
export const orderHeaderSchema = object({
  customer: codeCell,
  customer_name: optionalText(120),
  phone: optionalText(40),
  order_date: optional(dateCell),
  requested_date: optional(dateCell),
  channel: optional(channelCell),
  source_ref: optionalText(80),
  note: optionalText(500, 'note'),
})

/** At most this many lines in one order (keeps memory flat whatever the file). */
export const MAX_ORDER_LINES = 1000

/**
 * A problem that rejects an order (or a master-data row). `column` is null for whole-order
 * problems; `reason` is a message, worded where the summary is shown.
 */
export interface ImportProblem {
  line: number
  column: string | null
  value: string
  reason: Msg
}

/** A record of the file: its line number and its cells by column name (trimmed text). */
export interface RowInput {
  line: number
  cells: Record<string, string>
  /** A problem found while reading the record (e.g. a wrong number of fields). */
  problem?: Msg
}

export interface ImportLine {
  line: number
  sku: string
  qty: number
  /** null: the product's list price. */
  unitPrice: Minor | null
  discountBp: number
  /** issue 19: the column free_reason — why a line at a zero price is free (null: none given). */
  freeReason: string | null
}

export interface ImportOrder {
  extRef: string
  customer: string
  /** For `--create-customers`. */
  customerName: string | null
  phone: string | null
  orderDate: IsoDate
  requestedDate: IsoDate | null
  channel: Channel
  sourceRef: string | null
  note: string | null
  lines: ImportLine[]
  firstLine: number
  /** What the file says about the order, canonical: equal keys = the same order (idempotency). */
  contentKey: string
}

export type AssembleResult = { ok: true; order: ImportOrder } | { ok: false; problems: ImportProblem[] }

const HEADER_FIELDS = ['customer', 'customer_name', 'phone', 'order_date', 'requested_date', 'channel', 'source_ref', 'note'] as const
type HeaderField = (typeof HEADER_FIELDS)[number]
/** Order-level fields that may not differ between the rows of one order. */
const MUST_AGREE: ReadonlySet<HeaderField> = new Set(['customer', 'order_date', 'requested_date', 'channel', 'source_ref', 'note'])

/** Validates the rows of one ext_ref as an order (pure: customers and skus are checked against the database later). */
export function assembleOrder(rows: RowInput[], today: IsoDate): AssembleResult {
  const problems: ImportProblem[] = []
  const lines: ImportLine[] = []
  for (const r of rows) {
    if (r.problem) problems.push({ line: r.line, column: null, value: '', reason: r.problem })
    const res = parseCells(orderLineSchema, {
      ext_ref: r.cells.ext_ref || undefined,
      sku: r.cells.sku || undefined,
      qty: r.cells.qty || undefined,
      unit_price: r.cells.unit_price || undefined,
      discount: r.cells.discount || undefined,
      free_reason: r.cells.free_reason || undefined,
    })
    if (res.ok) lines.push({ line: r.line, sku: res.value.sku, qty: res.value.qty, unitPrice: res.value.unit_price ?? null, discountBp: res.value.discount ?? 0, freeReason: res.value.free_reason ?? null })
    else for (const i of res.issues) problems.push({ line: r.line, column: i.column, value: r.cells[i.column] ?? '', reason: i.reason })
  }
  if (rows.length > MAX_ORDER_LINES) {
    problems.push({ line: rows[MAX_ORDER_LINES]!.line, column: null, value: '', reason: msg('import.tooManyLines', { max: MAX_ORDER_LINES, lines: rows.length }) })
  }
  // Order-level fields: the first row that gives one sets it; another row may not say otherwise.
  const first: Partial<Record<HeaderField, { line: number; value: string }>> = {}
  for (const r of rows) {
    for (const f of HEADER_FIELDS) {
      const raw = r.cells[f] ?? ''
      if (!raw) continue
      const seen = first[f]
      if (!seen) first[f] = { line: r.line, value: raw }
      else if (MUST_AGREE.has(f) && seen.value !== raw && !(f === 'channel' && seen.value.toLowerCase() === raw.toLowerCase())) {
        problems.push({ line: r.line, column: f, value: raw, reason: msg('import.differs', { column: f, line: seen.line, value: seen.value }) })
      }
    }
  }
  const lineOf = (f: HeaderField) => first[f]?.line ?? rows[0]!.line
  const header = parseCells(orderHeaderSchema, Object.fromEntries(HEADER_FIELDS.map((f) => [f, first[f]?.value])))
  if (!header.ok) {
    for (const i of header.issues) problems.push({ line: lineOf(i.column as HeaderField), column: i.column, value: first[i.column as HeaderField]?.value ?? '', reason: i.reason })
  }
  if (!header.ok) return { ok: false, problems: sortProblems(problems) }

  const h = header.value
  const orderDate = h.order_date ?? today
  if (orderDate > today) {
    problems.push({ line: lineOf('order_date'), column: 'order_date', value: first.order_date!.value, reason: msg('import.orderDateFuture', { today }) })
  }
  const requestedDate = h.requested_date ?? null
  if (requestedDate && requestedDate < orderDate) {
    problems.push({
      line: lineOf('requested_date'),
      column: 'requested_date',
      value: first.requested_date!.value,
      reason: msg('import.requestedBeforeOrder', { orderDate, defaulted: !h.order_date }),
    })
  }
  if (problems.length > 0) return { ok: false, problems: sortProblems(problems) }

  const channel: Channel = h.channel ?? 'phone'
  const order: ImportOrder = {
    extRef: rows[0]!.cells.ext_ref!,
    customer: h.customer,
    customerName: h.customer_name ?? null,
    phone: h.phone ?? null,
    orderDate,
    requestedDate,
    channel,
    sourceRef: h.source_ref ?? null,
    note: h.note ?? null,
    lines,
    firstLine: rows[0]!.line,
    contentKey: orderContentKey({
      customer: h.customer,
      orderDate: h.order_date ?? '',
      requestedDate: requestedDate ?? '',
      channel,
      sourceRef: h.source_ref ?? '',
      note: h.note ?? '',
      lines,
    }),
  }
  return { ok: true, order }
}

/**
 * The canonical content of an order as the file gives it (lines in any order; an omitted
 * price or order date stays omitted, so re-importing tomorrow is still the same order).
 */
export function orderContentKey(o: {
  customer: string
  orderDate: string
  requestedDate: string
  channel: string
  sourceRef: string
  note: string
  lines: (Pick<ImportLine, 'sku' | 'qty' | 'unitPrice' | 'discountBp'> & { freeReason?: string | null })[]
}): string {
  // a free_reason is part of the line only when given, so a file from before the column keeps its key
  const lines = o.lines.map((l) => `${l.sku}\u001f${l.qty}\u001f${l.unitPrice ?? ''}\u001f${l.discountBp}${l.freeReason ? `\u001f${l.freeReason}` : ''}`).sort()
  return [o.customer, o.orderDate, o.requestedDate, o.channel, o.sourceRef, o.note, ...lines].join('\u001e')
}

export function sortProblems(p: ImportProblem[]): ImportProblem[] {
  return [...p].sort((a, b) => a.line - b.line)
}
