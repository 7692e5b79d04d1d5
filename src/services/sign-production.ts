import { orderIdOfProduction } from '../store/queries/production.js'
import type { ServiceContext } from './context.js'
import { requireManagerSignoff } from './manager-signoff.js'
import { productionStep } from './production-guard.js'

/**
 * A manager signs a production order that waits for it (one a change added or enlarged): from
 * now it is in force and goes to its MC user (生产命令单，经本部门经理签字后生效执行). The
 * production order is signed by that manager and dispatched today; MC may accept it.
 */
export async function signProduction(ctx: ServiceContext, input: { number: string; pin: string | null }): Promise<{ assignee: string }> {
  await requireManagerSignoff(ctx, input.pin, { action: 'production sign', ref: input.number, orderId: await orderIdOfProduction(ctx.db, input.number) })
  return productionStep(ctx, input.number, 'sign', async (_tx, mo) => ({
    production: { status: 'dispatched', signed_by: ctx.actor.name, dispatched_date: ctx.today },
    event: { action: 'production.sign', data: { mo: mo.number, sku: mo.sku, qty: mo.qty, assignee: mo.assignee } },
    result: { assignee: mo.assignee },
  }))
}
