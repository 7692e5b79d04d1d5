import { sql, type Kysely } from 'kysely'
import { dialectOf } from '../dialect.js'
import { autoId } from './columns.js'

/**
 * Issued documents are records (issue 19 §1): when a contract, order confirmation, sales
 * order, production order, change form, outbound slip or quotation is issued, the whole form
 * as it reads then (parties and addresses, lines, prices, terms, dates, signers) is stored
 * here as JSON with its SHA-256, which the issuing step's audit event also carries; `print`
 * renders the stored copy, so master data changed later does not change the document.
 *
 * Documents issued before this migration have no stored copy: nothing here can read a form
 * (that is the read layer's), and a copy made now would pass today's master data off as what
 * was issued. They print from the desk's current data, marked as such on the form.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('document_copies')
    .addColumn('id', 'integer', autoId(db))
    .addColumn('order_id', 'integer', (c) => c.notNull().references('orders.id'))
    .addColumn('form', 'text', (c) => c.notNull())
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('issued_by', 'text', (c) => c.notNull())
    .addColumn('issued_at', 'text', (c) => c.notNull())
    .addColumn('business_date', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('document_copies_order').on('document_copies').columns(['order_id', 'id']).execute()
  if (dialectOf(db) === 'postgres') {
    await sql`create trigger audit_pending_document_copies after insert or update or delete on document_copies for each row execute function orderdesk_audit_pending('id')`.execute(db)
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('document_copies').execute()
}
