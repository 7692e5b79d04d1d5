import type { Kysely } from 'kysely'

/**
 * A manager may reject the new offer of a customer change that waits for a quotation approval
 * (issue 19 §2, `quote reject <order>` on an order under contract): the change ends
 * (`terminated`) and keeps who rejected it, when (business date) and why. Text, null on
 * existing rows; SQLite and PostgreSQL alike.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('change_requests').addColumn('rejected_by', 'text').execute()
  await db.schema.alterTable('change_requests').addColumn('rejected_date', 'text').execute()
  await db.schema.alterTable('change_requests').addColumn('rejected_reason', 'text').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const c of ['rejected_reason', 'rejected_date', 'rejected_by']) await db.schema.alterTable('change_requests').dropColumn(c).execute()
}
