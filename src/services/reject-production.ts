import { ValidationError } from '../domain/errors.js'
import { appendEvent } from '../store/queries/events.js'
import { immediate } from '../store/transaction.js'
import { requirePermission, type ServiceContext } from './context.js'
import { updateOrder } from './order-guard.js'
import { productionForStep, setProduction } from './production-guard.js'

/** MC cannot take the production order on: it goes back to the clerk (order flagged). */
export async function rejectProduction(ctx: ServiceContext, input: { number: string; reason: string }): Promise<void> {
  requirePermission(ctx, 'production.work', 'rejecting a production order')
  const reason = input.reason.trim()
  if (!reason) throw new ValidationError('reason', input.reason, 'must not be empty')
  await immediate(ctx.db, async (tx) => {
    const { mo, order } = await productionForStep(tx, input.number, 'reject')
    const at = ctx.now()
    await setProduction(tx, mo.id, { status: 'rejected', reject_reason: reason, committed_date: null }, at)
    await updateOrder(tx, order, { production_issue: 1 }, at)
    await appendEvent(tx, {
      at,
      businessDate: ctx.today,
      actor: ctx.actor.name,
      action: 'production.reject',
      entity: 'production_order',
      ref: mo.number,
      orderId: order.id,
      data: { mo: mo.number, reason, assignee: mo.assignee },
    })
  })
}
