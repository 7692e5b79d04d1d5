import {
  enum as zenum,
  maxLength,
  NEVER,
  optional,
  pipe,
  refine,
  regex,
  string,
  transform,
  type ZodMiniType,
} from 'zod/mini'
import { CHANNELS } from './channels.js'
import { CODE_RE } from './codes.js'
import { isValidDate } from './dates.js'
import { safeText, type TextKind } from './text-rules.js'

/**
 * zod/mini schemas for the cells of an import file: each takes the cell's text (trimmed;
 * an empty cell is `undefined`) and gives the typed value, or an issue whose message is the
 * reason shown to the clerk ("must be a positive whole number").
 *
 * @example
 * cellIssues(object({ qty: qtyCell }), { qty: '1.5' }) // [{ column: 'qty', reason: 'must be a positive whole number' }]
 */
const REQUIRED = 'is required'

/** A required cell. */
export const requiredText = (max: number, kind: TextKind = 'line') =>
  string({ error: REQUIRED }).check(refine((s) => s.length > 0, REQUIRED), safeText(kind), maxLength(max, `at most ${max} characters`))

/** An optional text cell; `note` for free text that may have tabs and line breaks. */
export const optionalText = (max: number, kind: TextKind = 'line') => optional(string().check(safeText(kind), maxLength(max, `at most ${max} characters`)))

/** A customer code or sku: what clerks type. */
export const codeCell = string({ error: REQUIRED }).check(regex(CODE_RE, 'must be a code of letters, digits, . _ - (at most 32)'))

/** A positive whole number (order quantities). */
export const qtyCell = pipe(
  string({ error: REQUIRED }),
  transform((s, ctx) => {
    const n = /^\d{1,10}$/.test(s) ? Number(s) : NaN
    if (n > 0 && n <= 1_000_000_000) return n
    ctx.issues.push({ code: 'custom', message: /^\d+$/.test(s) && n !== 0 ? 'too large (at most 1000000000)' : 'must be a positive whole number', input: s })
    return NEVER
  }),
)

/** A whole number ≥ 0 (a counted stock quantity). */
export const countCell = pipe(
  string({ error: REQUIRED }).check(
    regex(/^\d+$/, 'must be a whole number (0 or more)'),
    refine((s) => !/^\d+$/.test(s) || Number(s) <= 1_000_000_000, 'too large'),
  ),
  transform(Number),
)

/** Money with at most two decimals, in minor units. */
export const moneyCell = pipe(
  string({ error: REQUIRED }),
  transform((s, ctx) => {
    const m = /^(\d{1,13})(?:\.(\d+))?$/.exec(s)
    if (m && (m[2] ?? '').length <= 2) return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'))
    const message = /^\d+\.\d{3,}$/.test(s) ? 'at most two decimals' : /^\d{14,}(\.\d+)?$/.test(s) ? 'too large' : 'must be an amount like 12.50'
    ctx.issues.push({ code: 'custom', message, input: s })
    return NEVER
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
        if ((m[2] ?? '').replace(/0+$/, '').length > 4) {
          ctx.issues.push({ code: 'custom', message: 'at most four decimals (0.0001 = 0.01 %)', input: s })
          return NEVER
        }
        bp = Number(m[1] || '0') * 10000 + Number((m[2] ?? '').slice(0, 4).padEnd(4, '0'))
      }
    }
    if (bp === null || bp > 10000) {
      ctx.issues.push({ code: 'custom', message: 'must be a fraction from 0 to 1 (0.05 = 5 %)', input: s })
      return NEVER
    }
    return bp
  }),
)

/** A calendar date: `YYYY-MM-DD` (also `YYYY/M/D`, and a time part is ignored). */
export const dateCell = pipe(
  string(),
  transform((s, ctx) => {
    const date = normalizeDate(s)
    if (date === null) {
      ctx.issues.push({ code: 'custom', message: 'must be a date YYYY-MM-DD', input: s })
      return NEVER
    }
    return date
  }),
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
  pipe(string(), transform((s) => s.toLowerCase())),
  zenum(CHANNELS, { error: `must be one of ${CHANNELS.join(', ')}` }),
)

/** yes/no, true/false, 1/0, y/n. */
export const yesNoCell = pipe(
  string(),
  transform((s, ctx) => {
    const v = s.toLowerCase()
    if (['1', 'y', 'yes', 'true', 't'].includes(v)) return true
    if (['0', 'n', 'no', 'false', 'f'].includes(v)) return false
    ctx.issues.push({ code: 'custom', message: 'must be yes or no (1/0, true/false)', input: s })
    return NEVER
  }),
)

/** A whole number of days (lead time). */
export const daysCell = pipe(
  string().check(regex(/^\d{1,4}$/, 'must be a whole number of days'), refine((s) => !/^\d+$/.test(s) || Number(s) <= 3650, 'at most 3650 days')),
  transform(Number),
)

/** One problem with a cell, as reported to the clerk. */
export interface CellIssue {
  column: string
  reason: string
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
    issues.push({ column, reason: i.message })
  }
  return { ok: false, issues }
}
