import { autoId } from './columns.js'
import type { Kysely } from 'kysely'

/** Payments, production orders, quotation approval and risk flags on orders. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('payments')
    .addColumn('id', 'integer', autoId(db))
    .addColumn('order_id', 'integer', (c) => c.notNull().references('orders.id'))
    .addColumn('amount', 'bigint', (c) => c.notNull())
    .addColumn('method', 'text')
    .addColumn('ref', 'text')
    .addColumn('paid_date', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('payments_order').on('payments').column('order_id').execute()

  await db.schema
    .createTable('production_orders')
    .addColumn('id', 'integer', autoId(db))
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('order_id', 'integer', (c) => c.notNull().references('orders.id'))
    .addColumn('line_id', 'integer', (c) => c.notNull().references('order_lines.id'))
    .addColumn('product_id', 'integer', (c) => c.notNull().references('products.id'))
    .addColumn('qty', 'integer', (c) => c.notNull())
    .addColumn('done_qty', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('rejected_qty', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('assignee', 'text', (c) => c.notNull())
    .addColumn('priority', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('due_date', 'text', (c) => c.notNull())
    .addColumn('committed_date', 'text')
    .addColumn('progress', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('reject_reason', 'text')
    .addColumn('signed_by', 'text', (c) => c.notNull())
    .addColumn('dispatched_date', 'text', (c) => c.notNull())
    .addColumn('rating', 'integer')
    .addColumn('rating_comment', 'text')
    .addColumn('rated_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('production_orders_order').on('production_orders').column('order_id').execute()
  await db.schema.createIndex('production_orders_queue').on('production_orders').columns(['status', 'priority', 'due_date']).execute()
  await db.schema.createIndex('production_orders_assignee').on('production_orders').columns(['assignee', 'status']).execute()

  await db.schema.alterTable('orders').addColumn('quote_approved_by', 'text').execute()
  await db.schema.alterTable('orders').addColumn('quote_approved_date', 'text').execute()
  await db.schema.alterTable('orders').addColumn('quote_approved_revision', 'integer').execute()
  await db.schema.alterTable('orders').addColumn('quote_rejected_reason', 'text').execute()
  await db.schema.alterTable('orders').addColumn('quote_rejected_by', 'text').execute()
  await db.schema.alterTable('orders').addColumn('at_risk', 'integer', (c) => c.notNull().defaultTo(0)).execute()
  await db.schema.alterTable('orders').addColumn('production_issue', 'integer', (c) => c.notNull().defaultTo(0)).execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('production_orders').execute()
  await db.schema.dropTable('payments').execute()
  for (const c of ['quote_approved_by', 'quote_approved_date', 'quote_approved_revision', 'quote_rejected_reason', 'quote_rejected_by', 'at_risk', 'production_issue']) {
    await db.schema.alterTable('orders').dropColumn(c).execute()
  }
}
