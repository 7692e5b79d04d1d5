import type { Kysely } from 'kysely'
import {
  approvalReasons,
  changeApprovalReasons,
  quoteStatus,
  type ApprovalReason,
  type ApprovedOffer,
  type PricedLine,
  type QuoteStatus,
} from '../../domain/quote-approval.js'
import { allSettings } from './settings.js'
import type { Database, OrderRow } from '../schema.js'

export interface QuoteCheck {
  status: QuoteStatus
  /** Why it needs approval, as values: worded above (`order.approvalReason`; English in `--json`). */
  reasons: ApprovalReason[]
}

/** Does this offer need the manager's approval under the current settings, and has it got it? */
export async function checkQuote(db: Kysely<Database>, order: OrderRow): Promise<QuoteCheck> {
  const settings = await allSettings(db)
  const above = settings.get('quote.approvalAbove')
  const maxDisc = settings.get('quote.maxDiscount')
  if (above === undefined && maxDisc === undefined) {
    return { status: order.quote_approved_by && order.status !== 'offered' ? 'approved' : 'not_required', reasons: [] }
  }
  const lines = await db
    .selectFrom('order_lines')
    .innerJoin('products', 'products.id', 'order_lines.product_id')
    .select(['products.sku', 'products.price as list_price', 'order_lines.unit_price', 'order_lines.discount_bp'])
    .where('order_lines.order_id', '=', order.id)
    .execute()
  const reasons = approvalReasons({
    total: order.total,
    lines: lines.map((l) => ({ sku: l.sku, listPrice: l.list_price, unitPrice: l.unit_price, discountBp: l.discount_bp })),
    approvalAbove: above === undefined ? null : Number(above),
    maxDiscountBp: maxDisc === undefined ? null : Number(maxDisc),
  })
  if (order.status !== 'offered') {
    // Approval gates the contract only; afterwards it is history.
    return { reasons, status: order.quote_approved_by ? 'approved' : 'not_required' }
  }
  return {
    reasons,
    status: quoteStatus({
      reasons,
      approvedRevision: order.quote_approved_revision,
      revision: order.revision,
      rejectedReason: order.quote_rejected_reason,
    }),
  }
}


// issue 19: approvals bind to what was approved

/** An approved offer as stored (JSON text, null when none or from before migration 0014). */
export function approvedOfferOf(text: string | null): ApprovedOffer | null {
  return text ? (JSON.parse(text) as ApprovedOffer) : null
}

/**
 * Why a customer change's new offer needs a new quotation approval under the current
 * settings, measured against the order's standing approval (domain/quote-approval.ts
 * `changeApprovalReasons`); empty when it needs none.
 */
export async function changeQuoteReasons(
  db: Kysely<Database>,
  order: Pick<OrderRow, 'quote_approved_offer'>,
  offer: { totalFrom: number; totalTo: number; priced: PricedLine[] },
): Promise<ApprovalReason[]> {
  const settings = await allSettings(db)
  const above = settings.get('quote.approvalAbove')
  const maxDisc = settings.get('quote.maxDiscount')
  if (above === undefined && maxDisc === undefined) return []
  return changeApprovalReasons({
    ...offer,
    approvalAbove: above === undefined ? null : Number(above),
    maxDiscountBp: maxDisc === undefined ? null : Number(maxDisc),
    approved: approvedOfferOf(order.quote_approved_offer),
  })
}
