import { PostgresAdapter, type Kysely } from 'kysely'

/** The two backends a desk can live on. */
export type StoreDialect = 'sqlite' | 'postgres'

/**
 * The backend under a kysely handle (also a transaction or a single connection's handle), for
 * the few places in the store layer where the SQL differs. Loads nothing: reads the adapter.
 */
export function dialectOf(db: Kysely<any>): StoreDialect {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite'
}
