import { ValidationError } from '../domain/errors.js'
import type { IsoDate } from '../domain/dates.js'
import { appendEvent } from '../store/queries/events.js'
import { immediate } from '../store/transaction.js'
import { requirePermission, type ServiceContext } from './context.js'
import { updateOrder } from './order-guard.js'
import { productionForStep, setProduction } from './production-guard.js'

/**
 * MC accepts a production order and commits a completion date. A date later than the date
 * promised to the customer is accepted, but flags the order as at risk.
 */
export async function acceptProduction(ctx: ServiceContext, input: { number: string; date: IsoDate }): Promise<{ atRisk: boolean; orderStatus: string }> {
  requirePermission(ctx, 'production.work', 'accepting a production order')
  if (input.date < ctx.today) throw new ValidationError('date', input.date, `must not be before today (${ctx.today})`)
  return immediate(ctx.db, async (tx) => {
    const { mo, order } = await productionForStep(tx, input.number, 'accept')
    const at = ctx.now()
    await setProduction(tx, mo.id, { status: 'accepted', committed_date: input.date }, at)
    const atRisk = order.promised_date !== null && input.date > order.promised_date
    const to = order.status === 'confirmed' ? 'in_production' : order.status
    await updateOrder(tx, order, { status: to, at_risk: atRisk || order.at_risk === 1 ? 1 : 0 }, at)
    await appendEvent(tx, {
      at,
      businessDate: ctx.today,
      actor: ctx.actor.name,
      action: 'production.accept',
      entity: 'production_order',
      ref: mo.number,
      orderId: order.id,
      from: to !== order.status ? order.status : null,
      to: to !== order.status ? to : null,
      data: { mo: mo.number, committedDate: input.date, promisedDate: order.promised_date, atRisk },
    })
    return { atRisk, orderStatus: to }
  })
}
