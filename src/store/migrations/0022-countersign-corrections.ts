import { sql, type Kysely } from 'kysely'
import { dialectOf } from '../dialect.js'
import { autoId } from './columns.js'

/**
 * Issue 19, records you can trust: a countersignature (回签) entered wrong is corrected by a
 * new record that supersedes it (`countersign --correct --reason`), never by changing or
 * deleting the first. `supersedes` names the record it corrects (null: the first record of the
 * document), `reason` says why. The document stays unique for its first record only (a
 * partial unique index), and a record is superseded at most once, so the records of a
 * document form one line whose last is the current one.
 *
 * PostgreSQL adds the columns and swaps the column's unique constraint for the partial index.
 * SQLite can neither drop a column's UNIQUE nor add a column with a foreign key to a table in
 * use, so the table is rebuilt (as 0015 does): made anew under another name with every column
 * of 0018 and the two new ones, every row copied with its id (the new columns null, so every
 * row's seal stays as it was: a seal leaves null columns out), the old table dropped, the new
 * one renamed, its index made again. Nothing references countersignatures.
 */
export async function up(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) === 'postgres') {
    await db.schema.alterTable('countersignatures').addColumn('supersedes', 'integer', (c) => c.references('countersignatures.id')).execute()
    await db.schema.alterTable('countersignatures').addColumn('reason', 'text').execute()
    await db.schema.alterTable('countersignatures').dropConstraint('countersignatures_document_key').execute()
  } else {
    await db.schema
      .createTable('countersignatures_0022')
      .addColumn('id', 'integer', autoId(db))
      .addColumn('order_id', 'integer', (c) => c.notNull().references('orders.id'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('document', 'text', (c) => c.notNull())
      .addColumn('signed_date', 'text', (c) => c.notNull())
      .addColumn('ref', 'text', (c) => c.notNull())
      .addColumn('recorded_by', 'text', (c) => c.notNull())
      .addColumn('recorded_at', 'text', (c) => c.notNull())
      .addColumn('supersedes', 'integer', (c) => c.references('countersignatures.id'))
      .addColumn('reason', 'text')
      .execute()
    await sql`insert into countersignatures_0022 (id, order_id, kind, document, signed_date, ref, recorded_by, recorded_at)
      select id, order_id, kind, document, signed_date, ref, recorded_by, recorded_at from countersignatures`.execute(db)
    await db.schema.dropTable('countersignatures').execute()
    await db.schema.alterTable('countersignatures_0022').renameTo('countersignatures').execute()
    await db.schema.createIndex('countersignatures_order').on('countersignatures').columns(['order_id', 'id']).execute()
  }
  await db.schema.createIndex('countersignatures_first').on('countersignatures').column('document').unique().where(sql.ref('supersedes'), 'is', null).execute()
  await db.schema.createIndex('countersignatures_supersedes').on('countersignatures').column('supersedes').unique().where(sql.ref('supersedes'), 'is not', null).execute()
  // a document's current record: its last
  await db.schema.createIndex('countersignatures_document').on('countersignatures').columns(['document', 'id']).execute()
}

/** Back to one record per document: only when no correction was recorded (a correction is not thrown away). */
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('countersignatures_document').execute()
  await db.schema.dropIndex('countersignatures_supersedes').execute()
  await db.schema.dropIndex('countersignatures_first').execute()
  if (dialectOf(db) === 'postgres') {
    await db.schema.alterTable('countersignatures').addUniqueConstraint('countersignatures_document_key', ['document']).execute()
    await db.schema.alterTable('countersignatures').dropColumn('reason').execute()
    await db.schema.alterTable('countersignatures').dropColumn('supersedes').execute()
    return
  }
  await db.schema
    .createTable('countersignatures_0018')
    .addColumn('id', 'integer', autoId(db))
    .addColumn('order_id', 'integer', (c) => c.notNull().references('orders.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('document', 'text', (c) => c.notNull().unique())
    .addColumn('signed_date', 'text', (c) => c.notNull())
    .addColumn('ref', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute()
  await sql`insert into countersignatures_0018 (id, order_id, kind, document, signed_date, ref, recorded_by, recorded_at)
    select id, order_id, kind, document, signed_date, ref, recorded_by, recorded_at from countersignatures`.execute(db)
  await db.schema.dropTable('countersignatures').execute()
  await db.schema.alterTable('countersignatures_0018').renameTo('countersignatures').execute()
  await db.schema.createIndex('countersignatures_order').on('countersignatures').columns(['order_id', 'id']).execute()
}
