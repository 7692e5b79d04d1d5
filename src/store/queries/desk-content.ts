import type { Kysely } from 'kysely'
import type { Database } from '../schema.js'

/**
 * Of the given tables, those that hold at least one row (in the order given). Each has an `id`
 * key, so one table's type serves the query for all.
 */
export async function tablesWithRows<T extends 'users' | 'customers' | 'products' | 'events'>(db: Kysely<Database>, tables: readonly T[]): Promise<T[]> {
  const found: T[] = []
  for (const table of tables) if (await db.selectFrom(table as 'users').select('id').limit(1).executeTakeFirst()) found.push(table)
  return found
}
