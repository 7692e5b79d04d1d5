import { ValidationError } from '../domain/errors.js'
import { msg } from '../domain/message.js'
import { insertComplaint } from '../store/queries/after-sales.js'
import { requirePermission, type ServiceContext } from './context.js'
import { orderStep } from './record-step.js'

/** A customer complaint about an order; it stays open until resolved. */
export async function openComplaint(ctx: ServiceContext, input: { number: string; text: string }): Promise<{ id: number }> {
  requirePermission(ctx, 'aftersales', 'complaint.open')
  const text = input.text.trim()
  if (!text) throw new ValidationError('text', input.text, msg('aftersales.empty', {}))
  return orderStep(ctx, input.number, 'openComplaint', async (tx, order, at) => {
    const id = await insertComplaint(tx, { orderId: order.id, text, openedBy: ctx.actor.name, openedDate: ctx.today, at })
    return { event: { action: 'complaint.open', entity: 'complaint', ref: String(id), data: { complaint: id, text } }, result: { id } }
  })
}
