import { ValidationError } from '../domain/errors.js'
import { STEPS } from '../domain/order-status.js'
import { appendEvent } from '../store/queries/events.js'
import { immediate } from '../store/transaction.js'
import { requirePermission, type ServiceContext } from './context.js'
import { orderForStep, updateOrder } from './order-guard.js'

/** The customer declined (or went elsewhere): the inquiry ends as `lost`. */
export async function dropInquiry(
  ctx: ServiceContext,
  input: { number: string; reason: string; expectedRevision?: number },
): Promise<void> {
  requirePermission(ctx, 'inquiry.write', 'dropping an inquiry')
  const reason = input.reason.trim()
  if (!reason) throw new ValidationError('reason', input.reason, 'must not be empty')
  await immediate(ctx.db, async (tx) => {
    const order = await orderForStep(tx, input.number, 'dropInquiry', input.expectedRevision)
    const at = ctx.now()
    await updateOrder(tx, order, { status: STEPS.dropInquiry.to, lost_reason: reason }, at)
    await appendEvent(tx, {
      at,
      businessDate: ctx.today,
      actor: ctx.actor.name,
      action: 'inquiry.drop',
      entity: 'order',
      ref: order.number,
      orderId: order.id,
      from: order.status,
      to: STEPS.dropInquiry.to,
      data: { reason },
    })
  })
}
