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
  // the sealed tables that exist at this point: a table a later migration adds makes its own trigger
  const names =
    dialectOf(db) === 'postgres'
      ? await sql<{ name: string }>`select table_name as name from information_schema.tables where table_schema = current_schema()`.execute(db)
      : await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(db)
  const existing = new Set(names.rows.map((r) => r.name))
  const tables = SEALED_TABLES.filter((t) => existing.has(t.name))
  if (dialectOf(db) === 'postgres') await createPgSealTriggers(db, tables)
  await sealEverything(db, { tables })
}

export async function down(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) === 'postgres') await sql`drop function if exists orderdesk_audit_pending() cascade`.execute(db)
  await db.schema.alterTable('events').dropColumn('sealed').execute()
}
