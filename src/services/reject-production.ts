import { ValidationError } from '../domain/errors.js'
import { msg } from '../domain/message.js'
import { requirePermission, type ServiceContext } from './context.js'
import { productionStep } from './production-guard.js'

/** MC cannot take the production order on: it goes back to the clerk (order flagged). */
export async function rejectProduction(ctx: ServiceContext, input: { number: string; reason: string }): Promise<void> {
  requirePermission(ctx, 'production.work', 'production.reject')
  const reason = input.reason.trim()
  if (!reason) throw new ValidationError('reason', input.reason, msg('production.reasonEmpty', {}))
  await productionStep(ctx, input.number, 'reject', async (_tx, mo) => ({
    production: { status: 'rejected', reject_reason: reason, committed_date: null },
    order: { production_issue: 1 },
    event: { action: 'production.reject', data: { mo: mo.number, reason, assignee: mo.assignee } },
    result: undefined,
  }))
}
