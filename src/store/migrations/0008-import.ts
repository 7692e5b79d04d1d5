import { autoId } from './columns.js'
import type { Kysely } from 'kysely'

/**
 * Batch import (issue 7): one row per import run, and for every imported order the run, the
 * file line and a hash of what the file said, so that re-importing tells a duplicate (same
 * content: skipped) from a conflict (same ext_ref, different content) even after the order
 * has moved on.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('import_batches')
    .addColumn('id', 'integer', autoId(db))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('file', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('encoding', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('business_date', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .addColumn('summary', 'text')
    .execute()

  await db.schema
    .createTable('order_imports')
    .addColumn('order_id', 'integer', (c) => c.primaryKey().references('orders.id'))
    .addColumn('batch_id', 'integer', (c) => c.notNull().references('import_batches.id'))
    .addColumn('line', 'integer', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('order_imports').execute()
  await db.schema.dropTable('import_batches').execute()
}
