import { SqliteAdapter, type Kysely } from 'kysely'

/**
 * Whether `db` talks to SQLite: for the few places where the two backends need different SQL
 * (SQLite's FTS5 search index, for one). Everything else is written once.
 */
export function isSqlite(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof SqliteAdapter
}
