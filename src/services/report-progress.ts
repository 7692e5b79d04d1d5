import { ValidationError } from '../domain/errors.js'
import { appendEvent } from '../store/queries/events.js'
import { immediate } from '../store/transaction.js'
import { requirePermission, type ServiceContext } from './context.js'
import { productionForStep, setProduction } from './production-guard.js'

/** MC reports how far a production order has got (0–100 %). */
export async function reportProgress(ctx: ServiceContext, input: { number: string; percent: number; note?: string | null }): Promise<void> {
  requirePermission(ctx, 'production.work', 'reporting production progress')
  if (!Number.isInteger(input.percent) || input.percent < 0 || input.percent > 100) {
    throw new ValidationError('percent', input.percent, 'must be a whole number from 0 to 100')
  }
  await immediate(ctx.db, async (tx) => {
    const { mo, order } = await productionForStep(tx, input.number, 'progress')
    const at = ctx.now()
    await setProduction(tx, mo.id, { status: 'in_progress', progress: input.percent }, at)
    await appendEvent(tx, {
      at,
      businessDate: ctx.today,
      actor: ctx.actor.name,
      action: 'production.progress',
      entity: 'production_order',
      ref: mo.number,
      orderId: order.id,
      data: { mo: mo.number, percent: input.percent, note: input.note ?? null },
    })
  })
}
