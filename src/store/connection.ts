import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { createRequire } from 'node:module'
import { Kysely, SqliteDialect } from 'kysely'
import type BetterSqlite3 from 'better-sqlite3'
import type { Database } from './schema.js'

/** An open desk database: the kysely handle plus the driver handle for pragmas. */
export interface Store {
  db: Kysely<Database>
  path: string
  close(): Promise<void>
}

const require = createRequire(import.meta.url)

/**
 * Opens (creating the parent folder and file if needed) a SQLite desk database with
 * WAL journaling, foreign keys on and a busy timeout.
 *
 * @example
 * const store = openStore('/tmp/desk.db', { busyTimeoutMs: 5000 })
 */
export function openStore(path: string, opts: { busyTimeoutMs: number; readonly?: boolean }): Store {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true })
  const Driver = require('better-sqlite3') as typeof BetterSqlite3
  const sqlite = new Driver(path, { timeout: opts.busyTimeoutMs })
  sqlite.pragma(`busy_timeout = ${Math.max(0, Math.floor(opts.busyTimeoutMs))}`)
  if (sqlite.pragma('journal_mode', { simple: true }) !== 'wal') sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma('synchronous = NORMAL')
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) })
  return {
    db,
    path,
    async close() {
      await db.destroy()
    },
  }
}
