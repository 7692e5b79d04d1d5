import { RefusedError } from '../domain/errors.js'
import { offerOf } from '../domain/change-plan.js'
import type { ChangePlan } from '../domain/change-plan.js'
import { msg, sayForScripts } from '../domain/message.js'
import type { Minor } from '../domain/money.js'
import type { ApprovalReason, ApprovedLine, ApprovedOffer } from '../domain/quote-approval.js'
import { openChangeOf } from '../store/queries/changes.js'
import { findOrderRow, orderLines } from '../store/queries/orders.js'
import { changeQuoteReasons, checkQuote } from '../store/queries/quote-check.js'
import { changeStep } from './change-guard.js'
import { loadChangeState } from './change-state.js'
import type { ServiceContext } from './context.js'
import { requireOrderSignoff } from './manager-signoff.js'
import { orderStep } from './record-step.js'

export interface ApproveQuoteResult {
  reasons: ApprovalReason[]
  /** The total the manager approved. */
  total: Minor
  /** The customer change whose new offer was approved (null: the order's offer). */
  change: string | null
  /** That change's status (what comes next). */
  changeStatus: string | null
}

/**
 * The sales manager approves an offer that is above the approval threshold or discount: the
 * order's offer before the contract, or — once the order is under contract — the new offer of
 * its open customer change, when the change needs one (issue 19: `change confirm` waits for it).
 * The approval keeps what the manager saw (the total, each line's price and discount, the
 * reasons), with the order or the change and in the audit event. The event keeps the reasons
 * in English words, as scripts read it; the result gives them as values, for the cli to word.
 */
export async function approveQuote(ctx: ServiceContext, input: { number: string; pin: string | null; expectedRevision?: number }): Promise<ApproveQuoteResult> {
  await requireOrderSignoff(ctx, input.pin, 'quote approve', input.number)
  const change = await changeToApprove(ctx, input.number)
  if (change) return approveChangeOffer(ctx, change, input.expectedRevision)
  return orderStep(
    ctx,
    input.number,
    'approveQuote',
    async (tx, order) => {
      const q = await checkQuote(tx, order)
      if (q.status === 'not_required') throw new RefusedError(msg('order.approvalNotRequired', { order: order.number }), 'not_required')
      if (q.status === 'approved') throw new RefusedError(msg('order.alreadyApproved', { order: order.number }), 'already_approved')
      const revision = order.revision + 1 // the revision this step makes: the approval holds for it only
      const lines: ApprovedLine[] = (await orderLines(tx, order.id)).filter((l) => l.qty > 0).map((l) => ({ sku: l.sku, unitPrice: l.unit_price, discountBp: l.discount_bp }))
      const offer: ApprovedOffer = { total: order.total, lines, reasons: q.reasons }
      return {
        patch: {
          quote_approved_by: ctx.actor.name,
          quote_approved_date: ctx.today,
          quote_approved_revision: revision,
          quote_approved_offer: JSON.stringify(offer),
          quote_rejected_reason: null,
          quote_rejected_by: null,
        },
        event: { action: 'quote.approve', data: { reasons: q.reasons.map((r) => sayForScripts(msg('order.approvalReason', r))), revision, total: order.total, lines } },
        result: { reasons: q.reasons, total: order.total, change: null, changeStatus: null },
        // the approved quotation is the one sent to the customer
        issues: [{ form: 'quotation', ref: order.number }],
      }
    },
    { expectedRevision: input.expectedRevision },
  )
}

/** The order's open change, when the order is past its offer (else the order's own offer is approved). */
async function changeToApprove(ctx: ServiceContext, number: string): Promise<string | null> {
  const order = await findOrderRow(ctx.db, number)
  if (!order || order.status === 'offered') return null
  return (await openChangeOf(ctx.db, order.id))?.number ?? null
}

/**
 * Approves the new offer of an open customer change: refused when it needs no approval (or has
 * one). The order's revision is not moved (the change's evaluation still holds); when the
 * change is applied, its approval becomes the order's (confirm-change.ts).
 */
async function approveChangeOffer(ctx: ServiceContext, number: string, expectedRevision: number | undefined): Promise<ApproveQuoteResult> {
  return changeStep(ctx, number, 'approve', async (tx, c) => {
    const order = (await findOrderRow(tx, c.order_number))!
    if (expectedRevision !== undefined && expectedRevision !== order.revision) {
      throw new RefusedError(msg('order.stale', { order: order.number, revision: order.revision, saw: expectedRevision }), 'stale', { order: order.number, revision: order.revision })
    }
    if (c.approved_by) throw new RefusedError(msg('change.alreadyApproved', { change: c.number, by: c.approved_by }), 'already_approved')
    const plan = JSON.parse(c.plan) as ChangePlan
    const items = JSON.parse(c.items) as { sku: string }[]
    const offer = offerOf(await loadChangeState(tx, order, ctx.today, items.map((i) => i.sku)), plan)
    const reasons = await changeQuoteReasons(tx, order, { totalFrom: plan.totalFrom, totalTo: offer.total, priced: offer.priced })
    if (reasons.length === 0) throw new RefusedError(msg('change.approvalNotRequired', { change: c.number, order: order.number }), 'not_required')
    const approved: ApprovedOffer = { total: offer.total, lines: offer.lines, reasons }
    return {
      patch: { approved_by: ctx.actor.name, approved_date: ctx.today, approved_offer: JSON.stringify(approved), approval_reasons: JSON.stringify(reasons) },
      event: {
        action: 'quote.approve',
        data: { change: c.number, reasons: reasons.map((r) => sayForScripts(msg('order.approvalReason', r))), total: offer.total, lines: offer.lines },
      },
      result: { reasons, total: offer.total, change: c.number, changeStatus: c.status },
    }
  })
}
