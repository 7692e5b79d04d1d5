import type { Insertable, Kysely, Updateable } from 'kysely'
import type { Customer, Database, DocumentRow, EventRow, OrderLineRow, OrderLinesTable, OrderRow, OrdersTable, PaymentRow } from '../schema.js'
import { needsActionCondition } from './needs-action.js'
import { orderPayments } from './payments.js'
import { orderReturnViews, type ReturnView } from './returns.js'
import { orderChanges, type ChangeView } from './changes.js'
import { orderShipments, type ShipmentView } from './shipments.js'
import { orderComplaints, orderFeedback, orderInvoices } from './after-sales.js'
import type { ComplaintRow, FeedbackRow, InvoiceRow } from '../schema.js'
import { orderProductionOrders, type ProductionOrderView } from './production.js'
import { orderCountersignatures } from './countersignatures.js'
import { orderAttachments } from './attachments.js'
import type { AttachmentRow, CountersignatureRow } from '../schema.js'

export interface OrderLineView extends OrderLineRow {
  sku: string
  name: string
  unit: string
}

/** Everything `order show` needs about one order. */
export interface OrderAggregate {
  order: OrderRow
  customer: Customer
  lines: OrderLineView[]
  documents: DocumentRow[]
  events: EventRow[]
  payments: PaymentRow[]
  productionOrders: ProductionOrderView[]
  shipments: ShipmentView[]
  invoices: InvoiceRow[]
  feedback: FeedbackRow | null
  complaints: ComplaintRow[]
  changes: ChangeView[]
  /** Goods that came back after delivery (issue 19). */
  returns: ReturnView[]
  // issue 19: countersign and attachments
  /** The customer's returned signed copies (回签) of the order's contracts and confirmations. */
  countersignatures: CountersignatureRow[]
  /** The files kept with the order (metadata; the bytes are read only by `attach get`). */
  attachments: AttachmentRow[]
}

export async function findOrderRow(db: Kysely<Database>, number: string): Promise<OrderRow | undefined> {
  return db.selectFrom('orders').selectAll().where('number', '=', number).executeTakeFirst()
}

export async function orderLines(db: Kysely<Database>, orderId: number): Promise<OrderLineView[]> {
  return db
    .selectFrom('order_lines')
    .innerJoin('products', 'products.id', 'order_lines.product_id')
    .selectAll('order_lines')
    .select(['products.sku', 'products.name', 'products.unit'])
    .where('order_lines.order_id', '=', orderId)
    .orderBy('order_lines.line_no')
    .execute()
}

export async function loadOrder(db: Kysely<Database>, number: string): Promise<OrderAggregate | undefined> {
  const order = await findOrderRow(db, number)
  if (!order) return undefined
  const [customer, lines, documents, events, payments, productionOrders, shipments, invoices, feedback, complaints, changes, returns, countersignatures, attachments] = await Promise.all([
    db.selectFrom('customers').selectAll().where('id', '=', order.customer_id).executeTakeFirstOrThrow(),
    orderLines(db, order.id),
    db.selectFrom('documents').selectAll().where('order_id', '=', order.id).orderBy('id').execute(),
    db.selectFrom('events').selectAll().where('order_id', '=', order.id).orderBy('id').execute(),
    orderPayments(db, order.id),
    orderProductionOrders(db, order.id),
    orderShipments(db, order.id),
    orderInvoices(db, order.id),
    orderFeedback(db, order.id),
    orderComplaints(db, order.id),
    orderChanges(db, order.id),
    orderReturnViews(db, order.id),
    orderCountersignatures(db, order.id),
    orderAttachments(db, order.id),
  ])
  return {
    order,
    customer,
    lines,
    documents,
    events,
    payments,
    productionOrders,
    shipments,
    invoices,
    feedback: feedback ?? null,
    complaints,
    changes,
    returns,
    countersignatures,
    attachments,
  }
}

export interface OrderListFilter {
  statuses?: string[]
  customerId?: number
  /** Only orders waiting on the desk (queries/needs-action.ts), rush first, oldest first. */
  needsAction?: boolean
  overdueBefore?: string
  limit: number
}

export interface OrderListRow extends OrderRow {
  customer_code: string
  customer_name: string
}

export async function listOrders(db: Kysely<Database>, f: OrderListFilter): Promise<OrderListRow[]> {
  let q = db
    .selectFrom('orders')
    .innerJoin('customers', 'customers.id', 'orders.customer_id')
    .selectAll('orders')
    .select(['customers.code as customer_code', 'customers.name as customer_name'])
  if (f.statuses && f.statuses.length > 0) q = q.where('orders.status', 'in', f.statuses)
  if (f.customerId !== undefined) q = q.where('orders.customer_id', '=', f.customerId)
  if (f.needsAction) q = q.where(needsActionCondition())
  if (f.overdueBefore) {
    // promised and not yet delivered (an offer is not a promise); IN lets the (status, promised_date) index serve it
    q = q
      .where('orders.status', 'in', ['contracted', 'confirmed', 'in_production', 'ready', 'shipping', 'shipped'])
      .where('orders.promised_date', '<', f.overdueBefore)
  }
  q = f.needsAction
    ? q.orderBy('orders.rush', 'desc').orderBy('orders.updated_at').orderBy('orders.id')
    : q.orderBy('orders.id', 'desc')
  if (f.limit > 0) q = q.limit(f.limit)
  return q.execute()
}

/** The id of an order by its number (undefined: no such order), for what is recorded before its step runs. */
export async function orderIdOf(db: Kysely<Database>, number: string): Promise<number | undefined> {
  return (await db.selectFrom('orders').select('id').where('number', '=', number).executeTakeFirst())?.id
}

/** Adds an order with its lines (inside the caller's transaction); gives its id. */
export async function insertOrder(
  tx: Kysely<Database>,
  row: Insertable<OrdersTable>,
  lines: Omit<Insertable<OrderLinesTable>, 'order_id'>[],
): Promise<number> {
  const { id } = await tx.insertInto('orders').values(row).returning('id').executeTakeFirstOrThrow()
  await tx
    .insertInto('order_lines')
    .values(lines.map((l) => ({ ...l, order_id: id })))
    .execute()
  return id
}

/**
 * Writes an order's patch and its next revision, only if it is still at `revision` (what this
 * transaction read): false when another write came between (the caller refuses, as stale).
 */
export async function updateOrderAtRevision(tx: Kysely<Database>, id: number, revision: number, patch: Updateable<OrdersTable>, at: string): Promise<boolean> {
  const res = await tx.updateTable('orders').set({ ...patch, revision: revision + 1, updated_at: at }).where('id', '=', id).where('revision', '=', revision).executeTakeFirst()
  return Number(res.numUpdatedRows) === 1
}

/** Changes one order line (the stock check's findings, a new price). */
export async function updateOrderLine(tx: Kysely<Database>, lineId: number, patch: Updateable<OrderLinesTable>): Promise<void> {
  await tx.updateTable('order_lines').set(patch).where('id', '=', lineId).execute()
}

/** A new line on an order; gives its id. */
export async function insertOrderLine(tx: Kysely<Database>, values: Insertable<OrderLinesTable>): Promise<number> {
  return (await tx.insertInto('order_lines').values(values).returning('id').executeTakeFirstOrThrow()).id
}
