import { NotFoundError, RefusedError } from '../domain/errors.js'
import { msg } from '../domain/message.js'
import { canRun, wrongState, type OrderStatus, type StepName } from '../domain/order-status.js'
import { findOrderRow, loadOrder, type OrderAggregate } from '../read/orders.js'
import { orderJson } from '../render/order-json.js'
import type { Session } from './context.js'
import { checkQuote } from '../read/orders.js'

/** Loads an order after a change, for the `order` key of the command's JSON and its view. */
export async function reloadOrder(s: Session, number: string): Promise<OrderAggregate> {
  const agg = await loadOrder(s.store.db, number)
  if (!agg) throw new NotFoundError('order', number)
  return agg
}

/** `{ order: {...}, ...extra }`, the JSON shape of every command that changes an order. */
export async function orderResult(s: Session, agg: OrderAggregate, extra: Record<string, unknown> = {}) {
  return { order: orderJson(agg, await checkQuote(s.store.db, agg.order)), ...extra }
}

/**
 * Refuses a step on an order before anything is asked (a PIN, say): the same check the
 * use case makes again inside its transaction.
 */
export async function precheckStep(s: Session, number: string, step: StepName): Promise<void> {
  const row = await findOrderRow(s.store.db, number)
  if (!row) throw new NotFoundError('order', number, msg('order.seeList', {}))
  if (!canRun(step, row.status as OrderStatus)) {
    throw new RefusedError(msg('order.wrongState', wrongState(step, number, row.status as OrderStatus, row)), 'wrong_state', { order: number, status: row.status })
  }
}

/**
 * After a step on an order: `{ order, ...extra }` on stdout with --json, else `human`'s text
 * (none by default: the done line on stderr says it). Returns the order as it is now.
 */
export async function printOrderResult(s: Session, number: string, extra: Record<string, unknown> = {}, human: () => string = () => ''): Promise<OrderAggregate> {
  const agg = await reloadOrder(s, number)
  s.out.result(await orderResult(s, agg, extra), human)
  return agg
}
