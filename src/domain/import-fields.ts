import { NEVER, optional, pipe, refine, string, superRefine, transform, type ZodMiniType } from 'zod/mini'
import { CHANNELS, type Channel } from './channels.js'
import { CODE_RE } from './codes.js'
import { isValidDate } from './dates.js'
import { msg, type Msg } from './message.js'
import { textFault, type TextKind } from './text-rules.js'

/**
 * zod/mini schemas for the cells of an import file: each takes the cell's text (trimmed;
 * an empty cell is `undefined`) and gives the typed value, or an issue whose reason is a
 * message for the clerk (`import.notPositiveWhole`: "must be a positive whole number"), carried
 * in the issue's params and worded by the catalogue where the summary is shown.
 *
 * @example
 * parseCells(object({ qty: qtyCell }), { qty: '1.5' }) // { ok: false, issues: [{ column: 'qty', reason: msg('import.notPositiveWhole', {}) }] }
 */
const REQUIRED = msg('import.required', {})

/** What a check gives zod: the reason's key as the issue's text, the reason itself in its params. */
const because = (reason: Msg) => ({ message: reason.key, params: { reason } })

/** An issue pushed by a transform: the cell refused for `reason`. */
const refuse = (ctx: { issues: unknown[] }, input: string, reason: Msg) => {
  ctx.issues.push({ code: 'custom', input, ...because(reason) })
  return NEVER
}

/** At most `max` characters. */
const atMost = (max: number) => refine<string>((s) => s.length <= max, because(msg('import.tooLong', { max })))

/** The rule of domain/text-rules.ts: no control characters, no lone surrogates. */
const safeCell = (kind: TextKind = 'line') =>
  superRefine<string>((s, ctx) => {
    const fault = textFault(s, kind)
    if (fault) ctx.addIssue({ code: 'custom', input: s, ...because(fault) })
  })

/** A required cell. */
export const requiredText = (max: number, kind: TextKind = 'line') =>
  string({ error: REQUIRED.key }).check(refine((s) => s.length > 0, because(REQUIRED)), safeCell(kind), atMost(max))

/** An optional text cell; `note` for free text that may have tabs and line breaks. */
export const optionalText = (max: number, kind: TextKind = 'line') => optional(string().check(safeCell(kind), atMost(max)))

/** A customer code or sku: what clerks type. */
export const codeCell = string({ error: REQUIRED.key }).check(refine((s) => CODE_RE.test(s), because(msg('import.notACode', {}))))

/** The largest order quantity. */
export const MAX_QTY = 1_000_000_000

/** A positive whole number (order quantities). */
export const qtyCell = pipe(
  string({ error: REQUIRED.key }),
  transform((s, ctx) => {
    const n = /^\d{1,10}$/.test(s) ? Number(s) : NaN
    if (n > 0 && n <= MAX_QTY) return n
    return refuse(ctx, s, /^\d+$/.test(s) && n !== 0 ? msg('import.qtyTooLarge', { max: MAX_QTY }) : msg('import.notPositiveWhole', {}))
  }),
)

/** A whole number ≥ 0 (a counted stock quantity). */
export const countCell = pipe(
  string({ error: REQUIRED.key }),
  transform((s, ctx) => {
    if (!/^\d+$/.test(s)) return refuse(ctx, s, msg('import.notACount', {}))
    if (Number(s) > MAX_QTY) return refuse(ctx, s, msg('import.tooLarge', {}))
    return Number(s)
  }),
)

/** Money with at most two decimals, in minor units. */
export const moneyCell = pipe(
  string({ error: REQUIRED.key }),
  transform((s, ctx) => {
    const m = /^(\d{1,13})(?:\.(\d+))?$/.exec(s)
    if (m && (m[2] ?? '').length <= 2) return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'))
    const reason = /^\d+\.\d{3,}$/.test(s) ? msg('import.twoDecimals', {}) : /^\d{14,}(\.\d+)?$/.test(s) ? msg('import.tooLarge', {}) : msg('import.notAnAmount', {})
    return refuse(ctx, s, reason)
  }),
)

