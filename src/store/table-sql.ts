import { sql, type Kysely } from 'kysely'
import type BetterSqlite3 from 'better-sqlite3'

/**
 * The few statements that name a table by a variable: `migrate-db`'s copy and the importer's
 * PostgreSQL path. Every `table` and `columns` here comes from the code or from the desk's own
 * schema (sqlite_master / pragma table_info of the file being copied), never from input; names
 * are quoted as identifiers and values are bound.
 */
type Q = Kysely<any>

/** A table or column name quoted as an SQL identifier (both backends). */
export const ident = (name: string): string => `"${name.replace(/"/g, '""')}"`

/** The largest id in `table` (0 when empty). */
export async function maxId(q: Q, table: string): Promise<number> {
  const r = await sql<{ m: number | null }>`select max(id) as m from ${sql.table(table)}`.execute(q)
  return Number(r.rows[0]?.m ?? 0)
}

/** Rows in `table`. */
export async function countTable(q: Q, table: string): Promise<number> {
  const r = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(q)
  return Number(r.rows[0]?.n ?? 0)
}

/**
 * PostgreSQL: moves `table`'s identity sequence past its largest id, after rows were written
 * with explicit ids (not transactional: a rollback leaves it ahead, which only skips ids).
 */
export async function resetIdSequence(q: Q, table: string): Promise<void> {
  await sql`select setval(pg_get_serial_sequence(${table}, 'id'), greatest(coalesce((select max(id) from ${sql.table(table)}), 0), 1), (select count(*) > 0 from ${sql.table(table)}))`.execute(q)
}

/** SQLite: rows in `table` of the file. */
export function sqliteCount(sqlite: BetterSqlite3.Database, table: string): number {
  return (sqlite.prepare(`select count(*) as n from ${ident(table)}`).get() as { n: number }).n
}

/** SQLite: every row of `table` as arrays in `columns` order, in rowid order (streamed). */
export function sqliteRows(sqlite: BetterSqlite3.Database, table: string, columns: string[]): Iterable<unknown[]> {
  return sqlite.prepare(`select ${columns.map(ident).join(',')} from ${ident(table)} order by rowid`).raw(true).iterate() as Iterable<unknown[]>
}
