import type { Insertable, Kysely, Updateable } from 'kysely'
import { OPEN_PRODUCTION } from '../../domain/production-status.js'
import type { Database, ProductionOrderRow, ProductionOrdersTable } from '../schema.js'
import type { Tx } from '../tx.js'

export interface ProductionOrderView extends ProductionOrderRow {
  sku: string
  product_name: string
  unit: string
  order_number: string
  order_status: string
  promised_date: string | null
  customer_code: string
  customer_name: string
}

function base(db: Kysely<Database>) {
  return db
    .selectFrom('production_orders')
    .innerJoin('products', 'products.id', 'production_orders.product_id')
    .innerJoin('orders', 'orders.id', 'production_orders.order_id')
    .innerJoin('customers', 'customers.id', 'orders.customer_id')
    .selectAll('production_orders')
    .select([
      'products.sku',
      'products.name as product_name',
      'products.unit',
      'orders.number as order_number',
      'orders.status as order_status',
      'orders.promised_date',
      'customers.code as customer_code',
      'customers.name as customer_name',
    ])
}

export async function findProductionOrder(db: Kysely<Database>, number: string): Promise<ProductionOrderView | undefined> {
  return base(db).where('production_orders.number', '=', number).executeTakeFirst()
}

export async function orderProductionOrders(db: Kysely<Database>, orderId: number): Promise<ProductionOrderView[]> {
  return base(db).where('production_orders.order_id', '=', orderId).orderBy('production_orders.id').execute()
}

/** MC's queue: rush first, then by due date. */
export async function listProductionOrders(
  db: Kysely<Database>,
  f: { statuses?: string[]; assignee?: string; limit: number },
): Promise<ProductionOrderView[]> {
  let q = base(db)
  if (f.statuses && f.statuses.length > 0) q = q.where('production_orders.status', 'in', f.statuses)
  if (f.assignee) q = q.where('production_orders.assignee', '=', f.assignee)
  q = q.orderBy('production_orders.priority', 'desc').orderBy('production_orders.due_date').orderBy('production_orders.id')
  if (f.limit > 0) q = q.limit(f.limit)
  return q.execute()
}

/** Open work per MC user (count and quantity of production orders not done), for dispatching. */
export async function mcWorkload(db: Kysely<Database>): Promise<{ name: string; openCount: number; openQty: number }[]> {
  const users = await db.selectFrom('users').select('name').where('role', '=', 'mc').execute()
  const open = await db
    .selectFrom('production_orders')
    .select(['assignee', (eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.sum<number>(eb.ref('qty').$castTo<number>()).as('q')])
    .where('status', 'in', [...OPEN_PRODUCTION])
    .groupBy('assignee')
    .execute()
  const byName = new Map(open.map((o) => [o.assignee, o]))
  return users.map((u) => ({
    name: u.name,
    openCount: Number(byName.get(u.name)?.n ?? 0),
    openQty: Number(byName.get(u.name)?.q ?? 0),
  }))
}

/** Sets columns of a production order (and its `updated_at`). */
export async function updateProductionOrder(tx: Tx, id: number, patch: Updateable<ProductionOrdersTable>, at: string): Promise<void> {
  await tx
    .updateTable('production_orders')
    .set({ ...patch, updated_at: at })
    .where('id', '=', id)
    .execute()
}

/** Whether the order has a production order other than `exceptId` that is still open (not done, not cancelled). */
export async function hasOtherOpenProductionOrder(tx: Tx, orderId: number, exceptId: number): Promise<boolean> {
  const r = await tx
    .selectFrom('production_orders')
    .select('id')
    .where('order_id', '=', orderId)
    .where('status', 'not in', ['done', 'cancelled'])
    .where('id', '!=', exceptId)
    .executeTakeFirst()
  return r !== undefined
}

/** Whether the order has a rejected production order other than `exceptId`. */
export async function hasOtherRejectedProductionOrder(tx: Tx, orderId: number, exceptId: number): Promise<boolean> {
  const r = await tx
    .selectFrom('production_orders')
    .select('id')
    .where('order_id', '=', orderId)
    .where('status', '=', 'rejected')
    .where('id', '!=', exceptId)
    .executeTakeFirst()
  return r !== undefined
}

/** The order's production orders still open (not done, not cancelled), in id order. */
export async function openProductionOfOrder(tx: Tx, orderId: number): Promise<Pick<ProductionOrderRow, 'line_id' | 'qty' | 'done_qty' | 'status' | 'committed_date' | 'due_date'>[]> {
  return tx
    .selectFrom('production_orders')
    .select(['line_id', 'qty', 'done_qty', 'status', 'committed_date', 'due_date'])
    .where('order_id', '=', orderId)
    .where('status', 'not in', ['done', 'cancelled'])
    .execute()
}

/** An order line's production orders still open, newest first. */
export async function openProductionOfLine(tx: Tx, lineId: number): Promise<ProductionOrderRow[]> {
  return tx.selectFrom('production_orders').selectAll().where('line_id', '=', lineId).where('status', 'not in', ['done', 'cancelled']).orderBy('id', 'desc').execute()
}

/** How many production orders the order has had (their numbers run 1, 2, 3, …). */
export async function countProductionOrders(tx: Tx, orderId: number): Promise<number> {
  const r = await tx.selectFrom('production_orders').select((eb) => eb.fn.countAll<number>().as('n')).where('order_id', '=', orderId).executeTakeFirstOrThrow()
  return Number(r.n)
}

/** A production order just dispatched: its own columns; what MC reports later starts empty. */
export type DispatchedProductionOrder = Omit<
  Insertable<ProductionOrdersTable>,
  'committed_date' | 'reject_reason' | 'rating' | 'rating_comment' | 'rated_by' | 'done_qty' | 'rejected_qty' | 'progress'
>

/**
 * Adds a production order for its MC user, inside the caller's transaction: the one way a
 * production order is made (a sales order's confirmation, a change carried out) — `dispatched`
 * when a manager signed it, `awaiting_signoff` (signed_by null) until one does.
 */
export async function insertProductionOrder(tx: Tx, row: DispatchedProductionOrder): Promise<void> {
  await tx
    .insertInto('production_orders')
    .values({ ...row, committed_date: null, reject_reason: null, rating: null, rating_comment: null, rated_by: null })
    .execute()
}

/** The order a production order belongs to (its id), for a sign-off's events; undefined when there is no such production order. */
export async function orderIdOfProduction(db: Kysely<Database>, number: string): Promise<number | undefined> {
  const r = await db.selectFrom('production_orders').select('order_id').where('number', '=', number).executeTakeFirst()
  return r?.order_id
}
