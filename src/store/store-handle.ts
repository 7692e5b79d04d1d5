import type { Kysely } from 'kysely'
import type BetterSqlite3 from 'better-sqlite3'
import type { StoreDialect } from './dialect.js'
import type { Database } from './schema.js'

/**
 * An open desk database: the kysely handle plus, on SQLite, the driver handle for pragmas,
 * online backup and the importer's prepared statements. Its own file: both backends'
 * openers (connection.ts, connection-pg.ts) make one.
 */
export interface Store {
  db: Kysely<Database>
  /** Which backend `db` talks to (`--db` a path: SQLite; a postgres:// URL: PostgreSQL). */
  dialect: StoreDialect
  /** The better-sqlite3 handle under `db` (online backup, pragmas); null on PostgreSQL. */
  sqlite: BetterSqlite3.Database | null
  /** The file path, or the PostgreSQL URL with any password masked (for messages). */
  path: string
  close(): Promise<void>
}

/** What a command does with the desk: only read it, write it, or create it (`init`). */
export type DeskAccess = 'read' | 'write' | 'init'
