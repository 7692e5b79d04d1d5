import type { Kysely } from 'kysely'

/**
 * `order list --status <s>` newest first straight from an index: (status, id) read backwards
 * stops at the page. The other status indexes order by money or dates, so a list of the
 * 200,000 completed orders of a big desk used to read and sort all of them (2.4 s).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('orders_status_id').on('orders').columns(['status', 'id']).execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('orders_status_id').execute()
}
