import { RefusedError, ValidationError } from '../domain/errors.js'
import { appendEvent } from '../store/queries/events.js'
import { immediate } from '../store/transaction.js'
import { requirePermission, type ServiceContext } from './context.js'
import { orderForStep } from './order-guard.js'

/** The satisfaction survey after delivery: once per order, unless replaced. */
export async function addFeedback(
  ctx: ServiceContext,
  input: { number: string; rating: number; comment?: string | null; replace?: boolean },
): Promise<void> {
  requirePermission(ctx, 'aftersales', 'recording feedback')
  if (!Number.isInteger(input.rating) || input.rating < 1 || input.rating > 5) throw new ValidationError('rating', input.rating, 'must be a whole number from 1 to 5')
  await immediate(ctx.db, async (tx) => {
    const order = await orderForStep(tx, input.number, 'addFeedback')
    const delivered = await tx.selectFrom('shipments').select('id').where('order_id', '=', order.id).where('status', '=', 'delivered').executeTakeFirst()
    if (!delivered) throw new RefusedError(`nothing of order ${order.number} has been delivered yet; feedback comes after delivery`, 'not_delivered')
    const existing = await tx.selectFrom('feedback').selectAll().where('order_id', '=', order.id).executeTakeFirst()
    if (existing && !input.replace) {
      throw new RefusedError(`order ${order.number} already has feedback (${existing.rating}/5 by ${existing.given_by}); use --replace to change it`, 'feedback_exists')
    }
    const at = ctx.now()
    const row = { rating: input.rating, comment: input.comment ?? null, given_by: ctx.actor.name, given_date: ctx.today }
    if (existing) await tx.updateTable('feedback').set(row).where('id', '=', existing.id).execute()
    else await tx.insertInto('feedback').values({ ...row, order_id: order.id, created_at: at }).execute()
    await appendEvent(tx, {
      at,
      businessDate: ctx.today,
      actor: ctx.actor.name,
      action: existing ? 'feedback.replace' : 'feedback.add',
      entity: 'order',
      ref: order.number,
      orderId: order.id,
      data: { rating: input.rating, comment: input.comment ?? null, ...(existing ? { previous: existing.rating } : {}) },
    })
  })
}
