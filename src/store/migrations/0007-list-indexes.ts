import { sql, type Kysely } from 'kysely'

/**
 * Indexes for the lists a clerk runs all day (`order list --needs-action`, by customer),
 * so that they never read the whole orders table (test/unit/query-plans.test.ts).
 */
export async function up(db: Kysely<any>): Promise<void> {
  // --needs-action: the OR of three indexable terms (status IN ..., at_risk = 1, production_issue = 1);
  // only the orders that need action are read, then sorted (rush first, oldest first)
  await db.schema.createIndex('orders_at_risk').on('orders').column('id').where(sql.ref('at_risk'), '=', 1).execute()
  await db.schema.createIndex('orders_production_issue').on('orders').column('id').where(sql.ref('production_issue'), '=', 1).execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const name of ['orders_at_risk', 'orders_production_issue']) await db.schema.dropIndex(name).execute()
}
