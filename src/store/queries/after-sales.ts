import type { Kysely } from 'kysely'
import type { ComplaintRow, Database, FeedbackRow, InvoiceRow } from '../schema.js'

export async function orderInvoices(db: Kysely<Database>, orderId: number): Promise<InvoiceRow[]> {
  return db.selectFrom('invoices').selectAll().where('order_id', '=', orderId).orderBy('id').execute()
}

export async function orderFeedback(db: Kysely<Database>, orderId: number): Promise<FeedbackRow | undefined> {
  return db.selectFrom('feedback').selectAll().where('order_id', '=', orderId).executeTakeFirst()
}

export async function orderComplaints(db: Kysely<Database>, orderId: number): Promise<ComplaintRow[]> {
  return db.selectFrom('complaints').selectAll().where('order_id', '=', orderId).orderBy('id').execute()
}

export interface ComplaintView extends ComplaintRow {
  order_number: string
  customer_code: string
}

export async function listComplaints(db: Kysely<Database>, f: { open?: boolean; limit: number }): Promise<ComplaintView[]> {
  let q = db
    .selectFrom('complaints')
    .innerJoin('orders', 'orders.id', 'complaints.order_id')
    .innerJoin('customers', 'customers.id', 'orders.customer_id')
    .selectAll('complaints')
    .select(['orders.number as order_number', 'customers.code as customer_code'])
  if (f.open) q = q.where('complaints.status', '=', 'open')
  q = q.orderBy('complaints.id', 'desc')
  if (f.limit > 0) q = q.limit(f.limit)
  return q.execute()
}
