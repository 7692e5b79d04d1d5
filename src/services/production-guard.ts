import { NotFoundError, RefusedError } from '../domain/errors.js'
import { PRODUCTION_STEPS, canRunProduction, type ProductionStep } from '../domain/production-status.js'
import { findOrderRow } from '../store/queries/orders.js'
import { findProductionOrder, type ProductionOrderView } from '../store/queries/production.js'
import type { OrderRow } from '../store/schema.js'
import type { Tx } from '../store/transaction.js'

const VERB: Record<ProductionStep, string> = {
  accept: 'accept',
  reject: 'reject',
  progress: 'report progress on',
  done: 'report goods done for',
  dispatch: 'dispatch',
  rate: 'rate',
}

/** Loads a production order and its order inside a write transaction; refuses unless `step` may run. */
export async function productionForStep(tx: Tx, number: string, step: ProductionStep): Promise<{ mo: ProductionOrderView; order: OrderRow }> {
  const mo = await findProductionOrder(tx, number)
  if (!mo) throw new NotFoundError('production order', number, 'see `orderdesk production list`')
  if (!canRunProduction(step, mo.status)) {
    const s = PRODUCTION_STEPS[step]
    throw new RefusedError(
      `cannot ${VERB[step]} production order ${number}: it is ${mo.status} (\`${s.command}\` needs ${s.from.join(' or ')})`,
      'wrong_state',
      { productionOrder: number, status: mo.status },
    )
  }
  const order = (await findOrderRow(tx, mo.order_number))!
  return { mo, order }
}

export async function setProduction(tx: Tx, id: number, patch: Record<string, unknown>, at: string): Promise<void> {
  await tx
    .updateTable('production_orders')
    .set({ ...patch, updated_at: at })
    .where('id', '=', id)
    .execute()
}
