import type { Kysely } from 'kysely'
import type BetterSqlite3 from 'better-sqlite3'
import { msg, say } from '../domain/message.js'
import { insertMany } from './import-writes.js'
import { countTable, resetIdSequence, sqliteCount, sqliteRows } from './table-sql.js'
import { EVENT_ID_COUNTER, lastIssuedEventId } from './queries/events.js'
import type { Database } from './schema.js'

/**
 * Copying a whole desk from a SQLite file into a PostgreSQL database of the same schema
 * (`orderdesk migrate-db`). Generic over the schema: the tables, their columns and the order
 * their foreign keys need are read from the SQLite file itself, so a later migration's new
 * table is copied without a change here.
 */
export interface TablePlan {
  name: string
  columns: string[]
  /** true when it has an `id` identity column whose sequence must be moved past the copied ids */
  hasId: boolean
}

/**
 * The desk's tables (not SQLite's, not kysely's bookkeeping, not SQLite-only search indexes)
 * in foreign-key order: parents first.
 */
export function copyPlan(sqlite: BetterSqlite3.Database): TablePlan[] {
  const tables = sqlite.prepare(`select name, sql from sqlite_master where type = 'table' and name not like 'sqlite\\_%' escape '\\' and name not like 'kysely\\_%' escape '\\' order by name`).all() as { name: string; sql: string | null }[]
  // SQLite-only derived data: virtual tables (the FTS5 customer search index) and their shadow
  // tables are rebuilt from the real tables, and do not exist on PostgreSQL
  const virtual = tables.filter((t) => /^create\s+virtual\s+table/i.test(t.sql ?? '')).map((t) => t.name)
  const names = tables.map((t) => t.name).filter((n) => !virtual.some((v) => n === v || n.startsWith(`${v}_`)))
  const deps = new Map<string, Set<string>>()
  for (const t of names) {
    const fks = sqlite.prepare(`select "table" as parent from pragma_foreign_key_list(?)`).all(t) as { parent: string }[]
    deps.set(t, new Set(fks.map((f) => f.parent).filter((p) => p !== t && names.includes(p))))
  }
  const ordered: string[] = []
  const placed = new Set<string>()
  while (ordered.length < names.length) {
    const ready = names.filter((t) => !placed.has(t) && [...deps.get(t)!].every((p) => placed.has(p)))
    if (ready.length === 0) throw new Error(say(msg('desk.foreignKeyCycle', { tables: names.filter((t) => !placed.has(t)) })))
    for (const t of ready) {
      ordered.push(t)
      placed.add(t)
    }
  }
  return ordered.map((name) => {
    const cols = sqlite.prepare(`select name, pk from pragma_table_info(?) order by cid`).all(name) as { name: string; pk: number }[]
    return { name, columns: cols.map((c) => c.name), hasId: cols.some((c) => c.name === 'id' && c.pk === 1) }
  })
}

/** Rows per table in the SQLite file. */
export function sqliteCounts(sqlite: BetterSqlite3.Database, plan: TablePlan[]): Map<string, number> {
  return new Map(plan.map((t) => [t.name, sqliteCount(sqlite, t.name)]))
}

/** Rows per table through kysely (the target, inside the copying transaction). */
export async function countRows(db: Kysely<Database>, plan: TablePlan[]): Promise<Map<string, number>> {
  const out = new Map<string, number>()
  for (const t of plan) out.set(t.name, await countTable(db, t.name))
  return out
}

/**
 * Copies every row of every table in `plan` from the SQLite file into `tx` (the target's write
 * transaction), ids kept, in pages of `page` rows; then moves each identity sequence past the
 * copied ids and carries the audit trail's last issued event id over (SQLite's sequence → the
 * counter PostgreSQL's event ids come from: one row more in `counters`, given in `added`).
 * `onTable` reports progress.
 */
export async function copyRows(
  sqlite: BetterSqlite3.Database,
  tx: Kysely<Database>,
  plan: TablePlan[],
  opts: { page?: number; onTable?: (name: string, rows: number) => void } = {},
): Promise<{ added: Map<string, number> }> {
  const added = new Map<string, number>()
  const page = opts.page ?? 2000
  for (const t of plan) {
    let batch: unknown[][] = []
    let n = 0
    for (const row of sqliteRows(sqlite, t.name, t.columns)) {
      batch.push(row.map((v) => (typeof v === 'bigint' ? Number(v) : v)))
      if (batch.length >= page) {
        await insertMany(tx, t.name, t.columns, batch)
        n += batch.length
        batch = []
      }
    }
    if (batch.length) await insertMany(tx, t.name, t.columns, batch)
    n += batch.length
    if (t.hasId) await resetIdSequence(tx, t.name)
    opts.onTable?.(t.name, n)
  }
  const row = sqlite.prepare(`select seq from sqlite_sequence where name = 'events'`).get() as { seq: number } | undefined
  const lastEventId = Number(row?.seq ?? 0)
  if (lastEventId > 0 && (await lastIssuedEventId(tx)) < lastEventId) {
    const had = await tx.deleteFrom('counters').where('key', '=', EVENT_ID_COUNTER).executeTakeFirst()
    await tx.insertInto('counters').values({ key: EVENT_ID_COUNTER, value: lastEventId }).execute()
    if (Number(had.numDeletedRows) === 0) added.set('counters', 1)
  }
  return { added }
}
