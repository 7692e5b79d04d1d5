import { createRequire } from 'node:module'
import { Kysely, PostgresDialect } from 'kysely'
import type PgModule from 'pg'
import { UnavailableError } from '../domain/errors.js'
import type { Database } from './schema.js'
import { maskUrl } from './database-url.js'
import type { Store } from './store-handle.js'

/** PostgreSQL type oids whose text the `pg` driver would hand over as strings. */
const INT8 = 20
const NUMERIC = 1700

/**
 * The `pg` driver: required, not import()ed (the bundle runs as a vm script, bin/orderdesk,
 * where import() has no loader). When it loads, pg asks whether it runs in a Cloudflare Worker
 * by touching the global `Response`, which makes Node 20 load its whole fetch implementation
 * (undici: ~40 ms of every command). Node 21 and later answer from `navigator.userAgent`
 * first; on Node 20 a `navigator` like theirs is lent for the duration of the require.
 */
function loadPg(): typeof PgModule {
  const lend = typeof (globalThis as { navigator?: unknown }).navigator === 'undefined'
  if (lend) Object.defineProperty(globalThis, 'navigator', { value: { userAgent: `Node.js/${process.versions.node}` }, configurable: true, writable: true })
  try {
    return createRequire(import.meta.url)('pg') as typeof PgModule
  } finally {
    if (lend) delete (globalThis as { navigator?: unknown }).navigator
  }
}

/**
 * Opens a PostgreSQL desk (loaded only for a postgres:// URL, so SQLite start-up never pays
 * for the `pg` driver). One CLI process needs at most two connections. `count(*)` (int8) and
 * `sum()` of money (numeric) come back as numbers, as on SQLite; dates stay text columns.
 * A lock wait longer than the busy timeout fails with 55P03, which the store maps to BusyError
 * (exit 5), exactly like SQLite's busy timeout. `readonly`: every transaction of the session
 * is read-only on the server (`default_transaction_read_only`, a start-up option: no query).
 */
export async function openPostgresStore(url: string, opts: { busyTimeoutMs: number; readonly?: boolean }): Promise<Store> {
  const pg = loadPg()
  const builtin = pg.types
  const types = {
    getTypeParser(oid: number, format?: 'text' | 'binary') {
      if (oid === INT8 || oid === NUMERIC) return (v: string) => (v === null ? null : Number(v))
      return builtin.getTypeParser(oid, format as 'text')
    },
  }
  const timeout = Math.max(1, Math.floor(opts.busyTimeoutMs))
  const pool = new pg.Pool({
    connectionString: url,
    max: 2,
    allowExitOnIdle: true,
    connectionTimeoutMillis: Math.max(timeout, 1000),
    application_name: 'orderdesk',
    options: `-c lock_timeout=${timeout} -c client_min_messages=warning${opts.readonly ? ' -c default_transaction_read_only=on' : ''}`,
    types,
  } as ConstructorParameters<typeof pg.Pool>[0])
  // an idle connection dropped by the server must not crash the process
  pool.on('error', () => {})
  // a connection that cannot be made is said plainly (which database, why), not as an internal error
  const connect = pool.connect.bind(pool)
  ;(pool as { connect: typeof pool.connect }).connect = (async () => {
    try {
      return await connect()
    } catch (e) {
      const code = (e as { code?: string }).code
      if (code === '53300') throw e // too many connections: busy (exit 5), try again
      throw new UnavailableError(maskUrl(url), (e as Error).message || String(code ?? e))
    }
  }) as typeof pool.connect
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
  return {
    db,
    dialect: 'postgres',
    sqlite: null,
    path: maskUrl(url),
    async close() {
      await db.destroy()
    },
  }
}
