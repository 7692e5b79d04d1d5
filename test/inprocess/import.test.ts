import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { run as importOrdersCommand } from '../../src/cli/commands/import/orders.js'
import { run as importStockCommand } from '../../src/cli/commands/import/stock.js'
import { summaryJson, summaryText } from '../../src/render/import-summary.js'
import { importMasterData } from '../../src/services/import/master-data.js'
import { importOrders } from '../../src/services/import/orders.js'
import { inProcessDesk } from '../helpers/in-process.js'

/** The demo desk of the test that runs, in this process (each test has its own). */
let d: Awaited<ReturnType<typeof inProcessDesk>>
beforeEach(async () => void (d = await inProcessDesk()))
afterEach(() => d.close().finally(() => d.desk.cleanup()))

const HEAD = 'ext_ref,customer,sku,qty,unit_price,discount,order_date,requested_date'
/** Two good orders (three lines), one rejected for its sku, and a repeat of the first. */
const CALLS = [HEAD, 'P-1,ALFKI,NW-011,5,,,2026-11-20,', 'P-1,ALFKI,NW-001,2,10.50,0.1,2026-11-20,', 'P-2,VINET,NW-009,1,,,,', 'P-3,ALFKI,XX-404,1,,,,', 'P-1,ALFKI,NW-011,5,,,2026-11-20,', 'P-1,ALFKI,NW-001,2,10.50,0.1,2026-11-20,'].join('\n')

function file(name: string, content: string): string {
  const path = join(d.desk.dir, name)
  writeFileSync(path, `${content}\n`)
  return path
}

const common = { encoding: 'utf8' as const, map: new Map<string, string>(), dryRun: false, strict: false, errors: null }

describe('import orders, in-process', () => {
  it('writes the good orders with their lines and events, rejects the bad one, counts the repeat; a second run adds nothing', async () => {
    const ctx = await d.ctx('li')
    const path = file('calls.csv', CALLS)
    const r = await importOrders(ctx, { ...common, path, createCustomers: false, checkStock: false })
    expect(r).toMatchObject({ kind: 'orders', committed: true, batch: 1, rowsRead: 6, ordersRead: 4, duplicates: 1, threaded: false, stopped: null })
    expect(r.written).toEqual({ ordersImported: 2, linesImported: 3, total: 10500 + 1890 + 9700, customersCreated: 0, firstNumber: '26-00001', lastNumber: '26-00002' })
    expect(r.rejected.items).toEqual([{ ref: 'P-3', lines: [5], problems: [{ line: 5, column: 'sku', value: 'XX-404', reason: { key: 'import.noSuchProduct', params: {} } }] }])
    // the reason is a message, worded where the summary is shown
    expect(summaryJson(r).rejected).toEqual([{ ref: 'P-3', lines: [5], problems: [{ line: 5, column: 'sku', value: 'XX-404', reason: 'no such product (see `orderdesk product list`)' }] }])
    expect(summaryJson(r)).toMatchObject({ ordersImported: 2, linesImported: 3, total: '220.90', rejectedCount: 1, conflictCount: 0, duplicates: 1 })
    expect(summaryText(r)).toContain('Imported            2 orders, 3 lines, total 220.90  (26-00001 … 26-00002)')

    expect(await d.desk.query('select number, ext_ref, status, total from orders where ext_ref is not null order by number')).toEqual([
      { number: '26-00001', ext_ref: 'P-1', status: 'inquiry', total: 12390 },
      { number: '26-00002', ext_ref: 'P-2', status: 'inquiry', total: 9700 },
    ])
    expect((await d.desk.query("select count(*) as n from order_lines l join orders o on o.id = l.order_id where o.ext_ref like 'P-%'"))[0]).toMatchObject({ n: 3 })
    const events = await d.desk.query<{ action: string; ref: string }>("select action, ref from events where action in ('inquiry.new', 'import.run') order by id")
    expect(events).toEqual([
      { action: 'inquiry.new', ref: '26-00001' },
      { action: 'inquiry.new', ref: '26-00002' },
      { action: 'import.run', ref: '1' },
    ])
    expect(await d.desk.query('select status from import_batches')).toEqual([{ status: 'done' }])

    const again = await importOrders(ctx, { ...common, path, createCustomers: false, checkStock: false })
    expect(again).toMatchObject({ batch: 2, duplicates: 3, rejected: { count: 1 } })
    expect(again.written.ordersImported).toBe(0)
  })

  it('--strict rolls everything back when anything is rejected; the summary says nothing was written', async () => {
    const r = await importOrders(await d.ctx('li'), { ...common, strict: true, path: file('calls.csv', CALLS), createCustomers: false, checkStock: false })
    expect(r).toMatchObject({ committed: false, batch: null, rejected: { count: 1 } })
    expect(r.written).toEqual({ ordersImported: 0, linesImported: 0, total: 0, customersCreated: 0, firstNumber: null, lastNumber: null })
    expect(await d.desk.query('select count(*) as n from orders where ext_ref is not null')).toEqual([{ n: 0 }])
    expect(await d.desk.query('select count(*) as n from import_batches')).toEqual([{ n: 0 }])
  })

  it('the command: the summary on stdout, the rejected rows to --errors, exit 2 with what was refused', async () => {
    const path = file('calls.csv', CALLS)
    const errors = join(d.desk.dir, 'rejected.csv')
    const { s, stdout, stderr } = d.session('li')
    const run = importOrdersCommand({ file: path, map: [], dryRun: false, strict: false, errors, createCustomers: false, checkStock: false }, s)
    await expect(run).rejects.toMatchObject({ message: '1 order rejected; 2 orders imported — see the summary', exitCode: 2, details: { rejected: 1, conflicts: 0, committed: true } })
    expect(stdout.text).toMatch(/^File {16}.*calls\.csv \(csv, utf8\)\nRows read {11}6\nOrders in file {6}4\n/)
    expect(stdout.text).toContain('   5  P-3      sku     XX-404  no such product (see `orderdesk product list`)')
    expect(stderr.text).toBe(`1 rejected row written to ${errors}: fix them there and import that file\n`)
    expect(readFileSync(errors, 'utf8')).toBe(`${HEAD},error\nP-3,ALFKI,XX-404,1,,,,,sku: no such product (see \`orderdesk product list\`)\n`)
  })
})

