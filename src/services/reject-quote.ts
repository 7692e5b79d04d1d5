import { RefusedError, ValidationError } from '../domain/errors.js'
import { appendEvent } from '../store/queries/events.js'
import { immediate } from '../store/transaction.js'
import type { ServiceContext } from './context.js'
import { orderForStep, updateOrder } from './order-guard.js'

/** The manager sends an offer back to the clerk (status stays `offered`: re-check or re-price). */
export async function rejectQuote(ctx: ServiceContext, input: { number: string; reason: string; expectedRevision?: number }): Promise<void> {
  if (ctx.actor.role !== 'manager') {
    throw new RefusedError(`${ctx.actor.name} is ${ctx.actor.role}; quote reject needs a manager`, 'forbidden')
  }
  const reason = input.reason.trim()
  if (!reason) throw new ValidationError('reason', input.reason, 'must not be empty')
  await immediate(ctx.db, async (tx) => {
    const order = await orderForStep(tx, input.number, 'rejectQuote', input.expectedRevision)
    const at = ctx.now()
    await updateOrder(
      tx,
      order,
      { quote_rejected_reason: reason, quote_rejected_by: ctx.actor.name, quote_approved_by: null, quote_approved_date: null, quote_approved_revision: null },
      at,
    )
    await appendEvent(tx, {
      at,
      businessDate: ctx.today,
      actor: ctx.actor.name,
      action: 'quote.reject',
      entity: 'order',
      ref: order.number,
      orderId: order.id,
      data: { reason },
    })
  })
}
