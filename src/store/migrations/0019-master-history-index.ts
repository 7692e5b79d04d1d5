import type { Kysely } from 'kysely'

/**
 * The history of one customer or product (`customer show <code>`, `product show <sku>`): its
 * events (`customer.add`, `customer.edit`, an import's `customer.update`, ...) straight from an
 * index on (entity, ref, id), never a scan of the audit trail. The history is the audit trail
 * itself: an edit's event holds every changed field's value before and after.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('events_entity_ref').on('events').columns(['entity', 'ref', 'id']).execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('events_entity_ref').execute()
}
