import { autoId } from './columns.js'
import type { Kysely } from 'kysely'

/** Shipments with their lines, invoices, feedback and complaints; delivery facts on orders. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('shipments')
    .addColumn('id', 'integer', autoId(db))
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('order_id', 'integer', (c) => c.notNull().references('orders.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('ship_date', 'text', (c) => c.notNull())
    .addColumn('carrier', 'text')
    .addColumn('address', 'text')
    .addColumn('tracking', 'text')
    .addColumn('sent_date', 'text')
    .addColumn('delivered_date', 'text')
    .addColumn('on_time', 'integer')
    .addColumn('unpaid_reason', 'text')
    .addColumn('unpaid_approved_by', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('shipments_order').on('shipments').columns(['order_id', 'id']).execute()
  await db.schema.createIndex('shipments_status').on('shipments').columns(['status', 'ship_date']).execute()

  await db.schema
    .createTable('shipment_lines')
    .addColumn('id', 'integer', autoId(db))
    .addColumn('shipment_id', 'integer', (c) => c.notNull().references('shipments.id'))
    .addColumn('line_id', 'integer', (c) => c.notNull().references('order_lines.id'))
    .addColumn('product_id', 'integer', (c) => c.notNull().references('products.id'))
    .addColumn('qty', 'integer', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('shipment_lines_shipment').on('shipment_lines').column('shipment_id').execute()
  await db.schema.createIndex('shipment_lines_line').on('shipment_lines').column('line_id').execute()

  await db.schema
    .createTable('invoices')
    .addColumn('id', 'integer', autoId(db))
    .addColumn('order_id', 'integer', (c) => c.notNull().references('orders.id'))
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('amount', 'bigint', (c) => c.notNull())
    .addColumn('issued_date', 'text', (c) => c.notNull())
    .addColumn('issued_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('invoices_order').on('invoices').column('order_id').execute()

  await db.schema
    .createTable('feedback')
    .addColumn('id', 'integer', autoId(db))
    .addColumn('order_id', 'integer', (c) => c.notNull().unique().references('orders.id'))
    .addColumn('rating', 'integer', (c) => c.notNull())
    .addColumn('comment', 'text')
    .addColumn('given_by', 'text', (c) => c.notNull())
    .addColumn('given_date', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('complaints')
    .addColumn('id', 'integer', autoId(db))
    .addColumn('order_id', 'integer', (c) => c.notNull().references('orders.id'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('opened_by', 'text', (c) => c.notNull())
    .addColumn('opened_date', 'text', (c) => c.notNull())
    .addColumn('resolution', 'text')
    .addColumn('resolved_by', 'text')
    .addColumn('resolved_date', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('complaints_status').on('complaints').columns(['status', 'id']).execute()
  await db.schema.createIndex('complaints_order').on('complaints').column('order_id').execute()

  await db.schema.alterTable('orders').addColumn('invoiced', 'bigint', (c) => c.notNull().defaultTo(0)).execute()
  await db.schema.alterTable('orders').addColumn('delivered_date', 'text').execute()
  await db.schema.alterTable('orders').addColumn('on_time', 'integer').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['complaints', 'feedback', 'invoices', 'shipment_lines', 'shipments']) await db.schema.dropTable(t).execute()
  for (const c of ['invoiced', 'delivered_date', 'on_time']) await db.schema.alterTable('orders').dropColumn(c).execute()
}
