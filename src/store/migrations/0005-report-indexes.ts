import type { Kysely } from 'kysely'

/**
 * Indexes for `report status` (issue 8), so that the nightly report stays fast on a desk of a
 * million orders: most are covering indexes for the report's aggregates over dated facts.
 */
export async function up(db: Kysely<any>): Promise<void> {
  // pipeline by status and receivable: count, Σ total, Σ paid per status without reading rows
  await db.schema.createIndex('orders_status_money').on('orders').columns(['status', 'total', 'paid']).execute()
  // needs-action lists: rush first, oldest first, per status, without reading the rows
  await db.schema.createIndex('orders_status_rush_date').on('orders').columns(['status', 'rush', 'order_date']).execute()
  // on-time rate and lead time over the orders delivered in a window
  await db.schema.createIndex('orders_delivered').on('orders').columns(['delivered_date', 'on_time', 'order_date']).execute()
  // an order's last event of a kind up to a day (last stock check, acceptance, rejection, ...)
  await db.schema.createIndex('events_order_action').on('events').columns(['order_id', 'action', 'business_date']).execute()
  // money received and invoiced that day and month to date
  await db.schema.createIndex('payments_date').on('payments').columns(['paid_date', 'amount']).execute()
  await db.schema.createIndex('invoices_date').on('invoices').columns(['issued_date', 'amount']).execute()
  // shipments sent by the day and delivered after it (not yet delivered as of that day)
  await db.schema.createIndex('shipments_delivered').on('shipments').columns(['delivered_date']).execute()
  // complaints resolved after the day (still open as of that day)
  await db.schema.createIndex('complaints_resolved').on('complaints').columns(['resolved_date']).execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const name of [
    'orders_status_money',
    'orders_status_rush_date',
    'orders_delivered',
    'events_order_action',
    'payments_date',
    'invoices_date',
    'shipments_delivered',
    'complaints_resolved',
  ]) {
    await db.schema.dropIndex(name).execute()
  }
}
