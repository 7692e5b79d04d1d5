import type { Kysely } from 'kysely'
import { dialectOf } from '../dialect.js'
import { createPgSealTriggers } from '../audit-seal.js'
import { autoId } from './columns.js'

/**
 * The customer's side of the paperwork (issue 19 §7): the returned signed copy (回签) of a
 * contract or an order confirmation (`countersignatures`), and the source material kept with an
 * order — fax scans, PDFs, call recordings (`attachments`, with the bytes in
 * `attachment_content`). The two metadata tables are sealed by the audit trail; the bytes are
 * not (a row seal is a hash over the row's text, and an image of a 20 MB row in the trigger's
 * bookkeeping is no use): they are bound to the sealed row by its SHA-256, which `attach get`
 * checks before it hands the bytes out. Nothing here is ever updated or deleted.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const pg = dialectOf(db) === 'postgres'
  await db.schema
    .createTable('countersignatures')
    .addColumn('id', 'integer', autoId(db))
    .addColumn('order_id', 'integer', (c) => c.notNull().references('orders.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('document', 'text', (c) => c.notNull().unique())
    .addColumn('signed_date', 'text', (c) => c.notNull())
    .addColumn('ref', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('countersignatures_order').on('countersignatures').columns(['order_id', 'id']).execute()
  await db.schema
    .createTable('attachments')
    .addColumn('id', 'integer', autoId(db))
    .addColumn('order_id', 'integer', (c) => c.notNull().references('orders.id'))
    .addColumn('n', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('bytes', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('added_by', 'text', (c) => c.notNull())
    .addColumn('added_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('attachments_order_n', ['order_id', 'n'])
    .execute()
  await db.schema
    .createTable('attachment_content')
    .addColumn('attachment_id', 'integer', (c) => c.primaryKey().references('attachments.id'))
    .addColumn('content', pg ? 'bytea' : 'blob', (c) => c.notNull())
    .execute()
  if (pg) await createPgSealTriggers(db, ['countersignatures', 'attachments'])
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('attachment_content').execute()
  await db.schema.dropTable('attachments').execute()
  await db.schema.dropTable('countersignatures').execute()
}
