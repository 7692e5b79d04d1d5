import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { execa } from 'execa'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PIN, BIN, TODAY } from '../helpers/cli.js'
import { pgDesk } from '../helpers/pg.js'

/**
 * `orderdesk migrate-db` (issue 11): the Northwind-imported desk, worked on a little (stock
 * checked, contracts signed, a payment), is copied from its SQLite file into an empty
 * PostgreSQL database; the copy verifies (counts per table, the audit chain to the same head)
 * and answers every command exactly as the SQLite desk does.
 */
const NORTHWIND = fileURLToPath(new URL('../../fixtures/northwind-import/', import.meta.url))

let dir: string
let file: string
const drops: (() => Promise<void>)[] = []

function cli(db: string, args: string[], user = 'li') {
  return execa('node', [BIN, ...args], {
    reject: false,
    env: { ORDERDESK_DB: db, ORDERDESK_TODAY: TODAY, ORDERDESK_USER: user, NO_COLOR: '1', ORDERDESK_NO_INPUT: '1', ORDERDESK_PIN: DEMO_PIN },
  })
}
async function ok(db: string, args: string[], user = 'li') {
  const r = await cli(db, args, user)
  if (r.exitCode !== 0) throw new Error(`orderdesk ${args.join(' ')} exited ${r.exitCode}: ${r.stderr}`)
  return r.stdout
}
async function target() {
  const d = await pgDesk(false)
  drops.push(d.drop)
  return d
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'orderdesk-migrate-'))
  file = join(dir, 'northwind.db')
  await ok(file, ['init', '--demo'])
  for (const kind of ['customers', 'products', 'stock', 'orders']) await ok(file, ['import', kind, join(NORTHWIND, `${kind}.csv`)])
  for (const n of ['98-00265', '98-00266', '98-00267']) await ok(file, ['stock', 'check', n, '--use-lead-times'])
  await ok(file, ['contract', 'sign', '98-00265', '--payment-method', 'transfer', '--payment-due', '+7', '--deposit', '0'])
  await ok(file, ['payment', 'record', '98-00265', '--amount', '10'], 'wu')
}, 240_000)
afterAll(async () => {
  for (const d of drops) await d()
  rmSync(dir, { recursive: true, force: true })
})

