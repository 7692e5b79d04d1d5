import { RefusedError, ValidationError } from '../domain/errors.js'
import { msg } from '../domain/message.js'
import { orderFeedback, saveFeedback } from '../store/queries/after-sales.js'
import { hasDeliveredShipment } from '../store/queries/shipments.js'
import { requirePermission, type ServiceContext } from './context.js'
import { orderStep } from './record-step.js'

/** The satisfaction survey after delivery: once per order, unless replaced. */
export async function addFeedback(
  ctx: ServiceContext,
  input: { number: string; rating: number; comment?: string | null; replace?: boolean },
): Promise<void> {
  requirePermission(ctx, 'aftersales', 'feedback.add')
  if (!Number.isInteger(input.rating) || input.rating < 1 || input.rating > 5) throw new ValidationError('rating', input.rating, msg('aftersales.ratingRange', {}))
  const comment = input.comment ?? null
  await orderStep(ctx, input.number, 'addFeedback', async (tx, order, at) => {
    if (!(await hasDeliveredShipment(tx, order.id))) throw new RefusedError(msg('aftersales.notDelivered', { order: order.number }), 'not_delivered')
    const existing = await orderFeedback(tx, order.id)
    if (existing && !input.replace) {
      throw new RefusedError(msg('aftersales.feedbackExists', { order: order.number, rating: existing.rating, by: existing.given_by }), 'feedback_exists')
    }
    await saveFeedback(tx, { orderId: order.id, rating: input.rating, comment, givenBy: ctx.actor.name, givenDate: ctx.today, at }, existing?.id ?? null)
    return {
      event: { action: existing ? 'feedback.replace' : 'feedback.add', data: { rating: input.rating, comment, ...(existing ? { previous: existing.rating } : {}) } },
      result: undefined,
    }
  })
}
