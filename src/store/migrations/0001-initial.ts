import { autoId } from './columns.js'
import { sql, type Kysely } from 'kysely'

/** Users, master data, stock ledger, orders with lines and documents, the audit trail. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('users')
    .addColumn('id', 'integer', autoId(db))
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('full_name', 'text')
    .addColumn('pin_hash', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('customers')
    .addColumn('id', 'integer', autoId(db))
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('contact', 'text')
    .addColumn('phone', 'text')
    .addColumn('address', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('customers_name').on('customers').column('name').execute()

  await db.schema
    .createTable('products')
    .addColumn('id', 'integer', autoId(db))
    .addColumn('sku', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('price', 'bigint', (c) => c.notNull())
    .addColumn('lead_days', 'integer', (c) => c.notNull())
    .addColumn('producible', 'integer', (c) => c.notNull())
    .addColumn('on_hand', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('reserved', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addCheckConstraint('products_reserved_le_on_hand', sqlCheck('reserved >= 0 and reserved <= on_hand'))
    .execute()

  await db.schema
    .createTable('orders')
    .addColumn('id', 'integer', autoId(db))
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('customer_id', 'integer', (c) => c.notNull().references('customers.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('source_ref', 'text')
    .addColumn('rush', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('note', 'text')
    .addColumn('order_date', 'text', (c) => c.notNull())
    .addColumn('requested_date', 'text')
    .addColumn('promised_date', 'text')
    .addColumn('total', 'bigint', (c) => c.notNull())
    .addColumn('paid', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('payment_method', 'text')
    .addColumn('payment_due', 'text')
    .addColumn('deposit_pct', 'integer')
    .addColumn('lost_reason', 'text')
    .addColumn('ext_ref', 'text', (c) => c.unique())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('orders_status_promised').on('orders').columns(['status', 'promised_date']).execute()
  await db.schema.createIndex('orders_customer').on('orders').columns(['customer_id', 'id']).execute()

  await db.schema
    .createTable('order_lines')
    .addColumn('id', 'integer', autoId(db))
    .addColumn('order_id', 'integer', (c) => c.notNull().references('orders.id'))
    .addColumn('line_no', 'integer', (c) => c.notNull())
    .addColumn('product_id', 'integer', (c) => c.notNull().references('products.id'))
    .addColumn('qty', 'integer', (c) => c.notNull())
    .addColumn('unit_price', 'bigint', (c) => c.notNull())
    .addColumn('discount_bp', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('amount', 'bigint', (c) => c.notNull())
    .addColumn('source', 'text')
    .addColumn('stock_qty', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('shortfall', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('line_date', 'text')
    .addUniqueConstraint('order_lines_order_line', ['order_id', 'line_no'])
    .execute()
  await db.schema.createIndex('order_lines_product').on('order_lines').column('product_id').execute()

  await db.schema
    .createTable('stock_moves')
    .addColumn('id', 'integer', autoId(db))
    .addColumn('product_id', 'integer', (c) => c.notNull().references('products.id'))
    .addColumn('qty', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('order_id', 'integer', (c) => c.references('orders.id'))
    .addColumn('reason', 'text')
    .addColumn('business_date', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('stock_moves_product').on('stock_moves').columns(['product_id', 'id']).execute()

  await db.schema
    .createTable('reservations')
    .addColumn('id', 'integer', autoId(db))
    .addColumn('order_id', 'integer', (c) => c.notNull().references('orders.id'))
    .addColumn('line_id', 'integer', (c) => c.notNull().references('order_lines.id'))
    .addColumn('product_id', 'integer', (c) => c.notNull().references('products.id'))
    .addColumn('qty', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('reservations_order').on('reservations').column('order_id').execute()
  await db.schema.createIndex('reservations_product').on('reservations').columns(['product_id', 'status']).execute()

  await db.schema
    .createTable('documents')
    .addColumn('id', 'integer', autoId(db))
    .addColumn('order_id', 'integer', (c) => c.notNull().references('orders.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('signed_by', 'text')
    .addColumn('signed_at', 'text')
    .execute()
  await db.schema.createIndex('documents_order').on('documents').columns(['order_id', 'kind']).execute()

  await db.schema
    .createTable('events')
    .addColumn('id', 'integer', autoId(db))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('business_date', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('ref', 'text', (c) => c.notNull())
    .addColumn('order_id', 'integer', (c) => c.references('orders.id'))
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text')
    .addColumn('data', 'text')
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('events_order').on('events').columns(['order_id', 'id']).execute()
  await db.schema.createIndex('events_date').on('events').columns(['business_date', 'actor']).execute()

  await db.schema
    .createTable('counters')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'integer', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['settings', 'counters', 'events', 'documents', 'reservations', 'stock_moves', 'order_lines', 'orders', 'products', 'customers', 'users']) {
    await db.schema.dropTable(t).execute()
  }
}

function sqlCheck(expr: string) {
  return sql.raw(expr)
}
