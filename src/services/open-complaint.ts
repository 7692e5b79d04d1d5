import { ValidationError } from '../domain/errors.js'
import { appendEvent } from '../store/queries/events.js'
import { immediate } from '../store/transaction.js'
import { requirePermission, type ServiceContext } from './context.js'
import { orderForStep } from './order-guard.js'

/** A customer complaint about an order; it stays open until resolved. */
export async function openComplaint(ctx: ServiceContext, input: { number: string; text: string }): Promise<{ id: number }> {
  requirePermission(ctx, 'aftersales', 'opening a complaint')
  const text = input.text.trim()
  if (!text) throw new ValidationError('text', input.text, 'must not be empty')
  return immediate(ctx.db, async (tx) => {
    const order = await orderForStep(tx, input.number, 'openComplaint')
    const at = ctx.now()
    const { id } = await tx
      .insertInto('complaints')
      .values({ order_id: order.id, text, status: 'open', opened_by: ctx.actor.name, opened_date: ctx.today, resolution: null, resolved_by: null, resolved_date: null, created_at: at })
      .returning('id')
      .executeTakeFirstOrThrow()
    await appendEvent(tx, {
      at,
      businessDate: ctx.today,
      actor: ctx.actor.name,
      action: 'complaint.open',
      entity: 'complaint',
      ref: String(id),
      orderId: order.id,
      data: { complaint: id, text },
    })
    return { id }
  })
}
