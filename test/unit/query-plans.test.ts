import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ensureSchema } from '../../src/store/migrate.js'
import type { Database as Schema } from '../../src/store/schema.js'
import { listOrders, loadOrder } from '../../src/store/queries/orders.js'
import { listProductionOrders } from '../../src/store/queries/production.js'
import { listChanges } from '../../src/store/queries/changes.js'
import { listProducts } from '../../src/store/queries/products.js'
import { searchCustomers } from '../../src/store/queries/customers.js'
import { masterHistory } from '../../src/read/master-history.js'

/**
 * The key list and show queries must never read a whole table of orders, lines or events
 * (a desk has a million of them): EXPLAIN QUERY PLAN of every query they run.
 */
let dir: string
let sqlite: Database.Database
let db: Kysely<Schema>
const captured: { sql: string; parameters: readonly unknown[] }[] = []

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'orderdesk-plans-'))
  sqlite = new Database(join(dir, 'plans.db'))
  db = new Kysely<Schema>({
    dialect: new SqliteDialect({ database: sqlite }),
    log: (e) => {
      if (e.level === 'query') captured.push({ sql: e.query.sql, parameters: e.query.parameters })
    },
  })
  await ensureSchema(db)
  // a desk with history: most orders completed, a few open, a few flagged (the planner's statistics)
  const insC = sqlite.prepare(`insert into customers (code, name, created_at) values (?, ?, 'x')`)
  const ins = sqlite.prepare(`insert into orders (number, customer_id, status, revision, channel, order_date, promised_date, total,
    created_by, created_at, updated_at, at_risk, production_issue) values (?, ?, ?, 1, 'phone', '2026-01-01', '2026-02-01', 100, 'li', 'x', ?, ?, ?)`)
  sqlite.transaction(() => {
    for (let c = 1; c <= 500; c++) insC.run(`C${c}`, `Customer ${c}`)
    for (let i = 0; i < 20000; i++) {
      const status = i % 50 === 0 ? 'offered' : i % 50 === 1 ? 'in_production' : 'completed'
      ins.run(`26-${i}`, (i % 500) + 1, status, `2026-01-${String((i % 28) + 1).padStart(2, '0')}`, i % 500 === 1 ? 1 : 0, i % 700 === 1 ? 1 : 0)
    }
  })()
  sqlite.exec('analyze')
})
afterAll(async () => {
  await db.destroy()
  rmSync(dir, { recursive: true, force: true })
})

async function plansOf(run: () => Promise<unknown>): Promise<string[]> {
  captured.length = 0
  await run()
  return captured.map((q) => {
    const rows = sqlite.prepare(`explain query plan ${q.sql}`).all(...(q.parameters as unknown[])) as { detail: string }[]
    return `${q.sql}\n  ${rows.map((r) => r.detail).join('\n  ')}`
  })
}

/**
 * A `SCAN orders|order_lines|events` reads the whole table (or the whole of an index of it),
 * except a scan of a partial index that holds only flagged orders.
 */
function fullScans(plans: string[]): string[] {
  // scanning a partial index (only the flagged orders) is fine
  return plans.filter((p) => /\n\s+SCAN (orders|order_lines|events)\b(?! USING (COVERING )?INDEX (orders_at_risk|orders_production_issue|orders_needs_action)\b)/.test(p))
}

describe('query plans', () => {
  it.each([
    ['order show', () => loadOrder(db, '26-00001')],
    ['order list --status', () => listOrders(db, { statuses: ['ready'], limit: 50 })],
    ['order list --customer', () => listOrders(db, { customerId: 1, limit: 50 })],
    ['order list --needs-action', () => listOrders(db, { needsAction: true, limit: 50 })],
    ['order list --overdue', () => listOrders(db, { overdueBefore: '2026-11-26', limit: 50 })],
    ['production list', () => listProductionOrders(db, { statuses: ['dispatched', 'accepted', 'in_progress', 'rejected'], limit: 0 })],
    ['change list --order', () => listChanges(db, { orderId: 1, limit: 0 })],
    ['stock show', () => listProducts(db, { limit: 0 })],
    // issue 19: the history of `customer show` / `product show` (migration 0019)
    ['customer show (history)', () => masterHistory(db, 'customer', 'C1')],
    ['product show (history)', () => masterHistory(db, 'product', 'NW-001')],
  ])('%s reads no whole table of orders, lines or events', async (_name, run) => {
    const plans = await plansOf(run)
    expect(plans.length).toBeGreaterThan(0)
    expect(fullScans(plans)).toEqual([])
  })

  it('the unfiltered newest-first list walks the primary key backwards and stops at the limit', async () => {
    const plans = await plansOf(() => listOrders(db, { limit: 50 }))
    expect(plans[0]).toMatch(/limit \?/i)
    expect(plans[0]).toMatch(/\n\s+SCAN orders\n/)
    expect(plans[0]).not.toMatch(/TEMP B-TREE/)
  })

  it('--needs-action reads the partial index in list order: no sort, stops at the first page', async () => {
    const plans = await plansOf(() => listOrders(db, { needsAction: true, limit: 50 }))
    expect(plans[0]).toMatch(/SCAN orders USING INDEX orders_needs_action/)
    expect(plans[0]).not.toMatch(/TEMP B-TREE/)
  })

  it.each(['a', 'C0', 'c00', 'customer 4', 'cus', 'zzz'])('the customer pick list answers %j from an index, never reading every customer', async (term) => {
    const plans = await plansOf(() => searchCustomers(db, term, 15))
    expect(plans.length).toBeGreaterThan(0)
    // a scan of the code index is the many-matches plan: it stops at the page
    for (const p of plans) expect(p).not.toMatch(/\n\s+SCAN customers\b(?! USING (COVERING )?INDEX (customers_(code|name)_lower|sqlite_autoindex_customers_1)\b)/)
  })

  it('the customer pick list finds by the start of code or name (1–2 characters) and anywhere in them (3+)', async () => {
    const codes = async (t: string) => (await searchCustomers(db, t, 15)).map((c) => c.code)
    expect(await codes('C4')).toEqual(['C4', 'C40', 'C400', 'C401', 'C402', 'C403', 'C404', 'C405', 'C406', 'C407', 'C408', 'C409', 'C41', 'C410', 'C411'])
    expect(await codes('cu')).toHaveLength(15) // every name starts "Customer"
    expect(await codes('C49')).toEqual(['C49', 'C490', 'C491', 'C492', 'C493', 'C494', 'C495', 'C496', 'C497', 'C498', 'C499'])
    expect(await codes('tomer 12')).toEqual(['C12', 'C120', 'C121', 'C122', 'C123', 'C124', 'C125', 'C126', 'C127', 'C128', 'C129'])
    expect(await codes('x"y OR z')).toEqual([]) // quotes and FTS syntax are just text
    expect(await codes('zzz')).toEqual([])
    // every customer matches "cus": the code-index walk gives the same first page as a sort would
    expect(await codes('cus')).toEqual(['C1', 'C10', 'C100', 'C101', 'C102', 'C103', 'C104', 'C105', 'C106', 'C107', 'C108', 'C109', 'C11', 'C110', 'C111'])
  })

  it.each(['completed', 'ready'])('order list --status %s reads the (status, id) index backwards: no sort, stops at the page', async (status) => {
    const plans = await plansOf(() => listOrders(db, { statuses: [status], limit: 50 }))
    expect(plans[0]).toMatch(/SEARCH orders USING INDEX orders_status_id \(status=\?\)/)
    expect(plans[0]).not.toMatch(/TEMP B-TREE/)
  })
})
