import { Migrator, sql, type Kysely, type MigrationProvider } from 'kysely'
import { RefusedError } from '../domain/errors.js'
import { LATEST_MIGRATION, MIGRATIONS } from './migrations/index.js'
import type { Database } from './schema.js'
import { retryBusy } from './busy.js'

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS }

/** The name of the last migration applied, or null on a new database. One cheap query. */
export async function appliedVersion(db: Kysely<Database>): Promise<string | null> {
  try {
    const row = await sql<{ name: string }>`select name from kysely_migration order by name desc limit 1`.execute(db)
    return row.rows[0]?.name ?? null
  } catch (e) {
    if (/no such table|does not exist/i.test(String((e as Error).message))) return null
    throw e
  }
}

/**
 * Brings the schema to the latest version. Checks the version first, so that on an up-to-date
 * database this is a single query. Refuses a database written by a newer orderdesk.
 * Each migration runs in its own transaction (kysely's Migrator on a transactional-DDL dialect).
 */
export async function ensureSchema(db: Kysely<Database>): Promise<{ migrated: string[] }> {
  const current = await appliedVersion(db)
  if (current === LATEST_MIGRATION) return { migrated: [] }
  if (current !== null && current > LATEST_MIGRATION) {
    throw new RefusedError(
      `this database was written by a newer orderdesk (schema ${current}; this program knows up to ${LATEST_MIGRATION}); upgrade orderdesk`,
      'schema_too_new',
    )
  }
  return retryBusy(async () => {
    const migrator = new Migrator({ db, provider })
    const { error, results } = await migrator.migrateToLatest()
    if (error) throw error
    return { migrated: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) }
  })
}
