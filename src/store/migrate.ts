import { sql, type Kysely } from 'kysely'
import { RefusedError } from '../domain/errors.js'
import { dialectOf } from './dialect.js'
import { LATEST_MIGRATION_HINT } from './migrations/latest.js'
import type { Database } from './schema.js'

/** The name of the last migration applied, or null on a new database. One cheap query. */
export async function appliedVersion(db: Kysely<Database>): Promise<string | null> {
  // PostgreSQL aborts the whole transaction on a missing table: ask the catalog first there
  if (dialectOf(db) === 'postgres') {
    const t = await sql<{ t: string | null }>`select to_regclass('kysely_migration')::text as t`.execute(db)
    if (!t.rows[0]?.t) return null
  }
  try {
    const row = await sql<{ name: string }>`select name from kysely_migration order by name desc limit 1`.execute(db)
    return row.rows[0]?.name ?? null
  } catch (e) {
    if (/no such table|does not exist/i.test(String((e as Error).message))) return null
    throw e
  }
}

/**
 * Brings the schema to the latest version. On an up-to-date database this is one query: the
 * migrations themselves (and kysely's Migrator) are loaded only when there is work to do.
 * Refuses a database written by a newer orderdesk.
 */
export async function ensureSchema(db: Kysely<Database>): Promise<{ migrated: string[] }> {
  const current = await appliedVersion(db)
  if (current === LATEST_MIGRATION_HINT) return { migrated: [] }
  const { runMigrations, LATEST_MIGRATION } = await import('./run-migrations.js')
  if (current === LATEST_MIGRATION) return { migrated: [] }
  if (current !== null && current > LATEST_MIGRATION) {
    throw new RefusedError(
      `this database was written by a newer orderdesk (schema ${current}; this program knows up to ${LATEST_MIGRATION}); upgrade orderdesk`,
      'schema_too_new',
    )
  }
  return runMigrations(db)
}
