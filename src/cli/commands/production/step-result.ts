import { findProductionOrder } from '../../../read/production.js'
import { productionOrderJson } from '../../../render/order-json.js'
import type { Session } from '../../context.js'

/**
 * After a step on a production order: the production order and its order's status (and
 * `extra`) on stdout with --json, and the done line on stderr.
 */
export async function printStep(s: Session, number: string, done: string, extra: Record<string, unknown> = {}): Promise<void> {
  const mo = (await findProductionOrder(s.store.db, number))!
  s.out.result({ productionOrder: productionOrderJson(mo), orderStatus: mo.order_status, ...extra }, () => '')
  s.out.done(done)
}
