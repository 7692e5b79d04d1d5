import { NotFoundError, RefusedError } from '../domain/errors.js'
import { msg } from '../domain/message.js'
import { canRun, wrongState, type OrderStatus, type StepName } from '../domain/order-status.js'
import type { OrderRow, OrderUpdate } from '../store/schema.js'
import type { Tx } from '../store/transaction.js'
import { findOrderRow, updateOrderAtRevision } from '../store/queries/orders.js'

/** Loads an order inside a write transaction and refuses unless `step` may run on it. */
export async function orderForStep(
  tx: Tx,
  number: string,
  step: StepName,
  expectedRevision?: number,
): Promise<OrderRow> {
  const order = await findOrderRow(tx, number)
  if (!order) throw new NotFoundError('order', number, msg('order.seeList', {}))
  if (!canRun(step, order.status as OrderStatus)) {
    throw new RefusedError(msg('order.wrongState', wrongState(step, number, order.status as OrderStatus, order)), 'wrong_state', {
      order: number,
      status: order.status,
    })
  }
  if (expectedRevision !== undefined && expectedRevision !== order.revision) {
    throw new RefusedError(
      msg('order.stale', { order: number, revision: order.revision, saw: expectedRevision }),
      'stale',
      { order: number, revision: order.revision },
    )
  }
  return order
}

/**
 * Updates an order and bumps its revision, guarded by the revision read in this
 * transaction so that no write is ever applied on top of one it did not see.
 */
export async function updateOrder(tx: Tx, order: OrderRow, patch: OrderUpdate, at: string): Promise<OrderRow> {
  if (!(await updateOrderAtRevision(tx, order.id, order.revision, patch, at))) {
    throw new RefusedError(msg('order.changedMeanwhile', { order: order.number }), 'stale')
  }
  return { ...order, ...patch, revision: order.revision + 1, updated_at: at } as OrderRow
}
