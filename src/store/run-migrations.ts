import { Migrator, type Kysely, type MigrationProvider } from 'kysely'
import { retryBusy } from './busy.js'
import { LATEST_MIGRATION, MIGRATIONS } from './migrations/index.js'
import type { Database } from './schema.js'

export { LATEST_MIGRATION }

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS }

/** Runs the pending migrations, each in its own transaction (kysely's Migrator); retries while another process holds the lock. */
export async function runMigrations(db: Kysely<Database>): Promise<{ migrated: string[] }> {
  return retryBusy(async () => {
    const migrator = new Migrator({ db, provider })
    const { error, results } = await migrator.migrateToLatest()
    if (error) throw error
    return { migrated: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) }
  })
}
