import { RefusedError } from '../domain/errors.js'
import { appendEvent } from '../store/queries/events.js'
import { immediate } from '../store/transaction.js'
import type { ServiceContext } from './context.js'
import { requireManagerSignoff } from './manager-signoff.js'
import { orderForStep, updateOrder } from './order-guard.js'
import { checkQuote } from '../store/queries/quote-check.js'

/** The sales manager approves an offer that is above the approval threshold or discount. */
export async function approveQuote(ctx: ServiceContext, input: { number: string; pin: string | null; expectedRevision?: number }): Promise<{ reasons: string[] }> {
  const probe = await ctx.db.selectFrom('orders').select('id').where('number', '=', input.number).executeTakeFirst()
  await requireManagerSignoff(ctx, input.pin, { action: 'quote approve', ref: input.number, orderId: probe?.id })
  return immediate(ctx.db, async (tx) => {
    const order = await orderForStep(tx, input.number, 'approveQuote', input.expectedRevision)
    const q = await checkQuote(tx, order)
    if (q.status === 'not_required') {
      throw new RefusedError(`order ${order.number} needs no approval under the current settings; sign the contract`, 'not_required')
    }
    if (q.status === 'approved') throw new RefusedError(`order ${order.number} is already approved`, 'already_approved')
    const at = ctx.now()
    await updateOrder(
      tx,
      order,
      {
        quote_approved_by: ctx.actor.name,
        quote_approved_date: ctx.today,
        quote_approved_revision: order.revision + 1,
        quote_rejected_reason: null,
        quote_rejected_by: null,
      },
      at,
    )
    await appendEvent(tx, {
      at,
      businessDate: ctx.today,
      actor: ctx.actor.name,
      action: 'quote.approve',
      entity: 'order',
      ref: order.number,
      orderId: order.id,
      data: { reasons: q.reasons, revision: order.revision + 1 },
    })
    return { reasons: q.reasons }
  })
}
