import { createHash } from 'node:crypto'
import { sql, type Kysely } from 'kysely'
import { msg, say } from '../domain/message.js'
import { dialectOf } from './dialect.js'
import { ident } from './table-sql.js'
import { appendEvent, eventHashInput, hashEvent } from './queries/events.js'
import type { Database, EventRow } from './schema.js'

/**
 * The audit trail covers the state it describes (issue 16 §6). Every row of the desk's
 * business tables that a write transaction inserts, updates or deletes is "sealed" at commit:
 * the hash of its content goes into the transaction's last audit event (`events.sealed`, which
 * that event's own hash covers). `audit verify` recomputes the hash of every row and compares
 * it with the last seal the chain holds for it, so a row changed outside orderdesk (the sqlite3
 * shell, psql) is named, as is a row added or removed there.
 *
 * Which rows a transaction wrote is recorded by triggers into `audit_pending`, only inside
 * orderdesk's own write transactions: on SQLite they are TEMP triggers that exist only on
 * orderdesk's connections; on PostgreSQL the triggers are part of the schema but record only
 * while the transaction has set `orderdesk.seal`. An edit made outside
 * orderdesk therefore leaves nothing to seal, and is caught by `audit verify`.
 */

type AnyRow = Record<string, unknown>

/** A sealed table and the column that identifies its rows. */
export interface SealedTable {
  name: keyof Database & string
  key: 'id' | 'key'
  /** A column that names the row for a person (order number, sku, user name), when there is one. */
  label?: string
}

/**
 * The business tables whose rows the chain covers. Not sealed: `events` (chained itself),
 * `counters` (number series; a reused number is refused by the unique indexes), and the
 * import's bookkeeping (`import_batches`, `order_imports`).
 */
export const SEALED_TABLES: readonly SealedTable[] = [
  { name: 'users', key: 'id', label: 'name' },
  { name: 'customers', key: 'id', label: 'code' },
  { name: 'products', key: 'id', label: 'sku' },
  { name: 'settings', key: 'key', label: 'key' },
  { name: 'orders', key: 'id', label: 'number' },
  { name: 'order_lines', key: 'id' },
  { name: 'stock_moves', key: 'id' },
  { name: 'reservations', key: 'id' },
  { name: 'documents', key: 'id', label: 'number' },
  { name: 'payments', key: 'id' },
  { name: 'production_orders', key: 'id', label: 'number' },
  { name: 'shipments', key: 'id', label: 'number' },
  { name: 'shipment_lines', key: 'id' },
  { name: 'invoices', key: 'id', label: 'number' },
  { name: 'feedback', key: 'id' },
  { name: 'complaints', key: 'id', label: 'number' },
  { name: 'change_requests', key: 'id', label: 'number' },
  // issue 19: payments
  { name: 'returns', key: 'id', label: 'number' },
  // issue 19: countersign and attachments (their bytes, `attachment_content`, are not sealed:
  // an attachment's row holds the SHA-256 of its content, and that row is)
  { name: 'countersignatures', key: 'id', label: 'document' },
  { name: 'attachments', key: 'id' },
  // issue 19: issued documents
  { name: 'document_copies', key: 'id', label: 'number' },
]

const BY_NAME = new Map(SEALED_TABLES.map((t) => [t.name as string, t]))

/** The hex digits of a row seal: 128 bits of SHA-256 (tamper evidence, not a secret). */
export const SEAL_HEX = 32

/**
 * The seal of one row: a hash over its column names and values, in name order, as text.
 * Null columns are left out, so that a migration adding a nullable column keeps every seal;
 * values are compared as text, so a row reads the same on SQLite and PostgreSQL (and after
 * `migrate-db`). A migration that gives existing rows a non-null new value must seal them.
 */
export function rowSeal(row: Record<string, unknown>): string {
  let text = ''
  for (const k of sortedKeys(row)) {
    const v = row[k]
    // name and value JSON-quoted: no value can pass for another column
    if (v !== null && v !== undefined) text += `${JSON.stringify(k)}:${JSON.stringify(String(v))},`
  }
  return createHash('sha256').update(text).digest('hex').slice(0, SEAL_HEX)
}

