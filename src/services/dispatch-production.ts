import { RefusedError, ValidationError } from '../domain/errors.js'
import { msg } from '../domain/message.js'
import { leastLoaded } from '../domain/production-status.js'
import { hasOtherRejectedProductionOrder, mcWorkload, type ProductionOrderView } from '../store/queries/production.js'
import { findUser } from '../store/queries/users.js'
import type { Tx } from '../store/transaction.js'
import { requirePermission, type ServiceContext } from './context.js'
import { productionStep } from './production-guard.js'

/** The clerk re-dispatches a rejected (or not yet accepted) production order to an MC user. */
export async function dispatchProduction(ctx: ServiceContext, input: { number: string; assign?: string | null }): Promise<{ assignee: string }> {
  requirePermission(ctx, 'production.manage', 'production.redispatch')
  return productionStep(ctx, input.number, 'dispatch', async (tx, mo, order) => {
    const assignee = await assigneeFor(tx, mo, input.assign ?? null)
    const stillRejected = await hasOtherRejectedProductionOrder(tx, order.id, mo.id)
    return {
      production: { status: 'dispatched', assignee, reject_reason: null, dispatched_date: ctx.today },
      order: { production_issue: stillRejected ? 1 : 0 },
      event: { action: 'production.dispatch', data: { mo: mo.number, from: mo.assignee, to: assignee } },
      result: { assignee },
    }
  })
}

/** The MC user given (who must be one), or the least loaded other than the one who rejected it. */
async function assigneeFor(tx: Tx, mo: ProductionOrderView, given: string | null): Promise<string> {
  if (given) {
    const u = await findUser(tx, given)
    if (!u || u.role !== 'mc') throw new ValidationError('assign', given, msg('production.notMc', {}))
    return given
  }
  const load = (await mcWorkload(tx)).filter((w) => w.name !== mo.assignee || mo.status !== 'rejected')
  const assignee = leastLoaded(load)
  if (!assignee) throw new RefusedError(msg('production.noOtherMc', {}), 'no_mc')
  return assignee
}
