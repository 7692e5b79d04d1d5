import { CompiledQuery, type Kysely } from 'kysely'
import type BetterSqlite3 from 'better-sqlite3'
import type { Store } from './connection.js'
import { dialectOf } from './dialect.js'
import { ident, maxId, resetIdSequence } from './table-sql.js'
import { eventHashInput, eventRow, GENESIS_HASH, hashEvent, reserveEventIds, type NewEvent } from './queries/events.js'
import type { Database, NewCustomer, NewProduct } from './schema.js'

/**
 * Bulk reads and writes for the import, inside the caller's `immediate()` transaction:
 * rows go in through prepared statements on the connection's driver handle (compiled once per
 * run, one native call per row — no SQL text or query builder per row), the audit chain is
 * extended in memory, and order-number counters are reserved a batch at a time.
 */
type Q = Kysely<Database>

/**
 * Where the importer writes its rows: `insert` gives the new row's id at once (the order's
 * lines need it); `flush` (once per batch, before the transaction commits) writes whatever
 * was buffered. SQLite: `PreparedInserts`, writing each row at once; PostgreSQL:
 * `BufferedInserts`, ids handed out ahead and rows written in multi-row statements.
 */
export interface RowWriter {
  insert(table: string, columns: readonly string[], values: unknown[]): number
  flush(): Promise<void>
}

/**
 * How a run opens the RowWriter of each batch, inside the batch's transaction: on SQLite one
 * set of prepared statements for the whole run (on the desk's own connection); on PostgreSQL a
 * fresh buffer per batch, with ids for `idTables` handed out from their current maximum.
 */
export function rowWriters(store: Store, idTables: string[]): (q: Q) => Promise<RowWriter> {
  if (store.sqlite) {
    const prepared = new PreparedInserts(store.sqlite)
    return async () => prepared
  }
  return (q) => BufferedInserts.open(q, idTables)
}

/**
 * Single-row inserts prepared once per table and column list, on the same SQLite connection
 * as `db` (so they run inside the transaction `immediate()` opened on it).
 */
class PreparedInserts implements RowWriter {
  /** Keyed by the caller's column list (a constant array per call site: no key text per row). */
  private readonly statements = new Map<readonly string[], { table: string; stmt: BetterSqlite3.Statement }[]>()

  constructor(private readonly sqlite: BetterSqlite3.Database) {}

  /** Inserts one row; gives its rowid. */
  insert(table: string, columns: readonly string[], values: unknown[]): number {
    let list = this.statements.get(columns)
    let entry = list?.find((e) => e.table === table)
    if (!entry) {
      const stmt = this.sqlite.prepare(`insert into ${ident(table)} (${columns.map(ident).join(',')}) values (${columns.map(() => '?').join(',')})`)
      entry = { table, stmt }
      if (!list) this.statements.set(columns, (list = []))
      list.push(entry)
    }
    return Number(entry.stmt.run(values).lastInsertRowid)
  }

  async flush(): Promise<void> {}
}

/**
 * PostgreSQL's bulk path (call `open` inside the write transaction, which holds the desk
 * lock, so no one else inserts meanwhile): ids for `idTables` are handed out from the
 * current maximum, rows are buffered and written by `flush` in a few multi-row statements per
 * table (events last: they refer to orders), then the tables' identity sequences are moved
 * past the ids used. Event ids come from the gapless audit counter (see `reserveEventIds`).
 */
class BufferedInserts implements RowWriter {
  private readonly next = new Map<string, number>()
  private readonly rows = new Map<string, { columns: string[]; rows: unknown[][] }>()

  private constructor(private readonly q: Q) {}

  static async open(q: Q, idTables: string[]): Promise<BufferedInserts> {
    const w = new BufferedInserts(q)
    for (const t of idTables) {
      w.next.set(t, await maxId(q, t))
    }
    return w
  }

  insert(table: string, columns: readonly string[], values: unknown[]): number {
    const last = this.next.get(table)
    const withId = last !== undefined
    const key = `${table}(${columns.join(',')})`
    let buf = this.rows.get(key)
    if (!buf) {
      buf = { columns: withId ? ['id', ...columns] : [...columns], rows: [] }
      this.rows.set(key, buf)
    }
    if (!withId) {
      buf.rows.push(values)
      return 0
    }
    const id = last + 1
    this.next.set(table, id)
    buf.rows.push([id, ...values])
    return id
  }

