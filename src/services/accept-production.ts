import { ValidationError } from '../domain/errors.js'
import type { IsoDate } from '../domain/dates.js'
import { msg } from '../domain/message.js'
import { requirePermission, type ServiceContext } from './context.js'
import { productionStep } from './production-guard.js'

/**
 * MC accepts a production order and commits a completion date. A date later than the date
 * promised to the customer is accepted, but flags the order as at risk.
 */
export async function acceptProduction(ctx: ServiceContext, input: { number: string; date: IsoDate }): Promise<{ atRisk: boolean; orderStatus: string }> {
  requirePermission(ctx, 'production.work', 'production.accept')
  if (input.date < ctx.today) throw new ValidationError('date', input.date, msg('production.dateBeforeToday', { today: ctx.today }))
  return productionStep(ctx, input.number, 'accept', async (_tx, mo, order) => {
    const atRisk = order.promised_date !== null && input.date > order.promised_date
    const to = order.status === 'confirmed' ? 'in_production' : order.status
    return {
      production: { status: 'accepted', committed_date: input.date },
      order: { status: to, at_risk: atRisk || order.at_risk === 1 ? 1 : 0 },
      event: { action: 'production.accept', data: { mo: mo.number, committedDate: input.date, promisedDate: order.promised_date, atRisk } },
      result: { atRisk, orderStatus: to },
    }
  })
}
