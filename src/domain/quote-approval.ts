import type { Minor } from './money.js'

/**
 * Whether an offer needs the sales manager's approval before the contract (the sales
 * procedure: a quotation goes out only after approval when it is large or discounted).
 * The reasons are values; the catalogue words them (`order.approvalReason`).
 *
 * @example
 * approvalReasons({ total: 600000, lines: [], approvalAbove: 500000, maxDiscountBp: null })
 * // [{ kind: 'total', total: 600000, above: 500000 }]   worded: 'total 6000.00 is above 5000.00'
 */
export interface PricedLine {
  sku: string
  listPrice: Minor
  unitPrice: Minor
  discountBp: number
}

/** Percent off list price of a line, in basis points (0 when priced at or above list). */
export function discountOffListBp(l: PricedLine): number {
  if (l.listPrice <= 0) return 0
  // integer arithmetic, rounded half-up: (list·10000 − unit·(10000 − bp)) / list
  const n = l.listPrice * 10000 - l.unitPrice * (10000 - l.discountBp)
  if (n <= 0) return 0
  return Math.floor((2 * n + l.listPrice) / (2 * l.listPrice))
}

/** Why an offer needs approval: its total is above the threshold, or a line is priced too far below list. */
export type ApprovalReason =
  | { kind: 'total'; total: Minor; above: Minor }
  | { kind: 'discount'; sku: string; offBp: number; maxBp: number }

export function approvalReasons(p: {
  total: Minor
  lines: PricedLine[]
  approvalAbove: Minor | null
  maxDiscountBp: number | null
}): ApprovalReason[] {
  const reasons: ApprovalReason[] = []
  if (p.approvalAbove !== null && p.total > p.approvalAbove) reasons.push({ kind: 'total', total: p.total, above: p.approvalAbove })
  if (p.maxDiscountBp !== null) {
    for (const l of p.lines) {
      const off = discountOffListBp(l)
      if (off > p.maxDiscountBp) reasons.push({ kind: 'discount', sku: l.sku, offBp: off, maxBp: p.maxDiscountBp })
    }
  }
  return reasons
}

export type QuoteStatus = 'not_required' | 'pending' | 'approved' | 'rejected'

/** The approval state of an offer at a given order revision. */
export function quoteStatus(p: {
  reasons: readonly unknown[]
  approvedRevision: number | null
  revision: number
  rejectedReason: string | null
}): QuoteStatus {
  if (p.reasons.length === 0) return 'not_required'
  if (p.approvedRevision !== null && p.approvedRevision === p.revision) return 'approved'
  if (p.rejectedReason) return 'rejected'
  return 'pending'
}
