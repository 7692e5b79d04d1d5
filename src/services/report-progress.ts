import { ValidationError } from '../domain/errors.js'
import { msg } from '../domain/message.js'
import { requirePermission, type ServiceContext } from './context.js'
import { productionStep } from './production-guard.js'

/** MC reports how far a production order has got (0–100 %). */
export async function reportProgress(ctx: ServiceContext, input: { number: string; percent: number; note?: string | null }): Promise<void> {
  requirePermission(ctx, 'production.work', 'production.progress')
  if (!Number.isInteger(input.percent) || input.percent < 0 || input.percent > 100) {
    throw new ValidationError('percent', input.percent, msg('production.percentRange', {}))
  }
  await productionStep(ctx, input.number, 'progress', async (_tx, mo) => ({
    production: { status: 'in_progress', progress: input.percent },
    event: { action: 'production.progress', data: { mo: mo.number, percent: input.percent, note: input.note ?? null } },
    result: undefined,
  }))
}
