import { Migrator, type Kysely, type MigrationProvider } from 'kysely'
import { appliedVersion, schemaTooNew } from './schema-version.js'
import { LATEST_MIGRATION, MIGRATIONS } from './migrations/index.js'
import type { Database } from './schema.js'
import { immediate } from './transaction.js'

export { LATEST_MIGRATION }

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS }

/**
 * Runs the pending migrations, each in its own `BEGIN IMMEDIATE` transaction that first looks
 * at the version again: processes starting on a new database at the same moment take turns
 * (the later ones find the work done) instead of both creating the same tables. kysely's own
 * transaction is a deferred `BEGIN`, which lets two processes read "nothing applied" and race.
 */
export async function runMigrations(db: Kysely<Database>): Promise<{ migrated: string[] }> {
  const migrated: string[] = []
  for (;;) {
    const step = await immediate(db, async (tx) => {
      const now = await appliedVersion(tx)
      if (now === LATEST_MIGRATION) return []
      if (now !== null && now > LATEST_MIGRATION) {
        throw schemaTooNew(now, LATEST_MIGRATION)
      }
      const migrator = new Migrator({ db: tx, provider, disableTransactions: true })
      const { error, results } = await migrator.migrateUp()
      if (error) throw error
      return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName)
    }, { seal: false })
    if (step.length === 0) return { migrated }
    migrated.push(...step)
  }
}
