import { UsageError, ValidationError } from './errors.js'
import { msg } from './message.js'
import { formatMoney, type Minor } from './money.js'
import type { ChangePlan, ChangeState } from './change-plan.js'

/**
 * A line at no charge (issue 19): a sample (样品) or goods given away. A zero price is easily
 * a slip of the keyboard (`NW-011=5@0`), and an order of nothing due skips payment, so it is
 * accepted only when the clerk says so and why: `--free --reason <text>`, recorded in the
 * step's audit event with the lines it covers. A price merely below list is not this rule but
 * the quotation approval's (`quote.maxDiscount`).
 *
 * @example
 * freeLines([{ lineNo: 1, sku: 'NW-011', qty: 5, unitPrice: 0, discountBp: 0 }], { reason: 'samples' })
 * // → [{ lineNo: 1, sku: 'NW-011', qty: 5 }]
 * freeLines([{ lineNo: 1, sku: 'NW-011', qty: 5, unitPrice: 0, discountBp: 0 }], null)
 * // throws: invalid price for NW-011 "0.00": a zero price needs --free --reason <text>
 */
export interface PricedEntry {
  /** null: a line a change adds (numbered when the change is applied). */
  lineNo: number | null
  sku: string
  qty: number
  unitPrice: Minor
  discountBp: number
}

/** What the clerk said to let lines go at no charge (`--free --reason`). */
export interface FreeGrant {
  reason: string
}

/** The free lines as the audit event records them. */
export interface FreeLine {
  lineNo: number | null
  sku: string
  qty: number
}

/** Whether a line is at no charge: a price of 0, or all of it discounted. */
export function isFree(l: { unitPrice: Minor; discountBp: number }): boolean {
  return l.unitPrice === 0 || l.discountBp >= 10000
}

/**
 * The lines at no charge, refused (exit 2, naming the line and its price) without a grant;
 * a grant with no line at no charge is refused too (`--free` on a priced order is a mistake).
 */
export function freeLines(lines: readonly PricedEntry[], grant: FreeGrant | null): FreeLine[] {
  const free = lines.filter((l) => l.qty > 0 && isFree(l))
  if (!grant) {
    const l = free[0]
    if (l) throw new ValidationError(`price for ${l.sku}`, formatMoney(l.unitPrice), msg('lines.zeroPriceNeedsFree', {}))
    return []
  }
  if (free.length === 0) throw new UsageError(msg('lines.freeWithoutZero', {}))
  return free.map((l) => ({ lineNo: l.lineNo, sku: l.sku, qty: l.qty }))
}

/**
 * The lines a change leaves at no charge that were not so before: a line given `@0`, or a
 * new line at a zero price. A line already free (a sample) keeps its grant when only its
 * quantity changes.
 */
export function freeInChange(state: Pick<ChangeState, 'lines'>, plan: Pick<ChangePlan, 'lines'>): PricedEntry[] {
  return plan.lines.flatMap((pl) => {
    const before = state.lines.find((l) => l.lineId === pl.lineId)
    const discountBp = before?.discountBp ?? 0
    if (before && isFree(before)) return []
    return [{ lineNo: pl.lineNo ?? null, sku: pl.sku, qty: pl.to, unitPrice: pl.unitPrice, discountBp }]
  })
}
