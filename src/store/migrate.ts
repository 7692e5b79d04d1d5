import type { Kysely } from 'kysely'
import { LATEST_MIGRATION_HINT } from './migrations/latest.js'
import type { Database } from './schema.js'
import { appliedVersion, schemaTooNew } from './schema-version.js'

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
    throw schemaTooNew(current, LATEST_MIGRATION)
  }
  return runMigrations(db)
}
