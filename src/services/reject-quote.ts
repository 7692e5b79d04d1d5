import { offerOf, type ChangePlan } from '../domain/change-plan.js'
import { NotFoundError, RefusedError, ValidationError } from '../domain/errors.js'
import { msg } from '../domain/message.js'
import { findChange, openChangeOf, type ChangeView } from '../store/queries/changes.js'
import { findOrderRow } from '../store/queries/orders.js'
import { changeQuoteReasons } from '../store/queries/quote-check.js'
import type { OrderRow } from '../store/schema.js'
import type { Tx } from '../store/transaction.js'
import { changeStep } from './change-guard.js'
import { loadChangeState } from './change-state.js'
import type { ServiceContext } from './context.js'
import { requireOrderSignoff } from './manager-signoff.js'
import { orderStep } from './record-step.js'

/** The order statuses before or without a contract: `quote reject` is about the order's own offer there. */
const OWN_OFFER = ['inquiry', 'offered', 'lost']

/** The manager sends an offer back to the clerk (status stays `offered`: re-check or re-price). */
export async function rejectQuote(ctx: ServiceContext, input: { number: string; reason: string; expectedRevision?: number }): Promise<void> {
  if (ctx.actor.role !== 'manager') {
    throw new RefusedError(msg('user.needsManager', { user: ctx.actor.name, role: ctx.actor.role, command: 'quote reject' }), 'forbidden')
  }
  const reason = input.reason.trim()
  if (!reason) throw new ValidationError('reason', input.reason, msg('common.empty', {}))
  await orderStep(
    ctx,
    input.number,
    'rejectQuote',
    async () => ({
      patch: { quote_rejected_reason: reason, quote_rejected_by: ctx.actor.name, quote_approved_by: null, quote_approved_date: null, quote_approved_revision: null, quote_approved_offer: null },
      event: { action: 'quote.reject', data: { reason } },
      result: undefined,
    }),
    { expectedRevision: input.expectedRevision },
  )
}

// issue 19: changereject

/** Whether `quote reject <order>` is about the new offer of a customer change (the order is past its own offer). */
export async function rejectsChangeOffer(ctx: Pick<ServiceContext, 'db'>, number: string): Promise<boolean> {
  const order = await findOrderRow(ctx.db, number)
  return order !== undefined && !OWN_OFFER.includes(order.status)
}

/**
 * Refuses (exit 4, nothing written) unless the order's open change has a new offer waiting for
 * a manager's approval: `no_open_change`, `not_required` (under the current settings),
 * `already_approved`. Gives the change. Read before the PIN is asked, and again in the step.
 */
export async function changeOfferToReject(tx: Tx, ctx: Pick<ServiceContext, 'today'>, number: string): Promise<ChangeView> {
  const order = await findOrderRow(tx, number)
  if (!order) throw new NotFoundError('order', number, msg('order.seeList', {}))
  const open = await openChangeOf(tx, order.id)
  if (!open) throw new RefusedError(msg('change.noOpenChange', { order: number }), 'no_open_change', { order: number })
  const c = (await findChange(tx, open.number))!
  if (c.approved_by) throw new RefusedError(msg('change.alreadyApproved', { change: c.number, by: c.approved_by }), 'already_approved')
  if ((await reasonsOf(tx, ctx, c, order)).length === 0) {
    throw new RefusedError(msg('change.approvalNotRequired', { change: c.number, order: number }), 'not_required', { change: c.number })
  }
  return c
}

/** The same refusals, read before anything is asked (the cli calls it before the reason and the PIN). */
export async function precheckChangeReject(ctx: Pick<ServiceContext, 'db' | 'today'>, number: string): Promise<void> {
  await changeOfferToReject(ctx.db as unknown as Tx, ctx, number)
}

/** Why the change's new offer needs approval, evaluated against the order now (as `quote approve` does). */
async function reasonsOf(tx: Tx, ctx: Pick<ServiceContext, 'today'>, c: ChangeView, order: OrderRow) {
  const plan = JSON.parse(c.plan) as ChangePlan
  const items = JSON.parse(c.items) as { sku: string }[]
  const offer = offerOf(await loadChangeState(tx, order, ctx.today, items.map((i) => i.sku)), plan)
  return changeQuoteReasons(tx, order, { totalFrom: plan.totalFrom, totalTo: offer.total, priced: offer.priced })
}

/**
 * A manager (with PIN) rejects the new offer of an order's open customer change that waits for
 * approval: the change ends (`terminated`: nothing of it is carried, so MC's agreed date and
 * any production it planned never come), keeping who, when and why; the order stays exactly as
 * it was. One transaction, one event `quote.reject` naming the change.
 */
export async function rejectChangeOffer(
  ctx: ServiceContext,
  input: { number: string; reason: string; pin: string | null; expectedRevision?: number },
): Promise<{ change: string; order: string }> {
  if (ctx.actor.role !== 'manager') {
    throw new RefusedError(msg('user.needsManager', { user: ctx.actor.name, role: ctx.actor.role, command: 'quote reject' }), 'forbidden')
  }
  const reason = input.reason.trim()
  if (!reason) throw new ValidationError('reason', input.reason, msg('common.empty', {}))
  const first = await changeOfferToReject(ctx.db as unknown as Tx, ctx, input.number) // before the PIN: nothing written
  await requireOrderSignoff(ctx, input.pin, 'quote reject', input.number)
  return changeStep(ctx, first.number, 'approve', async (tx, c) => {
    const order = (await findOrderRow(tx, c.order_number))!
    if (input.expectedRevision !== undefined && input.expectedRevision !== order.revision) {
      throw new RefusedError(msg('order.stale', { order: order.number, revision: order.revision, saw: input.expectedRevision }), 'stale', { order: order.number, revision: order.revision })
    }
    await changeOfferToReject(tx, ctx, order.number)
    return {
      patch: { status: 'terminated', rejected_by: ctx.actor.name, rejected_date: ctx.today, rejected_reason: reason },
      event: { action: 'quote.reject', from: null, to: null, data: { change: c.number, reason } },
      result: { change: c.number, order: order.number },
    }
  })
}