/** The row's column names in order; rows of one query share theirs (one sort per shape). */
let lastShape: { keys: string[]; sorted: string[] } | null = null
function sortedKeys(row: Record<string, unknown>): string[] {
  const keys = Object.keys(row)
  const shape = lastShape
  if (shape && shape.keys.length === keys.length && shape.keys.every((k, i) => k === keys[i])) return shape.sorted
  lastShape = { keys, sorted: [...keys].sort() }
  return lastShape.sorted
}

/**
 * One entry of `events.sealed`: table, row key (as text), seal ('' for a row that is gone), and
 * the seal of the row as the transaction found it ('' when there was none): `audit verify`
 * checks that one against the chain's last seal for the row, so a row changed outside
 * orderdesk is not laundered by the next orderdesk write to it. (Entries of the migration that
 * first sealed a desk have no fourth part.)
 */
export type SealEntry = [table: string, key: string, seal: string, before?: string]

/** `events.sealed` as stored: a JSON array of entries in table and key order. */
export function parseSealed(text: string | null): SealEntry[] {
  if (!text) return []
  let v: unknown
  try {
    v = JSON.parse(text)
  } catch {
    throw new SealedUnreadable()
  }
  if (!Array.isArray(v) || !v.every(isEntry)) throw new SealedUnreadable()
  return v as SealEntry[]
}

const isSeal = (x: unknown): boolean => typeof x === 'string' && (x === '' || /^[0-9a-f]{32}$/.test(x))
const isEntry = (e: unknown): boolean =>
  Array.isArray(e) && (e.length === 3 || e.length === 4) && typeof e[0] === 'string' && typeof e[1] === 'string' && isSeal(e[2]) && (e.length === 3 || isSeal(e[3]))

/** `events.sealed` that is not what the program writes (made by hand, with the chain recomputed). */
export class SealedUnreadable extends Error {
  constructor() {
    super(say(msg('audit.sealedUnreadable', {})))
  }
}

const armed = new WeakSet<object>()

/**
 * SQLite, before an orderdesk write transaction begins: creates the TEMP table and TEMP
 * triggers on this connection (once; temp objects need no lock on the desk). `db` is the
 * store's handle (one connection). The table has no key: an append per written row is the
 * cheapest a trigger can do (measured: about 1 µs a row; a call into a JS function, 3 µs).
 */
export async function armSqliteSealing(db: Kysely<Database>): Promise<void> {
  if (armed.has(db)) return
  const exists = await sql<{ n: number }>`select count(*) as n from sqlite_temp_master where type = 'trigger' and name = 'audit_pending_orders_i'`.execute(db)
  if (Number(exists.rows[0]?.n ?? 0) === 0) {
    // in memory: on a temp file every row written is a write(2) or more (600,000 for 50,000 imported lines)
    await sql`pragma temp_store = memory`.execute(db)
    await sql`create temp table if not exists audit_pending (tbl text not null, key not null, old text)`.execute(db)
    for (const stmt of sqliteTriggerDdl(await columnsOf(db))) await sql.raw(stmt).execute(db)
  }
  armed.add(db)
}

/** PostgreSQL, first in each of the desk's own write transactions: the triggers record for this transaction only. */
export async function armPgSealing(tx: Kysely<Database>): Promise<void> {
  await sql`select set_config('orderdesk.seal', 'on', true)`.execute(tx)
}

/** The sealed tables' column names, from the desk's own schema (for the triggers' image of the old row). */
async function columnsOf(db: Kysely<Database>): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>()
  for (const t of SEALED_TABLES) {
    const cols = await sql<{ name: string }>`select name from pragma_table_info(${t.name}) order by cid`.execute(db)
    out.set(t.name, cols.rows.map((c) => c.name))
  }
  return out
}

/**
 * The TEMP triggers (text from the constant table list above and the desk's own column names,
 * quoted by ident()). An update or delete records the row as it was (a JSON image), an insert
 * records that there was none.
 */
