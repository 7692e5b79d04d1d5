import { sql, type Kysely } from 'kysely'
import { dialectOf } from '../dialect.js'
import { createPgSealTriggers, sealEverything, SEALED_TABLES } from '../audit-seal.js'

/**
 * The audit trail covers the desk's state (issue 16 §6): `events.sealed` holds the seals of the
 * rows each event's transaction wrote (store/audit-seal.ts). On PostgreSQL the triggers that
 * record those rows are part of the schema (on SQLite they are TEMP triggers orderdesk makes on
 * its own connections). A desk that already has rows gets them sealed here, in `audit.seal`
 * events, so that `audit verify` can tell later edits made outside orderdesk.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('events').addColumn('sealed', 'text').execute()
  if (dialectOf(db) === 'postgres') await createPgSealTriggers(db, TABLES_AT_0012)
  await sealEverything(db, { tables: TABLES_AT_0012 })
}

/**
 * The sealed tables that existed when this migration was written: a later migration that adds
 * a sealed table makes its trigger and seals its rows itself (issue 19).
 */
const TABLES_AT_0012 = [
  'users',
  'customers',
  'products',
  'settings',
  'orders',
  'order_lines',
  'stock_moves',
  'reservations',
  'documents',
  'payments',
  'production_orders',
  'shipments',
  'shipment_lines',
  'invoices',
  'feedback',
  'complaints',
  'change_requests',
]

export async function down(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) === 'postgres') await sql`drop function if exists orderdesk_audit_pending() cascade`.execute(db)
  await db.schema.alterTable('events').dropColumn('sealed').execute()
}
