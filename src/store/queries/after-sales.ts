import type { Kysely } from 'kysely'
import type { ComplaintRow, Database, FeedbackRow, InvoiceRow } from '../schema.js'
import type { Tx } from '../tx.js'
import { OF_ORDER, ofOrder, type OfOrder } from './of-order.js'

export async function orderInvoices(db: Kysely<Database>, orderId: number): Promise<InvoiceRow[]> {
  return db.selectFrom('invoices').selectAll().where('order_id', '=', orderId).orderBy('id').execute()
}

export async function orderFeedback(db: Kysely<Database>, orderId: number): Promise<FeedbackRow | undefined> {
  return db.selectFrom('feedback').selectAll().where('order_id', '=', orderId).executeTakeFirst()
}

export async function orderComplaints(db: Kysely<Database>, orderId: number): Promise<ComplaintRow[]> {
  return db.selectFrom('complaints').selectAll().where('order_id', '=', orderId).orderBy('id').execute()
}

export interface ComplaintView extends ComplaintRow, OfOrder {}

export async function listComplaints(db: Kysely<Database>, f: { open?: boolean; limit: number }): Promise<ComplaintView[]> {
  let q = ofOrder(db, 'complaints').selectAll('complaints').select(OF_ORDER)
  if (f.open) q = q.where('complaints.status', '=', 'open')
  q = q.orderBy('complaints.id', 'desc')
  if (f.limit > 0) q = q.limit(f.limit)
  return q.execute()
}

/** The satisfaction survey of an order: recorded, or replaced (`id`: the one there was). */
export async function saveFeedback(
  tx: Tx,
  f: { orderId: number; rating: number; comment: string | null; givenBy: string; givenDate: string; at: string },
  replacing: number | null,
): Promise<void> {
  const row = { rating: f.rating, comment: f.comment, given_by: f.givenBy, given_date: f.givenDate }
  if (replacing !== null) await tx.updateTable('feedback').set(row).where('id', '=', replacing).execute()
  else await tx.insertInto('feedback').values({ ...row, order_id: f.orderId, created_at: f.at }).execute()
}

/** A complaint opened about an order; gives its id. */
export async function insertComplaint(tx: Tx, c: { orderId: number; text: string; openedBy: string; openedDate: string; at: string }): Promise<number> {
  const { id } = await tx
    .insertInto('complaints')
    .values({ order_id: c.orderId, text: c.text, status: 'open', opened_by: c.openedBy, opened_date: c.openedDate, resolution: null, resolved_by: null, resolved_date: null, created_at: c.at })
    .returning('id')
    .executeTakeFirstOrThrow()
  return id
}

export async function findComplaint(db: Kysely<Database>, id: number): Promise<(ComplaintRow & { order_number: string }) | undefined> {
  return db
    .selectFrom('complaints')
    .innerJoin('orders', 'orders.id', 'complaints.order_id')
    .selectAll('complaints')
    .select('orders.number as order_number')
    .where('complaints.id', '=', id)
    .executeTakeFirst()
}

export async function resolveComplaintRow(tx: Tx, id: number, r: { resolution: string; resolvedBy: string; resolvedDate: string }): Promise<void> {
  await tx.updateTable('complaints').set({ status: 'resolved', resolution: r.resolution, resolved_by: r.resolvedBy, resolved_date: r.resolvedDate }).where('id', '=', id).execute()
}
