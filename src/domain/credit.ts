import type { Minor } from './money.js'

/**
 * The credit check at `contract sign` and `ship` (issue 20 §4): exposure is what the customer
 * owes plus the order in hand; an order is held (信用冻结) when that passes the customer's limit,
 * or when anything is overdue longer than the desk's grace period. No limit set means no limit;
 * the overdue rule holds all the same.
 */
export interface CreditFacts {
  /** The customer's limit; null: none set. */
  limit: Minor | null
  /** What the customer owes now on signed contracts, less payments. */
  balance: Minor
  /** The part of this order not yet in `balance` (its total at signing, nothing more at shipping). */
  order: Minor
  /** What is past due, and the days the oldest of it is late (null: nothing overdue). */
  overdue: Minor
  oldestLateDays: number | null
  /** The desk's grace period in days. */
  graceDays: number
}

export type CreditReason = 'over_limit' | 'overdue'

export interface CreditVerdict {
  exposure: Minor
  /** What is left under the limit after this order (negative: over it); null without a limit. */
  available: Minor | null
  /** Empty: the order may go through. */
  reasons: CreditReason[]
}

export function creditCheck(f: CreditFacts): CreditVerdict {
  const exposure = f.balance + f.order
  const available = f.limit === null ? null : f.limit - exposure
  const reasons: CreditReason[] = []
  if (available !== null && available < 0) reasons.push('over_limit')
  if (f.overdue > 0 && f.oldestLateDays !== null && f.oldestLateDays > f.graceDays) reasons.push('overdue')
  return { exposure, available, reasons }
}
