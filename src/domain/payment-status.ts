import { percentOf, type Minor } from './money.js'

/**
 * Payment is its own dimension (SPEC §3), derived from what was paid against the contract
 * total and its deposit percent (default 100 %).
 *
 * @example
 * paymentStatus({ total: 10000, paid: 3000, depositPct: 30 }) // 'deposit_met'
 */
export type PaymentStatus = 'unpaid' | 'partial' | 'deposit_met' | 'paid' | 'nothing_due' | 'refund_due' | 'refunded'

/**
 * `paid` is net of refunds (issue 19): more than the total is money to give back
 * (`refund_due`: a cancelled order with a deposit, a reduced change, an allowed over-payment);
 * a cancelled order whose money all went back (`refunded` > 0, nothing left paid) is `refunded`.
 */
export function paymentStatus(p: { total: Minor; paid: Minor; depositPct: number | null; refunded?: Minor | null; status?: string }): PaymentStatus {
  if (p.paid > p.total) return 'refund_due'
  if (p.status === 'cancelled' && (p.refunded ?? 0) > 0 && p.paid === p.total) return 'refunded'
  // an order of nothing but free lines is not 'paid': nothing is due
  if (p.paid <= 0) return p.total === 0 ? 'nothing_due' : 'unpaid'
  if (p.paid >= p.total) return 'paid'
  if (p.paid >= depositAmount(p.total, p.depositPct)) return 'deposit_met'
  return 'partial'
}

/** The deposit the contract asks for before the sales order is confirmed. */
export function depositAmount(total: Minor, depositPct: number | null): Minor {
  return percentOf(total, depositPct ?? 100)
}

/** Paid in full, for shipping: paid, or more (the difference is owed back). */
export function paidInFull(s: PaymentStatus): boolean {
  return s === 'paid' || s === 'nothing_due' || s === 'refund_due'
}