  async flush(): Promise<void> {
    const entries = [...this.rows.entries()]
    this.rows.clear()
    const events = entries.filter(([k]) => k.startsWith('events('))
    for (const [key, buf] of entries) {
      if (key.startsWith('events(')) continue
      await insertMany(this.q, key.slice(0, key.indexOf('(')), buf.columns, buf.rows)
    }
    for (const t of this.next.keys()) await resetIdSequence(this.q, t)
    for (const [, buf] of events) await insertEvents(this.q, buf.columns, buf.rows)
  }
}

/** Inserts hash-chained event rows (EVENT_COLUMNS order); on PostgreSQL with ids from the audit counter. */
async function insertEvents(q: Q, columns: string[], rows: unknown[][]): Promise<void> {
  if (rows.length === 0) return
  if (dialectOf(q) !== 'postgres') {
    await insertMany(q, 'events', columns, rows)
    return
  }
  const first = await reserveEventIds(q, rows.length)
  await insertMany(q, 'events', ['id', ...columns], rows.map((r, i) => [first + i, ...r]))
}

/** SQLite allows 32766 bound values per statement; smaller statements prepare faster. */
const MAX_VALUES_PER_STATEMENT = 4000

/**
 * Inserts rows (arrays in `columns` order) in a few multi-row statements through kysely; with
 * `returning`, gives back those columns of every inserted row. For the small writes (customers
 * an order import creates).
 */
export async function insertMany(q: Q, table: string, columns: string[], rows: unknown[][], returning: string[] = []): Promise<Record<string, unknown>[]> {
  const out: Record<string, unknown>[] = []
  const perStatement = Math.max(1, Math.floor(MAX_VALUES_PER_STATEMENT / columns.length))
  const pg = dialectOf(q) === 'postgres'
  const tuple = `(${columns.map(() => '?').join(',')})`
  for (let i = 0; i < rows.length; i += perStatement) {
    const chunk = rows.slice(i, i + perStatement)
    let n = 0
    // PostgreSQL numbers its parameters ($1, $2, ...); SQLite takes `?`
    const tuples = pg ? chunk.map(() => `(${columns.map(() => `$${++n}`).join(',')})`).join(',') : new Array(chunk.length).fill(tuple).join(',')
    const sqlText =
      `insert into ${ident(table)} (${columns.map(ident).join(',')}) values ${tuples}` +
      (returning.length ? ` returning ${returning.map(ident).join(',')}` : '')
    const res = await q.executeQuery(CompiledQuery.raw(sqlText, chunk.flat()))
    if (returning.length) out.push(...(res.rows as Record<string, unknown>[]))
  }
  return out
}

/**
 * Appends audit events in bulk, hash-chained exactly as `appendEvent` does (each event's
 * hash covers the previous event's hash and its own content).
 */
export class EventChain {
  private prev = GENESIS_HASH
  private rows: unknown[][] = []

  private constructor(
    private readonly q: Q,
    private readonly prepared: RowWriter | null,
  ) {}

  /**
   * Starts after the last event in the database (call inside the write transaction). With
   * `prepared`, each event is written as it is added; else they are written by `flush()`.
   */
  static async start(q: Q, prepared: RowWriter | null = null): Promise<EventChain> {
    const chain = new EventChain(q, prepared)
    const last = await q.selectFrom('events').select('hash').orderBy('id', 'desc').limit(1).executeTakeFirst()
    chain.prev = last?.hash ?? GENESIS_HASH
    return chain
  }

  add(e: NewEvent): void {
    const row = eventRow(e)
    const hash = hashEvent(eventHashInput(this.prev, row))
    const values = [row.at, row.business_date, row.actor, row.action, row.entity, row.ref, row.order_id, row.from_status, row.to_status, row.data, this.prev, hash]
    if (this.prepared) this.prepared.insert('events', EVENT_COLUMNS, values)
    else this.rows.push(values)
    this.prev = hash
  }

  async flush(): Promise<void> {
    const rows = this.rows
    this.rows = []
    await insertEvents(this.q, EVENT_COLUMNS, rows)
  }
}

const EVENT_COLUMNS = ['at', 'business_date', 'actor', 'action', 'entity', 'ref', 'order_id', 'from_status', 'to_status', 'data', 'prev_hash', 'hash']

/**
 * Reserves `count` numbers of each named sequence (see `nextCounter`); gives the first of each.
 */
