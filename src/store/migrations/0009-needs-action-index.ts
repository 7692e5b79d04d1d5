import { sql, type Kysely } from 'kysely'

/**
 * `order list --needs-action` in list order straight from an index: a partial index over just
 * the orders waiting on the desk, ordered as the list is (rush first, oldest first). Its WHERE
 * is the very expression queries/needs-action.ts puts in the query (SQLite uses a partial
 * index only for a query whose WHERE contains the index's).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('orders_needs_action')
    .on('orders')
    .columns(['rush desc', 'updated_at', 'id'])
    .where(
      sql<boolean>`(status in ('inquiry', 'offered', 'contracted', 'ready') or (at_risk = 1 and status not in ('lost', 'completed', 'cancelled')) or (production_issue = 1 and status not in ('lost', 'completed', 'cancelled')))`,
    )
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('orders_needs_action').execute()
}
