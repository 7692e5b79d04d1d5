import { sql, type Kysely } from 'kysely'
import { dialectOf } from '../dialect.js'
import { sealEverything } from '../audit-seal.js'
import { autoId } from './columns.js'

/**
 * Refunds, voids and returns (issue 19 §6): nothing is deleted, a correction is a reversing
 * entry. A payment gets its number (`26-00001-PM1`, per order in the order recorded; the
 * existing ones are numbered here), a kind (`payment` or `refund`) and, when voided, who voided
 * it, when and why. `orders.refunded` is the sum of the refunds not voided (null: never any),
 * `orders.paid` stays the net of it all. `returns` holds goods that came back after delivery,
 * with what became of them (stock or scrap) and of the order (a refund due or a remake).
 * The payments' rows change (number, kind), so they are sealed again.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('payments').addColumn('number', 'text').execute()
  await db.schema.alterTable('payments').addColumn('kind', 'text', (c) => c.notNull().defaultTo('payment')).execute()
  await db.schema.alterTable('payments').addColumn('voided_at', 'text').execute()
  await db.schema.alterTable('payments').addColumn('voided_date', 'text').execute()
  await db.schema.alterTable('payments').addColumn('voided_by', 'text').execute()
  await db.schema.alterTable('payments').addColumn('void_reason', 'text').execute()
  await sql`update payments set number = (select o.number from orders o where o.id = payments.order_id) || '-PM' || cast((select count(*) from payments p2 where p2.order_id = payments.order_id and p2.id <= payments.id) as text)`.execute(db)
  await db.schema.createIndex('payments_number').on('payments').column('number').unique().execute()
  await db.schema.alterTable('orders').addColumn('refunded', 'bigint').execute()

  await db.schema
    .createTable('returns')
    .addColumn('id', 'integer', autoId(db))
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('order_id', 'integer', (c) => c.notNull().references('orders.id'))
    .addColumn('line_id', 'integer', (c) => c.notNull().references('order_lines.id'))
    .addColumn('product_id', 'integer', (c) => c.notNull().references('products.id'))
    .addColumn('qty', 'integer', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    /** stock | scrap */
    .addColumn('disposition', 'text', (c) => c.notNull())
    /** refund | remake */
    .addColumn('outcome', 'text', (c) => c.notNull())
    /** The value of the goods returned for a refund (fen); 0 for a remake. */
    .addColumn('amount', 'bigint', (c) => c.notNull())
    .addColumn('production_order', 'text')
    .addColumn('return_date', 'text', (c) => c.notNull())
    .addColumn('received_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('returns_order').on('returns').columns(['order_id', 'id']).execute()
  await db.schema.createIndex('returns_line').on('returns').column('line_id').execute()
  if (dialectOf(db) === 'postgres') {
    await sql`create trigger audit_pending_returns after insert or update or delete on returns for each row execute function orderdesk_audit_pending('id')`.execute(db)
  }
  await sealEverything(db, { tables: ['payments'] })
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('returns').execute()
  await db.schema.alterTable('orders').dropColumn('refunded').execute()
  await db.schema.dropIndex('payments_number').execute()
  for (const c of ['void_reason', 'voided_by', 'voided_date', 'voided_at', 'kind', 'number']) await db.schema.alterTable('payments').dropColumn(c).execute()
}
