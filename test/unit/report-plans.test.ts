import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { Kysely, SqliteDialect, type CompiledQuery } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildStatusReport } from '../../src/read/report/build.js'
import { ensureSchema } from '../../src/store/migrate.js'
import type { Database as Schema } from '../../src/store/schema.js'

/**
 * `report status` must stay fast on a million orders: EXPLAIN QUERY PLAN of every statement it
 * runs may read a big table (orders, events, payments, shipments, production orders) only
 * through an index — the one full pass allowed is the pipeline's over the covering
 * (status, total, paid) index.
 */
let dir: string
let sqlite: Database.Database
let db: Kysely<Schema>
const queries: CompiledQuery[] = []

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'orderdesk-report-plans-'))
  sqlite = new Database(join(dir, 'plans.db'))
  db = new Kysely<Schema>({ dialect: new SqliteDialect({ database: sqlite }) })
  await ensureSchema(db)
  // one order in each state that fills a needs-action list, so that every list's queries run
  sqlite.exec(`
    insert into users (name, role, created_at) values ('zhao', 'mc', 'x');
    insert into customers (code, name, created_at) values ('C1', 'Customer', 'x');
    insert into products (sku, name, unit, price, lead_days, producible, created_at) values ('P1', 'Product', 'case', 100, 7, 1, 'x');
  `)
  const order = sqlite.prepare(`insert into orders (number, customer_id, status, revision, channel, order_date, promised_date, total, paid,
    deposit_pct, payment_due, created_by, created_at, updated_at) values (?, 1, ?, 1, 'phone', '2026-11-01', '2026-11-10', 1000, ?, 30, '2026-11-05', 'li', 'x', 'x')`)
  const event = sqlite.prepare(`insert into events (at, business_date, actor, action, entity, ref, order_id, from_status, to_status, prev_hash, hash)
    values ('x', ?, 'li', ?, 'order', ?, ?, ?, ?, '', '')`)
  const states: [string, number][] = [['inquiry', 0], ['offered', 0], ['contracted', 0], ['contracted', 1000], ['confirmed', 1000], ['in_production', 1000], ['ready', 1000], ['shipped', 1000]]
  states.forEach(([status, paid], i) => {
    const id = Number(order.run(`26-0000${i + 1}`, status, paid).lastInsertRowid)
    event.run('2026-11-01', 'inquiry.new', `26-0000${i + 1}`, id, null, 'inquiry')
    if (status !== 'inquiry') event.run('2026-11-02', 'stock.check', `26-0000${i + 1}`, id, 'inquiry', 'offered')
  })
  sqlite.exec(`
    insert into order_lines (order_id, line_no, product_id, qty, unit_price, amount) values (5, 1, 1, 10, 100, 1000), (6, 1, 1, 10, 100, 1000);
    insert into production_orders (number, order_id, line_id, product_id, qty, status, assignee, priority, due_date, committed_date, signed_by, dispatched_date, created_at, updated_at)
    values ('26-00005-MO1', 5, 1, 1, 10, 'dispatched', 'zhao', 0, '2026-11-20', null, 'wang', '2026-11-03', 'x', 'x'),
           ('26-00005-MO2', 5, 1, 1, 10, 'rejected', 'zhao', 0, '2026-11-20', null, 'wang', '2026-11-03', 'x', 'x'),
           ('26-00006-MO1', 6, 2, 1, 10, 'accepted', 'zhao', 0, '2026-11-20', '2026-11-15', 'wang', '2026-11-03', 'x', 'x');
    insert into events (at, business_date, actor, action, entity, ref, order_id, prev_hash, hash)
    values ('x', '2026-11-04', 'zhao', 'production.accept', 'production_order', '26-00006-MO1', 6, '', '');
    insert into shipments (number, order_id, status, ship_date, sent_date, created_by, created_at, updated_at) values ('26-00008-OS1', 8, 'sent', '2026-11-20', '2026-11-20', 'li', 'x', 'x');
    insert into complaints (order_id, text, status, opened_by, opened_date, created_at) values (8, 'dented', 'open', 'li', '2026-11-21', 'x');
  `)
  await buildStatusReport(db, { date: '2026-11-26', limit: 50, now: 'x', trace: (q) => queries.push(q) })
})

afterAll(async () => {
  await db.destroy()
  rmSync(dir, { recursive: true, force: true })
})

describe('report status query plans', () => {
  it('runs every list (a count and its rows)', () => {
    expect(queries.length).toBe(44) // issue 19: + productionNotSigned
  })

  it('reads big tables only through indexes', () => {
    const big = ['orders', 'events', 'payments', 'shipments', 'production_orders', 'order_lines', 'invoices', 'complaints', 'documents']
    const bad: string[] = []
    for (const q of queries) {
      const plan = sqlite.prepare(`explain query plan ${q.sql}`).all(...(q.parameters as unknown[])) as { detail: string }[]
      for (const { detail } of plan) {
        const scan = /^SCAN (\w+)(?: AS (\w+))?(.*)$/.exec(detail)
        if (!scan) continue
        const table = scan[1]!
        if (!big.includes(table)) continue
        if (table === 'orders' && /USING COVERING INDEX orders_status_money/.test(detail)) continue
        bad.push(`${detail}  ←  ${q.sql.slice(0, 120)}`)
      }
    }
    expect(bad).toEqual([])
  })
})
