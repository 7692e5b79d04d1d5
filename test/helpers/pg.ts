import pg from 'pg'
import { execa } from 'execa'
import { BIN, TODAY } from './cli.js'
import { PG_DESK_LOCK } from '../../src/store/transaction.js'

/**
 * PostgreSQL desks for the `pg` test project (ORDERDESK_TEST_BACKEND=pg). ORDERDESK_TEST_PG is
 * a URL of a role that may create databases (its database part is the one to connect to for
 * that, e.g. `postgres://orderdesk@127.0.0.1:5433/postgres`). Each worker makes one demo
 * database with `init --demo` and marks it a template; each desk is a `CREATE DATABASE ...
 * TEMPLATE` copy of it (a file copy on the server: far cheaper than a new init).
 */
export const PG_BASE = process.env.ORDERDESK_TEST_PG ?? ''
export const PG_PREFIX = `odtest_${process.env.ORDERDESK_TEST_PG_RUN ?? 'x'}_`

/** The URL of database `name` on the test server. */
export function pgUrl(name: string): string {
  const u = new URL(PG_BASE)
  u.pathname = `/${name}`
  return u.toString()
}

let admin: Promise<pg.Client> | null = null
function adminClient(): Promise<pg.Client> {
  admin ??= (async () => {
    const c = new pg.Client({ connectionString: PG_BASE })
    c.on('error', () => {})
    await c.connect()
    return c
  })()
  return admin
}

/** The same collation as SQLite (byte order), case mapping for all of Unicode (ilike). */
const LOCALE = `template template0 encoding 'UTF8' lc_collate 'C' lc_ctype 'C.UTF-8'`

let template: Promise<string> | null = null
function demoTemplate(): Promise<string> {
  template ??= (async () => {
    const name = `${PG_PREFIX}tpl${process.pid}`
    const c = await adminClient()
    await c.query(`drop database if exists ${name} with (force)`)
    await c.query(`create database ${name} ${LOCALE}`)
    await execa('node', [BIN, 'init', '--demo'], { env: { ORDERDESK_DB: pgUrl(name), ORDERDESK_TODAY: TODAY, NO_COLOR: '1' } })
    return name
  })()
  return template
}

let counter = 0

/**
 * A fresh desk database: the demo data, empty, or a copy of another test database (`from`,
 * its name; nothing may be connected to it); `drop` removes it.
 */
type QueryFn = (sqlText: string, params?: unknown[]) => Promise<any[]>

export async function pgDesk(
  demo: boolean,
  from?: string,
): Promise<{
  url: string
  name: string
  query: QueryFn
  tx: <T>(fn: (q: QueryFn) => Promise<T>) => Promise<T>
  holdWriteLock: () => Promise<{ release(): Promise<void> }>
  drop: () => Promise<void>
}> {
  const name = `${PG_PREFIX}${process.pid}_${++counter}`
  const c = await adminClient()
  await c.query(`drop database if exists ${name} with (force)`)
  if (from) await c.query(`create database ${name} template ${from}`)
  else if (demo) await c.query(`create database ${name} template ${await demoTemplate()}`)
  else await c.query(`create database ${name} ${LOCALE}`)
  const url = pgUrl(name)
  return {
    url,
    name,
    query: (sqlText, params = []) => pgQuery(url, sqlText, params),
    tx: (fn) => pgTx(url, fn),
    holdWriteLock: async () => {
      const h = new pg.Client({ connectionString: url })
      await h.connect()
      await h.query('begin')
      await h.query('select pg_advisory_xact_lock($1)', [PG_DESK_LOCK])
      let open = true
      return {
        async release() {
          if (!open) return
          open = false
          await h.query('commit')
          await h.end()
        },
      }
    },
    drop: async () => {
      await c.query(`drop database if exists ${name} with (force)`).catch(() => {})
    },
  }
}

const numbers = { getTypeParser: (oid: number, format?: any) => (oid === 20 || oid === 1700 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format)) } as any

function on(c: pg.Client): QueryFn {
  return async (sqlText, params = []) => {
    let n = 0
    const text = sqlText.replace(/\?/g, () => `$${++n}`)
    return (await c.query(text, params as any[])).rows
  }
}

/** One statement on database `url`, `?` placeholders as in SQLite; numbers come back as numbers. */
export async function pgQuery(url: string, sqlText: string, params: unknown[] = []): Promise<any[]> {
  return pgTx(url, (q) => q(sqlText, params))
}

/** Several statements on one connection, in one transaction. */
export async function pgTx<T>(url: string, fn: (q: QueryFn) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url, types: numbers })
  await c.connect()
  try {
    await c.query('begin')
    const r = await fn(on(c))
    await c.query('commit')
    return r
  } catch (e) {
    await c.query('rollback').catch(() => {})
    throw e
  } finally {
    await c.end()
  }
}
