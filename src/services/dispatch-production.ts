import { RefusedError, ValidationError } from '../domain/errors.js'
import { leastLoaded } from '../domain/production-status.js'
import { appendEvent } from '../store/queries/events.js'
import { mcWorkload } from '../store/queries/production.js'
import { immediate } from '../store/transaction.js'
import { requirePermission, type ServiceContext } from './context.js'
import { updateOrder } from './order-guard.js'
import { productionForStep, setProduction } from './production-guard.js'

/** The clerk re-dispatches a rejected (or not yet accepted) production order to an MC user. */
export async function dispatchProduction(ctx: ServiceContext, input: { number: string; assign?: string | null }): Promise<{ assignee: string }> {
  requirePermission(ctx, 'production.manage', 're-dispatching a production order')
  return immediate(ctx.db, async (tx) => {
    const { mo, order } = await productionForStep(tx, input.number, 'dispatch')
    let assignee = input.assign ?? null
    if (assignee) {
      const u = await tx.selectFrom('users').select('role').where('name', '=', assignee).executeTakeFirst()
      if (!u || u.role !== 'mc') throw new ValidationError('assign', assignee, 'must be a user with role mc')
    } else {
      const load = (await mcWorkload(tx)).filter((w) => w.name !== mo.assignee || mo.status !== 'rejected')
      assignee = leastLoaded(load)
      if (!assignee) throw new RefusedError('there is no other MC user to dispatch to; give one with --assign', 'no_mc')
    }
    const at = ctx.now()
    await setProduction(tx, mo.id, { status: 'dispatched', assignee, reject_reason: null, dispatched_date: ctx.today }, at)
    const stillRejected = await tx
      .selectFrom('production_orders')
      .select('id')
      .where('order_id', '=', order.id)
      .where('status', '=', 'rejected')
      .where('id', '!=', mo.id)
      .executeTakeFirst()
    await updateOrder(tx, order, { production_issue: stillRejected ? 1 : 0 }, at)
    await appendEvent(tx, {
      at,
      businessDate: ctx.today,
      actor: ctx.actor.name,
      action: 'production.dispatch',
      entity: 'production_order',
      ref: mo.number,
      orderId: order.id,
      data: { mo: mo.number, from: mo.assignee, to: assignee },
    })
    return { assignee }
  })
}