describe('import master data, in-process', () => {
  it('customers and products are added or updated by code; a stock take books the differences', async () => {
    const ctx = await d.ctx('li')
    const customers = file('customers.csv', 'code,name,phone\nNEWCO,New Co,+86 10 1234\nALFKI,Alfreds Neu,\nVINET,Vins et alcools Chevalier,\nNEWCO,New Co,+86 10 1234')
    const c = await importMasterData(ctx, { ...common, kind: 'customers', path: customers })
    expect(c).toMatchObject({ kind: 'customers', committed: true, rowsRead: 4, duplicates: 1, rejected: { count: 0 }, conflicts: { count: 0 } })
    expect(c.written).toEqual({ created: 1, updated: 1, unchanged: 1 })
    expect(summaryJson(c)).toMatchObject({ rowsRead: 4, created: 1, updated: 1, unchanged: 1, duplicates: 1 })
    expect(await d.desk.query("select code, name, phone from customers where code in ('NEWCO', 'ALFKI') order by code")).toEqual([
      { code: 'ALFKI', name: 'Alfreds Neu', phone: expect.anything() },
      { code: 'NEWCO', name: 'New Co', phone: '+86 10 1234' },
    ])
    const changes = await d.desk.query<{ action: string; ref: string }>("select action, ref from events where entity = 'customer' and ref in ('NEWCO', 'ALFKI') order by id")
    expect(changes.slice(-2)).toEqual([
      { action: 'customer.add', ref: 'NEWCO' },
      { action: 'customer.update', ref: 'ALFKI' },
    ])

    const p = await importMasterData(ctx, { ...common, kind: 'products', path: file('products.csv', 'sku,name,price\nNP-1,New Product,12.50') })
    expect(p.written).toEqual({ created: 1, updated: 0, unchanged: 0 })
    expect(await d.desk.query("select sku, unit, price, lead_days, producible, on_hand from products where sku = 'NP-1'")).toEqual([
      { sku: 'NP-1', unit: 'pcs', price: 1250, lead_days: 14, producible: 1, on_hand: 0 },
    ])

    const st = await importMasterData(ctx, { ...common, kind: 'stock', path: file('stock.csv', 'sku,qty\nNP-1,40\nNOPE,1') })
    expect(st).toMatchObject({ kind: 'stock', rowsRead: 2, rejected: { count: 1 } })
    expect(st.written).toEqual({ created: 0, updated: 1, unchanged: 0 })
    expect(await d.desk.query("select m.qty, m.kind, m.reason from stock_moves m join products p on p.id = m.product_id where p.sku = 'NP-1'")).toEqual([
      { qty: 40, kind: 'adjust', reason: 'stock take (import)' },
    ])
    expect(summaryText(st)).toContain('Stock moves         1')
  })

  it('the stock command with --receive and --dry-run: counted, nothing written', async () => {
    const { s, stderr } = d.session('li', { json: true })
    await importStockCommand({ file: file('received.csv', 'sku,qty\nNW-011,5'), map: [], dryRun: true, strict: false, receive: true }, s)
    expect(stderr.text).toBe('')
    expect(await d.desk.query("select count(*) as n from stock_moves where reason = 'received (import)'")).toEqual([{ n: 0 }])
    expect(await d.desk.query('select count(*) as n from import_batches')).toEqual([{ n: 0 }])
  })
})
