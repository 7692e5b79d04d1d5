import pg from 'pg'
import { execa } from 'execa'
import { BIN, TODAY } from './cli.js'

/**
 * PostgreSQL desks for the `pg` test project (ORDERDESK_TEST_BACKEND=pg). ORDERDESK_TEST_PG is
 * a URL of a role that may create databases (its database part is the one to connect to for
 * that, e.g. `postgres://orderdesk@127.0.0.1:5433/postgres`). Each worker makes one demo
 * database with `init --demo` and marks it a template; each desk is a `CREATE DATABASE ...
 * TEMPLATE` copy of it (a file copy on the server: far cheaper than a new init).
 */
export const PG_BASE = process.env.ORDERDESK_TEST_PG ?? ''
export const PG_PREFIX = 'odtest_'

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
    const name = `${PG_PREFIX}tpl_${process.pid}`
    const c = await adminClient()
    await c.query(`drop database if exists ${name} with (force)`)
    await c.query(`create database ${name} ${LOCALE}`)
    await execa('node', [BIN, 'init', '--demo'], { env: { ORDERDESK_DB: pgUrl(name), ORDERDESK_TODAY: TODAY, NO_COLOR: '1' } })
    return name
  })()
  return template
}

let counter = 0

/** A fresh desk database (the demo data, or empty); `drop` removes it. */
export async function pgDesk(demo: boolean): Promise<{ url: string; query: (sqlText: string, params?: unknown[]) => Promise<any[]>; drop: () => Promise<void> }> {
  const name = `${PG_PREFIX}${process.pid}_${++counter}`
  const c = await adminClient()
  await c.query(`drop database if exists ${name} with (force)`)
  if (demo) await c.query(`create database ${name} template ${await demoTemplate()}`)
  else await c.query(`create database ${name} ${LOCALE}`)
  const url = pgUrl(name)
  return {
    url,
    query: (sqlText, params = []) => pgQuery(url, sqlText, params),
    drop: async () => {
      await c.query(`drop database if exists ${name} with (force)`).catch(() => {})
    },
  }
}

/** One statement on database `url`, `?` placeholders as in SQLite; numbers come back as numbers. */
export async function pgQuery(url: string, sqlText: string, params: unknown[] = []): Promise<any[]> {
  let n = 0
  const text = sqlText.replace(/\?/g, () => `$${++n}`)
  const c = new pg.Client({ connectionString: url, types: { getTypeParser: (oid: number, format?: any) => (oid === 20 || oid === 1700 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format)) } as any })
  await c.connect()
  try {
    return (await c.query(text, params as any[])).rows
  } finally {
    await c.end()
  }
}