export async function reserveCounters(q: Q, needs: Map<string, number>): Promise<Map<string, number>> {
  const keys = [...needs.keys()]
  const first = new Map<string, number>()
  if (keys.length === 0) return first
  const rows = await q.selectFrom('counters').select(['key', 'value']).where('key', 'in', keys).execute()
  const current = new Map(rows.map((r) => [r.key, r.value]))
  for (const key of keys) {
    const value = current.get(key)
    const n = needs.get(key)!
    first.set(key, (value ?? 0) + 1)
    if (value === undefined) await q.insertInto('counters').values({ key, value: n }).execute()
    else await q.updateTable('counters').set({ value: value + n }).where('key', '=', key).execute()
  }
  return first
}

export interface ExistingExtRef {
  number: string
  /** The content hash recorded when it was imported; null for an order not made by an import. */
  contentHash: string | null
}

/** Orders that already carry one of these ext_refs. */
export async function findExtRefs(q: Q, refs: string[]): Promise<Map<string, ExistingExtRef>> {
  const out = new Map<string, ExistingExtRef>()
  for (let i = 0; i < refs.length; i += 500) {
    const rows = await q
      .selectFrom('orders as o')
      .leftJoin('order_imports as oi', 'oi.order_id', 'o.id')
      .select(['o.ext_ref', 'o.number', 'oi.content_hash'])
      .where('o.ext_ref', 'in', refs.slice(i, i + 500))
      .execute()
    for (const r of rows) out.set(r.ext_ref!, { number: r.number, contentHash: r.content_hash })
  }
  return out
}

export interface CustomerRef {
  id: number
  code: string
  name: string
  contact: string | null
  phone: string | null
  address: string | null
}

export async function findCustomersByCode(q: Q, codes: string[]): Promise<CustomerRef[]> {
  const out: CustomerRef[] = []
  for (let i = 0; i < codes.length; i += 500) {
    out.push(...(await q.selectFrom('customers').select(['id', 'code', 'name', 'contact', 'phone', 'address']).where('code', 'in', codes.slice(i, i + 500)).execute()))
  }
  return out
}

export interface ProductRef {
  id: number
  sku: string
  name: string
  price: number
  unit: string
  lead_days: number
  producible: number
  on_hand: number
  reserved: number
}

export async function findProductsBySkus(q: Q, skus: string[]): Promise<ProductRef[]> {
  const out: ProductRef[] = []
  for (let i = 0; i < skus.length; i += 500) {
    out.push(
      ...(await q
        .selectFrom('products')
        .select(['id', 'sku', 'name', 'price', 'unit', 'lead_days', 'producible', 'on_hand', 'reserved'])
        .where('sku', 'in', skus.slice(i, i + 500))
        .execute()),
    )
  }
  return out
}

/** Starts an import run's record; gives its id. */
export async function startImportBatch(
  q: Q,
  b: { kind: string; file: string; format: string; encoding: string; actor: string; businessDate: string; at: string },
): Promise<number> {
  const { id } = await q
    .insertInto('import_batches')
    .values({ kind: b.kind, file: b.file, format: b.format, encoding: b.encoding, status: 'running', actor: b.actor, business_date: b.businessDate, started_at: b.at })
    .returning('id')
    .executeTakeFirstOrThrow()
  return id
}

export async function finishImportBatch(q: Q, id: number, status: 'done' | 'failed', at: string, summary: unknown): Promise<void> {
  await q.updateTable('import_batches').set({ status, finished_at: at, summary: JSON.stringify(summary) }).where('id', '=', id).execute()
}

/** A customer a master-data import adds. */
export async function insertCustomer(q: Q, c: NewCustomer): Promise<void> {
  await q.insertInto('customers').values(c).execute()
}

/** Changes the given fields of the customer with this code. */
export async function updateCustomer(q: Q, code: string, set: Partial<Omit<CustomerRef, 'id' | 'code'>>): Promise<void> {
  await q.updateTable('customers').set(set).where('code', '=', code).execute()
}

/** A product a master-data import adds. */
export async function insertProduct(q: Q, p: NewProduct): Promise<void> {
  await q.insertInto('products').values(p).execute()
}

/** Changes the given fields of the product with this sku. */
export async function updateProduct(q: Q, sku: string, set: Partial<Omit<ProductRef, 'id' | 'sku'>>): Promise<void> {
  await q.updateTable('products').set(set).where('sku', '=', sku).execute()
}