describe('migrate-db', () => {
  it('copies the Northwind desk with its history; counts and the audit chain verify; the desk answers the same', async () => {
    const t = await target()
    const r = await cli(file, ['migrate-db', '--from', file, '--to', t.url, '--json'])
    expect(r.exitCode, r.stderr).toBe(0)
    const j = JSON.parse(r.stdout)
    expect(j.audit).toMatchObject({ ok: true, sameHead: true })
    expect(j.audit.verified).toBeGreaterThan(830)
    const byName = Object.fromEntries(j.tables.map((x: { name: string; source: number; target: number }) => [x.name, x]))
    expect(byName.orders).toEqual({ name: 'orders', source: 830, target: 830 })
    expect(byName.order_lines).toEqual({ name: 'order_lines', source: 2155, target: 2155 })
    for (const x of j.tables) expect(x.target, x.name).toBe(x.source)
    expect(j.tables.map((x: { name: string }) => x.name)).toEqual(expect.arrayContaining(['events', 'stock_moves', 'reservations', 'payments', 'import_batches', 'order_imports', 'counters', 'settings']))
    expect(j.to).not.toContain('orderdesk:orderdesk@') // the password is masked

    // the same answers from both
    for (const args of [
      ['order', 'show', '98-00265', '--json'],
      ['order', 'list', '--json'],
      ['stock', 'show', '--json'],
      ['customer', 'list', '--json'],
      ['report', 'status', '--format', 'json'],
      ['print', 'contract', '98-00265'],
    ]) {
      const stamp = (s: string) => s.replace(/"generatedAt": "[^"]+"/, '"generatedAt": "…"')
      const a = stamp(await ok(file, args, 'wang'))
      const b = stamp(await ok(t.url, args, 'wang'))
      expect(b, args.join(' ')).toBe(a)
    }
    const v = await cli(t.url, ['audit', 'verify', '--json'])
    expect(v.exitCode, v.stderr).toBe(0)
    expect(JSON.parse(v.stdout)).toMatchObject({ ok: true, verified: j.audit.verified, head: { id: j.audit.head.id, hash: j.audit.head.hash } })

    // and it goes on working there: new ids after the copied ones, the chain extended
    const n = (await ok(t.url, ['inquiry', 'new', '--customer', 'ALFKI', '--item', 'NW-011=1'])).trim()
    expect(n).toBe('26-00001')
    await ok(t.url, ['stock', 'check', n])
    const id = await t.query('select max(id) as m from orders')
    expect(id[0].m).toBe(831)
    const v2 = JSON.parse(await ok(t.url, ['audit', 'verify', '--json']))
    expect(v2).toMatchObject({ ok: true, verified: j.audit.verified + 2 })

    // never into a desk that has data
    const again = await cli(file, ['migrate-db', '--from', file, '--to', t.url])
    expect(again.exitCode).toBe(4)
    expect(again.stderr).toMatch(/^orderdesk: the target database postgres:\/\/.+ is not empty \(.*orders: 831.*\); migrate into a new, empty database$/)
  })

  it('refuses wrong ends: exit 2 for a file as target or a URL as source, 3 for a missing file', async () => {
    const t = await target()
    const toFile = await cli(file, ['migrate-db', '--from', file, '--to', join(dir, 'x.db')])
    expect(toFile.exitCode).toBe(2)
    expect(toFile.stderr).toBe(`orderdesk: invalid --to "${join(dir, 'x.db')}": must be a PostgreSQL URL, e.g. postgres://orderdesk@dbhost:5432/orderdesk`)
    const fromUrl = await cli(file, ['migrate-db', '--from', t.url, '--to', t.url])
    expect(fromUrl.exitCode).toBe(2)
    const missing = await cli(file, ['migrate-db', '--from', join(dir, 'none.db'), '--to', t.url])
    expect(missing.exitCode).toBe(3)
    const noFlags = await cli(file, ['migrate-db'])
    expect(noFlags.exitCode).toBe(2)
    expect(noFlags.stderr).toBe('orderdesk: must provide `--from <sqlite file>`, `--to <postgres url>`')
    // a source whose audit trail is broken is not copied: the copy could not be checked
    const broken = join(dir, 'broken.db')
    await ok(broken, ['init', '--demo'])
    await ok(broken, ['inquiry', 'new', '--customer', 'ALFKI', '--item', 'NW-011=1'])
    const { default: Database } = await import('better-sqlite3')
    const h = new Database(broken)
    h.prepare("update events set actor = 'chen' where action = 'inquiry.new'").run()
    h.close()
    const b = await cli(broken, ['migrate-db', '--from', broken, '--to', t.url])
    expect(b.exitCode).toBe(4)
    expect(b.stderr).toMatch(/^orderdesk: the audit trail of .+broken\.db itself does not verify \(event #2 \(inquiry\.new 26-00001, chen, .+\) does not match its hash/)
    // the refused target stays empty
    expect(await t.query('select count(*) as n from pg_tables where tablename = ?', ['orders'])).toEqual([{ n: 0 }])
  })
})

describe('PostgreSQL specifics', () => {
  it('backup refuses on PostgreSQL and points to pg_dump (exit 4)', async () => {
    const t = await target()
    await ok(t.url, ['init', '--demo'])
    const r = await cli(t.url, ['backup', join(dir, 'b.db')])
    expect(r.exitCode).toBe(4)
    expect(r.stderr).toMatch(/^orderdesk: backup copies a SQLite desk; this desk is on PostgreSQL \(postgres:\/\/.+\): back it up with pg_dump/)
  })

  it('an unreachable server or a missing database is a clear error (exit 6: the environment), not a hang', async () => {
    const u = new URL(process.env.ORDERDESK_TEST_PG!)
    u.pathname = '/odtest_no_such_database'
    const r = await cli(u.toString(), ['order', 'list'])
    expect(r.exitCode).toBe(6)
    expect(r.stderr).toMatch(/^orderdesk: cannot open the database postgres:\/\/.+\/odtest_no_such_database: database "odtest_no_such_database" does not exist$/)
    const down = await cli('postgres://nobody:secret@127.0.0.1:1/x', ['order', 'list', '--json'])
    expect(down.exitCode).toBe(6)
    expect(JSON.parse(down.stderr).error).toMatchObject({ code: 'db_unavailable', message: expect.stringMatching(/^cannot open the database postgres:\/\/nobody:\*\*\*@127\.0\.0\.1:1\/x: .*ECONNREFUSED/) })
  })
})
