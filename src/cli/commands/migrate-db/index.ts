import type { Command } from 'commander'
import * as migrateDb from './migrate-db.js'

/** `migrate-db --from <file> --to <url>`: move a SQLite desk to PostgreSQL, verified. */
export function registerMigrateDb(program: Command): void {
  migrateDb.register(program)
}
