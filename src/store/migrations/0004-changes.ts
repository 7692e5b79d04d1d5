import { autoId } from './columns.js'
import type { Kysely } from 'kysely'

/** Customer change requests (with their production plan change forms) and cancelled shipments. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('change_requests')
    .addColumn('id', 'integer', autoId(db))
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('order_id', 'integer', (c) => c.notNull().references('orders.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('items', 'text', (c) => c.notNull())
    .addColumn('requested_date', 'text')
    .addColumn('cancel', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('source_ref', 'text')
    .addColumn('note', 'text')
    .addColumn('plan', 'text', (c) => c.notNull())
    .addColumn('evaluated_revision', 'integer', (c) => c.notNull())
    .addColumn('form_number', 'text', (c) => c.unique())
    .addColumn('promised_from', 'text')
    .addColumn('promised_to', 'text')
    .addColumn('mc_decision', 'text')
    .addColumn('mc_date', 'text')
    .addColumn('mc_reason', 'text')
    .addColumn('mc_by', 'text')
    .addColumn('customer_decision', 'text')
    .addColumn('customer_by', 'text')
    .addColumn('revision_before', 'integer')
    .addColumn('revision_after', 'integer')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_date', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('change_requests_order').on('change_requests').columns(['order_id', 'id']).execute()
  await db.schema.createIndex('change_requests_status').on('change_requests').columns(['status', 'id']).execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('change_requests').execute()
}
