import type { Insertable, Kysely } from 'kysely'
import { OPEN_PRODUCTION } from '../../domain/production-status.js'
import type { Database, ProductionOrderRow, ProductionOrdersTable } from '../schema.js'

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

/** A production order just dispatched: its own columns; what MC reports later starts empty. */
export type DispatchedProductionOrder = Omit<
  Insertable<ProductionOrdersTable>,
  'status' | 'committed_date' | 'reject_reason' | 'rating' | 'rating_comment' | 'rated_by' | 'done_qty' | 'rejected_qty' | 'progress'
>

/** Adds a production order as dispatched to its MC user (inside the caller's transaction). */
export async function insertDispatchedProductionOrder(tx: Kysely<Database>, row: DispatchedProductionOrder): Promise<void> {
  await tx
    .insertInto('production_orders')
    .values({ ...row, status: 'dispatched', committed_date: null, reject_reason: null, rating: null, rating_comment: null, rated_by: null })
    .execute()
}
