import { daysBetween, type IsoDate } from './dates.js'
import type { Minor } from './money.js'

/**
 * Receivables aging (账龄, issue 20 §5): how long an amount has been past its due date.
 * `current` is not yet due (due today counts as not yet due); the others are days overdue.
 */
export type AgingBucket = 'current' | '0-30' | '31-60' | '61-90' | '90+'

export const AGING_BUCKETS: readonly AgingBucket[] = ['current', '0-30', '31-60', '61-90', '90+']

/** The bucket of an amount due on `due`, seen on `asOf`. */
export function agingBucket(due: IsoDate, asOf: IsoDate): AgingBucket {
  const late = daysBetween(due, asOf)
  if (late <= 0) return 'current'
  if (late <= 30) return '0-30'
  if (late <= 60) return '31-60'
  if (late <= 90) return '61-90'
  return '90+'
}

/** Open amounts by due date, summed into buckets; `overdue` is all but `current`. */
export function ageAmounts(items: readonly { due: IsoDate; amount: Minor }[], asOf: IsoDate): { buckets: Record<AgingBucket, Minor>; balance: Minor; overdue: Minor } {
  const buckets: Record<AgingBucket, Minor> = { current: 0, '0-30': 0, '31-60': 0, '61-90': 0, '90+': 0 }
  let balance = 0
  for (const it of items) {
    buckets[agingBucket(it.due, asOf)] += it.amount
    balance += it.amount
  }
  return { buckets, balance, overdue: balance - buckets.current }
}
