import type { Kysely, SelectQueryBuilder } from 'kysely'
import type { Database } from '../schema.js'

/** The tables of an order's own things that lists show by their order and customer. */
type OrderThing = 'change_requests' | 'complaints'

/** A thing of an order, as a list shows it: with its order's number and its customer's code. */
export interface OfOrder {
  order_number: string
  customer_code: string
}

/** The columns of `OfOrder`, for `.select(...)` on a query from `ofOrder`. */
export const OF_ORDER = ['orders.number as order_number', 'customers.code as customer_code'] as const

/**
 * A query of `table` joined to each row's order and the order's customer.
 *
 * @example
 * ofOrder(db, 'complaints').selectAll('complaints').select(OF_ORDER)
 */
export function ofOrder<T extends OrderThing>(db: Kysely<Database>, table: T): SelectQueryBuilder<Database, T | 'orders' | 'customers', {}> {
  const q = db
    .selectFrom(table as OrderThing)
    .innerJoin('orders', 'orders.id', `${table as OrderThing}.order_id`)
    .innerJoin('customers', 'customers.id', 'orders.customer_id')
  // the builder kysely infers is over both tables at once; the caller's is over its own
  return q as unknown as SelectQueryBuilder<Database, T | 'orders' | 'customers', {}>
}
