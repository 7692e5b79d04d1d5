import { ValidationError } from '../domain/errors.js'
import { appendEvent } from '../store/queries/events.js'
import { immediate } from '../store/transaction.js'
import { requirePermission, type ServiceContext } from './context.js'
import { productionForStep, setProduction } from './production-guard.js'

/** The clerk's evaluation of MC's work on a finished production order (1–5), kept for the report. */
export async function rateProduction(ctx: ServiceContext, input: { number: string; score: number; comment?: string | null }): Promise<void> {
  requirePermission(ctx, 'production.manage', 'rating a production order')
  if (!Number.isInteger(input.score) || input.score < 1 || input.score > 5) {
    throw new ValidationError('score', input.score, 'must be a whole number from 1 to 5')
  }
  await immediate(ctx.db, async (tx) => {
    const { mo, order } = await productionForStep(tx, input.number, 'rate')
    const at = ctx.now()
    await setProduction(tx, mo.id, { rating: input.score, rating_comment: input.comment ?? null, rated_by: ctx.actor.name }, at)
    await appendEvent(tx, {
      at,
      businessDate: ctx.today,
      actor: ctx.actor.name,
      action: 'production.rate',
      entity: 'production_order',
      ref: mo.number,
      orderId: order.id,
      data: { mo: mo.number, score: input.score, comment: input.comment ?? null, assignee: mo.assignee },
    })
  })
}
