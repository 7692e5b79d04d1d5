import { ValidationError } from '../domain/errors.js'
import { msg } from '../domain/message.js'
import { requirePermission, type ServiceContext } from './context.js'
import { productionStep } from './production-guard.js'

/** The clerk's evaluation of MC's work on a finished production order (1–5), kept for the report. */
export async function rateProduction(ctx: ServiceContext, input: { number: string; score: number; comment?: string | null }): Promise<void> {
  requirePermission(ctx, 'production.manage', 'production.rate')
  if (!Number.isInteger(input.score) || input.score < 1 || input.score > 5) throw new ValidationError('score', input.score, msg('production.scoreRange', {}))
  const comment = input.comment ?? null
  await productionStep(ctx, input.number, 'rate', async (_tx, mo) => ({
    production: { rating: input.score, rating_comment: comment, rated_by: ctx.actor.name },
    event: { action: 'production.rate', data: { mo: mo.number, score: input.score, comment, assignee: mo.assignee } },
    result: undefined,
  }))
}
