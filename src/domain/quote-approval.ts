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

// issue 19: approvals bind to what was approved

/** A line of an offer as an approval saw it: its price and discount. */
export interface ApprovedLine {
  sku: string
  unitPrice: Minor
  discountBp: number
}

/**
 * What a manager approved: the offer's total, each line's price and discount, and why it
 * needed approval then. Kept with the approval, so that views state what was approved (not
 * the order's total now) and a later change is measured against it.
 */
export interface ApprovedOffer {
  total: Minor
  lines: ApprovedLine[]
  reasons: ApprovalReason[]
}

/** A line's price net of its own discount, in minor units × 10000 (exact, for comparing). */
const netPrice = (l: { unitPrice: Minor; discountBp: number }): number => l.unitPrice * (10000 - l.discountBp)

/**
 * Why a customer change's new offer needs a new quotation approval: the approval reasons of
 * the new offer that the standing approval (`approved`, null when there is none or it did not
 * record what it saw) does not cover.
 *
 * - the total: when the change raises it above `approvalAbove` and above the total approved;
 * - a line's price: when the change prices a line (a new line, or a new price) further below
 *   list than `maxDiscountBp`, and lower than the manager approved for that product.
 *
 * A change within these limits (a smaller total, the same prices, a raise that stays under the
 * threshold or within what was approved) needs none.
 *
 * @example
 * changeApprovalReasons({ totalFrom: 56300, totalTo: 502, priced: [{ sku: 'NW-009', listPrice: 9700, unitPrice: 1, discountBp: 0 }],
 *   approvalAbove: 500000, maxDiscountBp: 1000, approved: null })
 * // [{ kind: 'discount', sku: 'NW-009', offBp: 9999, maxBp: 1000 }]
 */
export function changeApprovalReasons(p: {
  totalFrom: Minor
  totalTo: Minor
  /** The lines the change prices: new lines, and lines whose price it changes. */
  priced: PricedLine[]
  approvalAbove: Minor | null
  maxDiscountBp: number | null
  approved: ApprovedOffer | null
}): ApprovalReason[] {
  const reasons = approvalReasons({ total: p.totalTo, lines: p.priced, approvalAbove: p.approvalAbove, maxDiscountBp: p.maxDiscountBp })
  return reasons.filter((r) => {
    if (r.kind === 'total') return p.totalTo > p.totalFrom && (p.approved === null || p.totalTo > p.approved.total)
    const line = p.priced.find((l) => l.sku === r.sku)!
    const was = p.approved?.lines.filter((l) => l.sku === r.sku) ?? []
    return !was.some((l) => netPrice(l) <= netPrice(line))
  })
}

/**
 * Where a change's new offer stands: no approval needed, waiting for a manager (while the
 * change is open), approved, or never approved (a change that ended without it).
 */
export type ChangeApprovalStatus = 'not_required' | 'pending' | 'approved' | 'not_approved' | 'rejected'

/** (`rejected`, issue 19: a manager rejected the new offer and the change ended.) */
export function changeApprovalStatus(p: { reasons: readonly unknown[]; approvedBy: string | null; open: boolean; rejectedBy?: string | null }): ChangeApprovalStatus {
  if (p.approvedBy) return 'approved'
  if (p.rejectedBy) return 'rejected'
  if (p.reasons.length === 0) return 'not_required'
  return p.open ? 'pending' : 'not_approved'
}
