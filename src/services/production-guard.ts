import type { Updateable } from 'kysely'
import { NotFoundError, RefusedError } from '../domain/errors.js'
import { msg } from '../domain/message.js'
import { awaitsSignoff, canRunProduction, type ProductionStep } from '../domain/production-status.js'
import { findOrderRow } from '../store/queries/orders.js'
import { findProductionOrder, updateProductionOrder, type ProductionOrderView } from '../store/queries/production.js'
import type { OrderRow, OrderUpdate, ProductionOrdersTable } from '../store/schema.js'
import { immediate, type Tx } from '../store/transaction.js'
import type { ServiceContext } from './context.js'
import { updateOrder } from './order-guard.js'
import { recordEvent } from './record-step.js'

/** Loads a production order and its order inside a write transaction; refuses unless `step` may run. */
async function productionForStep(tx: Tx, number: string, step: ProductionStep): Promise<{ mo: ProductionOrderView; order: OrderRow }> {
  const mo = await findProductionOrder(tx, number)
  requireProductionStep(number, mo, step)
  const order = (await findOrderRow(tx, mo.order_number))!
  return { mo, order }
}

/**
 * Refuses `step` on a production order that does not exist (exit 3) or whose status does not
 * allow it (exit 4): one not signed yet names `production sign`. Also the CLI's check before
 * it asks for a PIN.
 */
export function requireProductionStep<T extends { status: string }>(number: string, mo: T | undefined, step: ProductionStep): asserts mo is T {
  if (!mo) throw new NotFoundError('production_order', number, msg('production.seeList', {}))
  if (awaitsSignoff(mo.status) && step !== 'sign') {
    // not in force until a manager signs it (生产命令单，经本部门经理签字后生效执行)
    throw new RefusedError(msg('production.awaitingSignoff', { step, number }), 'awaiting_signoff', { productionOrder: number, status: mo.status })
  }
  if (!canRunProduction(step, mo.status)) {
    throw new RefusedError(msg('production.wrongState', { step, number, status: mo.status }), 'wrong_state', { productionOrder: number, status: mo.status })
  }
}

/** What the body of a production step hands back: the production order's patch, the order's, the event, the result. */
export interface ProductionStepOutcome<T> {
  /** Columns of the production order to change (its `updated_at` is set). */
  production: Updateable<ProductionOrdersTable>
  /** Columns of the order to change (its revision is bumped); none: the order row stays as it is. */
  order?: OrderUpdate
  /** The event, less what the step fills itself: entity `production_order`, its number, the order, from/to status. */
  event: { action: string; data: Record<string, unknown> }
  result: T
}

/**
 * One step on one production order, in the shape every MC and clerk step on it has: take the
 * write lock, load it and its order and refuse unless `step` may run, let the body decide,
 * patch the production order and (when asked) the order, record the event — whose from/to is
 * the order's status when the step moves it.
 *
 * @example
 * return productionStep(ctx, number, 'reject', async (tx, mo) => ({
 *   production: { status: 'rejected' }, order: { production_issue: 1 }, event: { action: 'production.reject', data: { mo: mo.number } }, result: undefined,
 * }))
 */
export async function productionStep<T>(
  ctx: ServiceContext,
  number: string,
  step: ProductionStep,
  body: (tx: Tx, mo: ProductionOrderView, order: OrderRow, at: string) => Promise<ProductionStepOutcome<T>>,
): Promise<T> {
  return immediate(ctx.db, async (tx) => {
    const { mo, order } = await productionForStep(tx, number, step)
    const at = ctx.now()
    const out = await body(tx, mo, order, at)
    await updateProductionOrder(tx, mo.id, out.production, at)
    if (out.order) await updateOrder(tx, order, out.order, at)
    const to = out.order?.status
    await recordEvent(tx, ctx, at, {
      entity: 'production_order',
      ref: mo.number,
      orderId: order.id,
      ...(to !== undefined && to !== order.status ? { from: order.status, to } : {}),
      ...out.event,
    })
    return out.result
  })
}
