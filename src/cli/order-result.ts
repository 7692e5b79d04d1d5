import { NotFoundError } from '../domain/errors.js'
import { loadOrder, type OrderAggregate } from '../store/queries/orders.js'
import { orderJson } from '../render/order-json.js'
import type { Session } from './context.js'

/** Loads an order after a change, for the `order` key of the command's JSON and its view. */
export async function reloadOrder(s: Session, number: string): Promise<OrderAggregate> {
  const agg = await loadOrder(s.store.db, number)
  if (!agg) throw new NotFoundError('order', number)
  return agg
}

/** `{ order: {...}, ...extra }`, the JSON shape of every command that changes an order. */
export function orderResult(agg: OrderAggregate, extra: Record<string, unknown> = {}) {
  return { order: orderJson(agg), ...extra }
}
