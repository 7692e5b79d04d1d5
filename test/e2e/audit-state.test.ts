import { copyFileSync, rmSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { eventHashInput, hashEvent } from '../../src/store/queries/events.js'
import { DEMO_PIN, isPg, tempDesk, type Desk } from '../helpers/cli.js'

/**
 * The audit chain covers the state it describes (issue 16 §6): a row of the desk changed,
 * added or removed outside orderdesk (sqlite3, psql) is named by `audit verify`; swapped events
 * are named as such; a chain cut at its tail is caught against a head kept elsewhere (a status
 * report's JSON, a backup). On both backends: the desk is changed with plain SQL, as someone
 * with access to the database would.
 */

let desk: Desk
const copies: Desk[] = []
let order: string

const asManager = { user: 'wang', env: { ORDERDESK_PIN: DEMO_PIN } }

beforeAll(async () => {
  desk = await tempDesk()
  order = (await desk.json(['inquiry', 'new', '--customer', 'ALFKI', '--item', 'NW-011=5', '--item', 'NW-001=2'])).order.number
  await desk.json(['stock', 'check', order])
  await desk.json(['contract', 'sign', order, '--payment-method', 'transfer', '--payment-due', '+7', '--deposit', '0'])
  await desk.json(['payment', 'record', order, '--amount', '50'], { user: 'wu' })
  await desk.json(['order', 'confirm', order], asManager)
  const set = await desk.run(['settings', 'set', 'quote.approvalAbove', '5000', '--json'], asManager)
  expect(set.exitCode, set.stderr).toBe(0)
})
afterAll(() => {
  desk.cleanup()
  for (const c of copies) c.cleanup()
})

async function copy(): Promise<Desk> {
  const c = await tempDesk({ copyOf: desk })
  copies.push(c)
  return c
}

async function verify(d: Desk, ...args: string[]) {
  const r = await d.run(['audit', 'verify', '--json', ...args])
  return { exitCode: r.exitCode, report: r.stdout ? JSON.parse(r.stdout) : null, error: r.stderr ? JSON.parse(r.stderr).error : null }
}

const idOf = async (d: Desk, sqlText: string, params: unknown[] = []) => Number(Object.values((await d.query(sqlText, params))[0]!)[0])

describe('audit verify covers the state', { timeout: 180_000 }, () => {
  it('an untouched desk verifies its rows too: every row checked, none changed', async () => {
    const r = await verify(desk)
    expect(r.exitCode, JSON.stringify(r.error)).toBe(0)
    expect(r.report.state.ok).toBe(true)
    expect(r.report.state.mismatches).toBe(0)
    const rows = await idOf(desk, "select (select count(*) from orders) + (select count(*) from order_lines) + (select count(*) from users) + (select count(*) from products) as n")
    expect(r.report.state.rows).toBeGreaterThan(rows)
    const text = await desk.run(['audit', 'verify'])
    expect(text.exitCode).toBe(0)
    expect(text.stdout).toMatch(new RegExp(`^rows: ${r.report.state.rows} checked against the chain, all as recorded$`, 'm'))
  })

  const edits: { what: string; sql: (d: Desk) => Promise<{ table: string; key: string; label: string | null }> }[] = [
    {
      what: 'an order total',
      sql: async (d) => {
        await d.query('update orders set total = 1 where number = ?', [order])
        return { table: 'orders', key: String(await idOf(d, 'select id from orders where number = ?', [order])), label: order }
      },
    },
    {
      what: 'an order line quantity',
      sql: async (d) => {
        const id = await idOf(d, 'select min(id) from order_lines')
        await d.query('update order_lines set qty = qty + 100 where id = ?', [id])
        return { table: 'order_lines', key: String(id), label: null }
      },
    },
    {
      what: 'a payment amount',
      sql: async (d) => {
        const id = await idOf(d, 'select min(id) from payments')
        await d.query('update payments set amount = amount * 10 where id = ?', [id])
        return { table: 'payments', key: String(id), label: null }
      },
    },
    {
      what: 'a stock figure',
      sql: async (d) => {
        await d.query("update products set on_hand = on_hand + 1000 where sku = 'NW-011'")
        return { table: 'products', key: String(await idOf(d, "select id from products where sku = 'NW-011'")), label: 'NW-011' }
      },
    },
    {
      what: "a user's role and PIN hash",
      sql: async (d) => {
        await d.query("update users set role = 'manager', pin_hash = null where name = 'li'")
        return { table: 'users', key: String(await idOf(d, "select id from users where name = 'li'")), label: 'li' }
      },
    },
    {
      what: 'a setting',
      sql: async (d) => {
        await d.query("update settings set value = '999999999' where key = 'quote.approvalAbove'")
        return { table: 'settings', key: 'quote.approvalAbove', label: null }
      },
    },
    {
      what: 'a document row',
      sql: async (d) => {
        const id = await idOf(d, 'select min(id) from documents')
        await d.query("update documents set number = number || 'X' where id = ?", [id])
        return { table: 'documents', key: String(id), label: null }
      },
    },
  ]

  for (const e of edits) {
    it(`${e.what} changed directly is named: table, row, and the event that recorded it`, async () => {
      const c = await copy()
      const row = await e.sql(c)
      const r = await verify(c)
      expect(r.exitCode).toBe(4)
      expect(r.error.code).toBe('audit_broken')
      expect(r.error.details).toMatchObject({ kind: 'row_changed', table: row.table, key: row.key, mismatches: 1 })
      expect(r.report.ok).toBe(false)
      expect(r.report.break).toBeNull()
      expect(r.report.state.findings).toHaveLength(1)
      const f = r.report.state.findings[0]
      expect(f).toMatchObject({ kind: 'row_changed', table: row.table, key: row.key })
      if (row.label) expect(f.label).toBe(row.label)
      expect(f.event.id).toBeGreaterThan(0)
      expect(r.error.message).toMatch(new RegExp(`^desk changed outside orderdesk: ${row.table} row ${row.key.replace('.', '\\.')}.* was changed: it no longer matches what event #${f.event.id} \\(${f.event.action} `))
    })
  }

  it('a row added or removed directly is named', async () => {
    const c = await copy()
    await c.query("insert into customers (code, name, created_at) values ('EVIL', 'Mallory Trading', '2026-11-26T00:00:00.000Z')")
    const r = await verify(c)
    expect(r.exitCode).toBe(4)
    expect(r.error.details).toMatchObject({ kind: 'row_added', table: 'customers', mismatches: 1 })
    expect(r.report.state.findings[0]).toMatchObject({ kind: 'row_added', table: 'customers', label: 'EVIL', event: null })
    expect(r.error.message).toMatch(/customers row \d+ \(EVIL\) was added: no audit event recorded it/)

    const c2 = await copy()
    const id = await idOf(c2, 'select max(id) from stock_moves')
    await c2.query('delete from stock_moves where id = ?', [id])
    const r2 = await verify(c2)
    expect(r2.exitCode).toBe(4)
    expect(r2.error.details).toMatchObject({ kind: 'row_deleted', table: 'stock_moves', key: String(id) })
    expect(r2.error.message).toMatch(new RegExp(`stock_moves row ${id} was removed: event #\\d+ \\(\\S+ \\S+\\) recorded it`))
  })

  it('several rows changed: all counted, each named in the report', async () => {
    const c = await copy()
    await c.query('update orders set note = ?', ['x'])
    await c.query("update customers set phone = '110'")
    const customers = await idOf(c, 'select count(*) from customers')
    const r = await verify(c)
    expect(r.exitCode).toBe(4)
    expect(r.report.state.mismatches).toBe(customers + 1)
    expect(r.error.message).toMatch(new RegExp(`; ${customers + 1} rows in all do not match the audit trail$`))
    const text = await c.run(['audit', 'verify'])
    expect(text.stdout.split('\n')[0]).toBe(`rows changed outside orderdesk (${customers + 1} of ${r.report.state.rows}):`)
  })

  it('a change made through orderdesk after a direct edit does not launder it: the edited row is still named', async () => {
    const c = await copy()
    await c.query("update products set price = 1 where sku = 'NW-002'")
    const n = (await c.json(['inquiry', 'new', '--customer', 'VINET', '--item', 'NW-001=1'])).order.number
    expect(n).toBeTruthy()
    const r = await verify(c)
    expect(r.exitCode).toBe(4)
    expect(r.error.details).toMatchObject({ kind: 'row_changed', table: 'products', mismatches: 1 })
    expect(r.report.state.findings[0].label).toBe('NW-002')
  })

  it('nor does an orderdesk write to the tampered row itself: the row is named as written over (stock, a customer added by hand)', async () => {
    const c = await copy()
    const id = await idOf(c, "select id from products where sku = 'NW-017'")
    await c.query("update products set on_hand = on_hand + 9999 where sku = 'NW-017'")
    const got = await c.run(['stock', 'receive', '--sku', 'NW-017', '--qty', '3', '--json'])
    expect(got.exitCode, got.stderr).toBe(0)
    const r = await verify(c)
    expect(r.exitCode).toBe(4)
    expect(r.error.details).toMatchObject({ kind: 'row_overwritten', table: 'products', key: String(id), mismatches: 1 })
    expect(r.report.state.findings[0]).toMatchObject({ kind: 'row_overwritten', table: 'products', key: String(id), event: { action: 'stock.receive' } })
    expect(r.error.message).toMatch(new RegExp(`^desk changed outside orderdesk: products row ${id} had been changed, added or removed outside orderdesk before event #\\d+ \\(stock\\.receive `))

    const c2 = await copy()
    await c2.query("insert into customers (code, name, created_at) values ('EVIL', 'Mallory Trading', '2026-11-26T00:00:00.000Z')")
    const file = join(c2.dir, 'customers.csv')
    writeFileSync(file, 'code,name\nEVIL,Mallory Trading Ltd\n')
    const imp = await c2.run(['import', 'customers', file, '--json'])
    expect(imp.exitCode, imp.stderr).toBe(0)
    const r2 = await verify(c2)
    expect(r2.exitCode).toBe(4)
    expect(r2.error.details).toMatchObject({ kind: 'row_overwritten', table: 'customers' })
  })

  it('an event whose record of the rows it wrote was made by hand (chain recomputed) is named, not a crash', async () => {
    const c = await copy()
    const last = (await c.query<{ id: number; prev_hash: string }>('select id, prev_hash from events order by id desc limit 1'))[0]!
    const row = (await c.query('select * from events where id = ?', [last.id]))[0]
    const forged = { ...row, sealed: `[["orders","${2 ** 30}","${'a'.repeat(32)}"],["orders","x"]]` }
    await c.query('update events set sealed = ?, hash = ? where id = ?', [forged.sealed, hashEvent(eventHashInput(last.prev_hash, forged)), last.id])
    const r = await verify(c)
    expect(r.exitCode).toBe(4)
    expect(r.error.details).toMatchObject({ kind: 'edited', id: Number(last.id) })
    expect(r.report.break.reason).toContain('holds a record of the rows it wrote that orderdesk did not write')
  })

  it('swapped events are named as swapped, both of them (not "the one before was edited")', async () => {
    const c = await copy()
    const ids = (await c.query<{ id: number; action: string }>('select id, action from events order by id')).map((e) => ({ id: Number(e.id), action: e.action }))
    const a = ids[2]!
    const b = ids[4]!
    await c.tx(async (q) => {
      await q('update events set id = -1 where id = ?', [a.id])
      await q('update events set id = ? where id = ?', [a.id, b.id])
      await q('update events set id = ? where id = -1', [b.id])
    })
    const r = await verify(c)
    expect(r.exitCode).toBe(4)
    expect(r.error.details).toMatchObject({ kind: 'reordered', id: a.id, action: b.action })
    expect(r.report.break).toMatchObject({ kind: 'reordered', id: a.id, swappedWith: b.id })
    expect(r.report.break.reason).toMatch(new RegExp(`^events #${a.id} and #${b.id} were swapped: the event at #${b.id} \\(${a.action} .*\\) links to #${a.id - 1}, so it belongs at #${a.id}, and the event at #${a.id} \\(${b.action} .*\\) belongs at #${b.id}$`))
    expect(r.report.verified).toBe(a.id - 1)

    // neighbours swapped
    const c2 = await copy()
    await c2.tx(async (q) => {
      await q('update events set id = -1 where id = 3')
      await q('update events set id = 3 where id = 4')
      await q('update events set id = 4 where id = -1')
    })
    const r2 = await verify(c2)
    expect(r2.report.break).toMatchObject({ kind: 'reordered', id: 3, swappedWith: 4 })
    expect(r2.report.break.reason).toMatch(/^events #3 and #4 were swapped/)
  })

  it('report status --json and backup --json record the head; a chain cut at its tail is caught against them (audit_truncated)', async () => {
    const c = await copy()
    const report = await c.run(['report', 'status', '--json'])
    expect(report.exitCode, report.stderr).toBe(0)
    const head = JSON.parse(report.stdout).auditHead
    const v = await verify(c)
    expect(head).toEqual({ id: v.report.head.id, hash: v.report.head.hash })
    const saved = join(c.dir, 'status.json')
    writeFileSync(saved, report.stdout)

    const ok = await c.run(['audit', 'verify', '--against', saved])
    expect(ok.exitCode, ok.stderr).toBe(0)
    expect(ok.stderr).toContain(`head seen by ${saved} found: event #${head.id}`)

    // cut the last event (the setting) and the row it wrote, and hide the gap
    await c.tx(async (q) => {
      await q('delete from events where id = ?', [head.id])
      await q("delete from settings where key = 'quote.approvalAbove'")
      if (isPg) await q("update counters set value = ? where key = 'audit.event_id'", [head.id - 1])
      else await q("update sqlite_sequence set seq = ? where name = 'events'", [head.id - 1])
    })
    const alone = await verify(c)
    expect(alone.exitCode, JSON.stringify(alone.error)).toBe(0) // the chain alone cannot see it: documented
    const r = await verify(c, '--against', saved)
    expect(r.exitCode).toBe(4)
    expect(r.error.code).toBe('audit_truncated')
    expect(r.error.details).toEqual({ id: head.id, hash: head.hash, head: head.id - 1 })
    expect(r.error.message).toBe(`audit trail cut short: ${saved} saw event #${head.id}, but the chain ends at #${head.id - 1} — events after it were removed`)
    expect(r.report.against).toMatchObject({ id: head.id, status: 'truncated' })

    // events written after the cut do not hide it: the event at that id has another hash
    await c.json(['inquiry', 'new', '--customer', 'VINET', '--item', 'NW-001=1'])
    const r2 = await verify(c, '--against', saved)
    expect(r2.exitCode).toBe(4)
    expect(r2.error).toMatchObject({ code: 'audit_broken', details: { kind: 'rewritten', id: head.id } })
  })

  it.skipIf(isPg)('a backup file is a head too: --against <backup> (its own last event)', async () => {
    const c = await copy()
    const file = join(c.dir, 'backup.db')
    const b = await c.json(['backup', file])
    expect(b.auditHead).toEqual(b.lastEvent)
    expect((await c.run(['audit', 'verify', '--against', file])).exitCode).toBe(0)
    await c.tx(async (q) => {
      await q('delete from events where id = ?', [b.auditHead.id])
      await q("delete from settings where key = 'quote.approvalAbove'")
      await q("update sqlite_sequence set seq = ? where name = 'events'", [b.auditHead.id - 1])
    })
    const r = await verify(c, '--against', file)
    expect(r.exitCode).toBe(4)
    expect(r.error.code).toBe('audit_truncated')
  })

  it.skipIf(isPg)('a desk made before the chain covered the state is sealed by its migration, then verified row by row', async () => {
    const old = await tempDesk({ demo: false })
    copies.push(old)
    for (const f of [old.db, `${old.db}-wal`, `${old.db}-shm`]) rmSync(f, { force: true })
    copyFileSync(fileURLToPath(new URL('../../fixtures/desks/schema-0011.db', import.meta.url)), old.db)
    const init = await old.run(['init', '--json'])
    expect(init.exitCode, init.stderr).toBe(0)
    const seals = await old.query<{ action: string; actor: string; n: number }>("select action, actor, count(*) as n from events where action = 'audit.seal' group by action, actor")
    // 0012 seals every row; 0017 (issue 19) seals again the payments it numbered
    expect(seals).toEqual([{ action: 'audit.seal', actor: 'orderdesk', n: 2 }])
    const r = await verify(old)
    expect(r.exitCode, JSON.stringify(r.error)).toBe(0)
    expect(r.report.verified).toBe(9) // the 7 events it had, and the two seals
    expect(r.report.state).toMatchObject({ ok: true, mismatches: 0 })
    await old.query("update orders set paid = 0 where number = '26-00001'")
    const after = await verify(old)
    expect(after.error.details).toMatchObject({ kind: 'row_changed', table: 'orders' })
    expect(after.report.state.findings[0]).toMatchObject({ label: '26-00001', event: { action: 'audit.seal', ref: '-' } })
  })

  it('--against refuses what is not a head: a missing file (3), a file without a head or a folder (2)', async () => {
    const missing = await desk.run(['audit', 'verify', '--against', join(desk.dir, 'nope.json')])
    expect(missing.exitCode).toBe(3)
    const junk = join(desk.dir, 'junk.json')
    writeFileSync(junk, '{"report":"status"}')
    const r = await desk.run(['audit', 'verify', '--against', junk])
    expect(r.exitCode).toBe(2)
    expect(r.stderr).toContain(`invalid --against "${junk}": has no audit head`)
    const folder = await desk.run(['audit', 'verify', '--against', desk.dir])
    expect([folder.exitCode, folder.stderr]).toEqual([2, `orderdesk: invalid --against "${desk.dir}": is a folder; name a status report (JSON) or a backup file`])
  })
})