function sqliteTriggerDdl(columns: Map<string, string[]>): string[] {
  const out: string[] = []
  for (const t of SEALED_TABLES) {
    // a table of a migration not yet run on this desk: nothing to record
    if ((columns.get(t.name) ?? []).length === 0) continue
    const table = ident(t.name)
    const name = (op: string) => ident(`audit_pending_${t.name}${op}`)
    const image = `json_object(${columns.get(t.name)!.map((c) => `'${c.replace(/'/g, "''")}', old.${ident(c)}`).join(', ')})`
    const rec = (row: 'new' | 'old') => `insert into audit_pending (tbl, key, old) values ('${t.name}', ${row}.${ident(t.key)}, ${row === 'old' ? image : 'null'});`
    out.push(`create temp trigger if not exists ${name('_i')} after insert on main.${table} begin ${rec('new')} end`)
    out.push(`create temp trigger if not exists ${name('_u')} after update on main.${table} begin ${rec('old')} ${rec('new')} end`)
    out.push(`create temp trigger if not exists ${name('_d')} after delete on main.${table} begin ${rec('old')} end`)
  }
  return out
}

/** The newest event's id (0 on an empty trail): taken when a write transaction begins. */
export async function lastEventId(tx: Kysely<Database>): Promise<number> {
  const r = await sql<{ m: number | null }>`select max(id) as m from events`.execute(tx)
  return Number(r.rows[0]?.m ?? 0)
}

/**
 * Called last in every orderdesk write transaction, before it commits: seals the rows it wrote
 * into its last audit event (re-hashing that event: it is the chain's head, and the desk's
 * write lock is held), or into an `audit.seal` event of its own when it wrote rows but no event
 * after `eventsBefore` (the newest event's id when it began). Then empties `audit_pending`.
 */
export async function sealPending(tx: Kysely<Database>, eventsBefore: number, now: () => string = () => new Date().toISOString()): Promise<void> {
  // in the order written: a row's first record says how the transaction found it. PostgreSQL:
  // only this transaction's records (the table is shared; rows someone else put there are not ours)
  const pg = dialectOf(tx) === 'postgres'
  const ours = pg ? sql`where xmin = pg_current_xact_id()::xid order by seq` : sql`order by rowid`
  const pending = (await sql<{ tbl: string; key: string | number; old: unknown }>`select tbl, key, old from audit_pending ${ours}`.execute(tx)).rows
  if (pending.length === 0) return
  if (pg) await sql`delete from audit_pending where xmin = pg_current_xact_id()::xid`.execute(tx)
  else await sql`delete from audit_pending`.execute(tx)
  const byTable = new Map<string, string[]>()
  const before = new Map<string, string>()
  for (const p of pending) {
    if (!BY_NAME.has(p.tbl)) continue
    const key = String(p.key)
    const id = `${p.tbl}\u0000${key}`
    if (before.has(id)) continue
    before.set(id, p.old === null || p.old === undefined ? '' : rowSeal((typeof p.old === 'string' ? JSON.parse(p.old) : p.old) as AnyRow))
    ;(byTable.get(p.tbl) ?? byTable.set(p.tbl, []).get(p.tbl)!).push(key)
  }
  if (byTable.size === 0) return
  const entries: SealEntry[] = []
  for (const [name, keys] of byTable) {
    const t = BY_NAME.get(name)!
    const found = new Map<string, string>()
    for (let i = 0; i < keys.length; i += 500) {
      const chunk = keys.slice(i, i + 500)
      const values = t.key === 'id' ? chunk.map(Number) : chunk
      const rows = (await sql<AnyRow>`select * from ${sql.table(t.name)} where ${sql.ref(t.key)} in (${sql.join(values)})`.execute(tx)).rows
      for (const r of rows) found.set(String(r[t.key]), rowSeal(r))
    }
    for (const k of keys) entries.push([name, k, found.get(k) ?? '', before.get(`${name}\u0000${k}`)!])
  }
  entries.sort(compareEntries)
  const last = await lastEventId(tx)
  await writeSeal(tx, entries, last > eventsBefore ? last : 0, now)
}

function compareEntries(a: SealEntry, b: SealEntry): number {
  if (a[0] !== b[0]) return a[0] < b[0] ? -1 : 1
  const na = Number(a[1])
  const nb = Number(b[1])
  if (Number.isFinite(na) && Number.isFinite(nb) && na !== nb) return na - nb
  return a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0
}