/**
 * A discount: a fraction of the line price from 0 to 1 (`0.05`), or a percentage (`5%`),
 * in basis points (1/100 of a percent).
 */
export const discountCell = pipe(
  string(),
  transform((s, ctx) => {
    const pct = /^(\d{1,3})(?:\.(\d{1,2}))?\s*%$/.exec(s)
    let bp: number | null = null
    if (pct) bp = Number(pct[1]) * 100 + Number((pct[2] ?? '').padEnd(2, '0'))
    else {
      const m = /^(\d*)(?:\.(\d+))?$/.exec(s)
      if (m && (m[1] || m[2])) {
        if ((m[2] ?? '').replace(/0+$/, '').length > 4) return refuse(ctx, s, msg('import.fourDecimals', {}))
        bp = Number(m[1] || '0') * 10000 + Number((m[2] ?? '').slice(0, 4).padEnd(4, '0'))
      }
    }
    if (bp === null || bp > 10000) return refuse(ctx, s, msg('import.notADiscount', {}))
    return bp
  }),
)

/** A calendar date: `YYYY-MM-DD` (also `YYYY/M/D`, and a time part is ignored). */
export const dateCell = pipe(
  string(),
  transform((s, ctx) => normalizeDate(s) ?? refuse(ctx, s, msg('import.notADate', {}))),
)

// Files repeat the same few dates on thousands of rows: remember the answers (bounded).
const dateMemo = new Map<string, string | null>()

export function normalizeDate(s: string): string | null {
  const hit = dateMemo.get(s)
  if (hit !== undefined) return hit
  const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s)
  const date = m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : ''
  const result = m && isValidDate(date) ? date : null
  if (dateMemo.size >= 4096) dateMemo.clear()
  dateMemo.set(s, result)
  return result
}

/** How the order came in (`phone` when empty). */
export const channelCell = pipe(
  string(),
  transform((s, ctx): Channel => {
    const c = s.toLowerCase()
    return (CHANNELS as readonly string[]).includes(c) ? (c as Channel) : refuse(ctx, s, msg('import.notAChannel', { channels: CHANNELS }))
  }),
)

/** yes/no, true/false, 1/0, y/n. */
export const yesNoCell = pipe(
  string(),
  transform((s, ctx) => {
    const v = s.toLowerCase()
    if (['1', 'y', 'yes', 'true', 't'].includes(v)) return true
    if (['0', 'n', 'no', 'false', 'f'].includes(v)) return false
    return refuse(ctx, s, msg('import.notYesNo', {}))
  }),
)

/** The longest lead time. */
const MAX_DAYS = 3650

/** A whole number of days (lead time). */
export const daysCell = pipe(
  string(),
  transform((s, ctx) => {
    if (!/^\d{1,4}$/.test(s)) return refuse(ctx, s, msg('import.notDays', {}))
    if (Number(s) > MAX_DAYS) return refuse(ctx, s, msg('import.tooManyDays', { max: MAX_DAYS }))
    return Number(s)
  }),
)

/** One problem with a cell, as reported to the clerk. */
export interface CellIssue {
  column: string
  reason: Msg
}

/**
 * Validates a row of cells (empty cells are passed as undefined) with a zod schema; gives the
 * parsed row, or the issues (one per column, the first that applies).
 */
export function parseCells<S extends ZodMiniType>(schema: S, cells: Record<string, string | undefined>): { ok: true; value: import('zod/mini').infer<S> } | { ok: false; issues: CellIssue[] } {
  const r = schema.safeParse(cells)
  if (r.success) return { ok: true, value: r.data as import('zod/mini').infer<S> }
  const seen = new Set<string>()
  const issues: CellIssue[] = []
  for (const i of r.error.issues) {
    const column = String(i.path[0] ?? '')
    if (seen.has(column)) continue
    seen.add(column)
    // every check here carries its reason; the one zod issue that does not is a missing cell
    const reason = (i as { params?: { reason?: Msg } }).params?.reason
    issues.push({ column, reason: reason ?? REQUIRED })
  }
  return { ok: false, issues }
}
