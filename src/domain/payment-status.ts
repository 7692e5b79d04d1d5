import { percentOf, type Minor } from './money.js'

/**
 * Payment is its own dimension (SPEC §3), derived from what was paid against the contract
 * total and its deposit percent (default 100 %).
 *
 * @example
 * paymentStatus({ total: 10000, paid: 3000, depositPct: 30 }) // 'deposit_met'
 */
export type PaymentStatus = 'unpaid' | 'partial' | 'deposit_met' | 'paid' | 'nothing_due'

export function paymentStatus(p: { total: Minor; paid: Minor; depositPct: number | null }): PaymentStatus {
  // issue 19: an order of nothing but free lines is not 'paid': nothing is due
  if (p.paid <= 0) return p.total === 0 ? 'nothing_due' : 'unpaid'
  if (p.paid >= p.total) return 'paid'
  if (p.paid >= depositAmount(p.total, p.depositPct)) return 'deposit_met'
  return 'partial'
}

/** The deposit the contract asks for before the sales order is confirmed. */
export function depositAmount(total: Minor, depositPct: number | null): Minor {
  return percentOf(total, depositPct ?? 100)
}