/** Puts `entries` into event `eventId` (re-hashed), or into a new `audit.seal` event when 0. */
async function writeSeal(tx: Kysely<Database>, entries: SealEntry[], eventId: number, now: () => string): Promise<void> {
  if (eventId === 0) {
    const at = now()
    await appendEvent(tx, { at, businessDate: at.slice(0, 10), actor: 'orderdesk', action: 'audit.seal', entity: 'desk', ref: '-', data: null })
    const last = await tx.selectFrom('events').select('id').orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow()
    eventId = last.id
  }
  const ev = (await tx.selectFrom('events').selectAll().where('id', '=', eventId).executeTakeFirstOrThrow()) as EventRow
  const merged = [...parseSealed(ev.sealed), ...entries]
  const sealed = JSON.stringify(merged)
  const hash = hashEvent(eventHashInput(ev.prev_hash, { ...ev, sealed }))
  await tx.updateTable('events').set({ sealed, hash }).where('id', '=', eventId).execute()
}

/**
 * Seals every row of every sealed table, `perEvent` rows to an `audit.seal` event: for a desk
 * made before the chain covered its state (the migration that brought `events.sealed`); only
 * `tables` for a migration that gave the rows of some tables new values.
 */
export async function sealEverything(tx: Kysely<Database>, opts: { perEvent?: number; now?: () => string; tables?: readonly string[] } = {}): Promise<number> {
  const per = opts.perEvent ?? 5000
  const now = opts.now ?? (() => new Date().toISOString())
  let batch: SealEntry[] = []
  let total = 0
  const flush = async () => {
    if (batch.length === 0) return
    await writeSeal(tx, batch, 0, now)
    total += batch.length
    batch = []
  }
  for (const t of SEALED_TABLES) {
    if (opts.tables && !opts.tables.includes(t.name)) continue
    for await (const page of tablePages(tx, t)) {
      for (const r of page) {
        batch.push([t.name, String(r[t.key]), rowSeal(r)])
        if (batch.length >= per) await flush()
      }
    }
  }
  await flush()
  return total
}

/** Every row of a sealed table in key order, a page at a time (keyset pagination). */
export async function* tablePages(db: Kysely<Database>, t: SealedTable, pageSize = 2000): AsyncGenerator<Record<string, unknown>[]> {
  let after: string | number | null = null
  for (;;) {
    const where = after === null ? sql`` : sql`where ${sql.ref(t.key)} > ${after}`
    const rows = (await sql<AnyRow>`select * from ${sql.table(t.name)} ${where} order by ${sql.ref(t.key)} limit ${pageSize}`.execute(db)).rows
    if (rows.length === 0) return
    yield rows
    if (rows.length < pageSize) return
    after = rows[rows.length - 1]![t.key] as string | number
  }
}

/** PostgreSQL: the trigger function and triggers that record what a sealing transaction writes. */
export async function createPgSealTriggers(db: Kysely<any>, tables?: readonly string[]): Promise<void> {
  // the first record of a row wins (on conflict do nothing): how the transaction found it
  await sql`create table if not exists audit_pending (tbl text not null, key text not null, old jsonb, seq bigint generated always as identity, primary key (tbl, key))`.execute(db)
  await sql`
    create or replace function orderdesk_audit_pending() returns trigger language plpgsql as $$
    begin
      if coalesce(current_setting('orderdesk.seal', true), '') <> 'on' then return null; end if;
      if tg_op <> 'INSERT' then
        insert into audit_pending (tbl, key, old) values (tg_table_name, to_jsonb(old) ->> tg_argv[0], to_jsonb(old)) on conflict do nothing;
      end if;
      if tg_op <> 'DELETE' then
        insert into audit_pending (tbl, key, old) values (tg_table_name, to_jsonb(new) ->> tg_argv[0], null) on conflict do nothing;
      end if;
      return null;
    end $$`.execute(db)
  for (const t of SEALED_TABLES) {
    if (tables && !tables.includes(t.name)) continue
    await sql`create trigger ${sql.id(`audit_pending_${t.name}`)} after insert or update or delete on ${sql.table(t.name)} for each row execute function orderdesk_audit_pending(${sql.lit(t.key)})`.execute(db)
  }
}
