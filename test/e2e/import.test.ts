import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { execa } from 'execa'
import iconv from 'iconv-lite'
import { afterEach, describe, expect, it } from 'vitest'
import { BIN, TODAY, tempDesk, type Desk } from '../helpers/cli.js'

const NORTHWIND = fileURLToPath(new URL('../../fixtures/northwind-import/', import.meta.url))

let desk: Desk | undefined
afterEach(() => desk?.cleanup())

function file(name: string, content: string | Buffer): string {
  const path = join(desk!.dir, name)
  writeFileSync(path, content)
  return path
}

/** Runs an import with --json; returns exit code and the parsed summary. */
async function imp(args: string[], opts: { input?: string; user?: string; env?: Record<string, string> } = {}) {
  const r = await desk!.run(['import', ...args, '--json'], opts)
  let summary: any = null
  try {
    summary = JSON.parse(r.stdout)
  } catch {
    throw new Error(`import ${args.join(' ')} printed no JSON (exit ${r.exitCode}): ${r.stderr}`)
  }
  return { code: r.exitCode, s: summary, stderr: r.stderr }
}

/** Read-only queries against the desk's database (either backend). */
async function query<T = any>(sql: string): Promise<T[]> {
  return desk!.query<T>(sql)
}

// counters: the order-number sequences (not PostgreSQL's audit event id counter)
const fingerprint = async () =>
  (await query(`select (select count(*) from orders) o, (select count(*) from order_lines) l, (select count(*) from customers) c,
    (select count(*) from products) p, (select count(*) from events) e, (select count(*) from stock_moves) m,
    (select count(*) from import_batches) b, (select max(value) from counters where key <> 'audit.event_id') n`))[0]

const HEAD = 'ext_ref,customer,sku,qty,unit_price,discount,order_date,requested_date'

describe('import: Northwind', () => {
  it('91 customers, 77 products, 830 orders with 2,155 lines, total 1,265,793.29; a second import adds nothing', { timeout: 120_000 }, async () => {
    desk = await tempDesk({ demo: false })
    await desk.run(['init'])
    // the first user of an empty desk is a manager with a PIN, who then adds li
    expect((await desk.run(['user', 'add', 'boss', '--role', 'manager'], { user: 'root', env: { ORDERDESK_NEW_PIN: '864200' } })).exitCode).toBe(0)
    expect((await desk.run(['user', 'add', 'li', '--role', 'clerk'], { user: 'boss', env: { ORDERDESK_PIN: '864200' } })).exitCode).toBe(0)
    const c = await imp(['customers', join(NORTHWIND, 'customers.csv')])
    expect(c.s).toMatchObject({ rowsRead: 91, created: 91, updated: 0, unchanged: 0, rejectedCount: 0 })
    const p = await imp(['products', join(NORTHWIND, 'products.csv')])
    expect(p.s).toMatchObject({ rowsRead: 77, created: 77, rejectedCount: 0 })
    const st = await imp(['stock', join(NORTHWIND, 'stock.csv')])
    expect(st.s).toMatchObject({ rowsRead: 77, updated: 72, unchanged: 5 })
    const o = await imp(['orders', join(NORTHWIND, 'orders.csv')])
    expect(o.code).toBe(0)
    expect(o.s).toMatchObject({
      threaded: false,
      rowsRead: 2155,
      ordersRead: 830,
      ordersImported: 830,
      linesImported: 2155,
      total: '1265793.29',
      firstNumber: '96-00001',
      lastNumber: '98-00270',
      duplicates: 0,
      conflictCount: 0,
      rejectedCount: 0,
    })
    expect((await query('select count(*) n, sum(total) t from orders'))[0]).toEqual({ n: 830, t: 126579329 })
    expect((await query('select count(*) n, sum(amount) t from order_lines'))[0]).toEqual({ n: 2155, t: 126579329 })
    expect((await query("select count(*) n from customers"))[0].n).toBe(91)
    expect((await query("select count(*) n from events where action = 'inquiry.new'"))[0].n).toBe(830)
    const order = await desk.json(['order', 'show', '96-00001'])
    expect(order).toMatchObject({ extRef: '10248', customer: 'VINET', orderDate: '1996-07-04', requestedDate: '1996-08-01', total: '440.00', status: 'inquiry' })
    expect(order.events[0]).toMatchObject({ action: 'inquiry.new', actor: 'li', to: 'inquiry' })
    expect(order.events[0].data).toMatchObject({ extRef: '10248', import: { file: join(NORTHWIND, 'orders.csv'), line: 2 } })

    const before = (await fingerprint())
    for (const kind of ['customers', 'products', 'stock'] as const) {
      const again = await imp([kind, join(NORTHWIND, `${kind}.csv`)])
      expect(again.s).toMatchObject({ created: 0, updated: 0, unchanged: kind === 'customers' ? 91 : 77 })
    }
    // read in a worker thread this time (as big files and stdin are): the same answer
    const again = await imp(['orders', join(NORTHWIND, 'orders.csv')], { env: { ORDERDESK_IMPORT_WORKER: '1' } })
    expect(again.code).toBe(0)
    expect(again.s).toMatchObject({ threaded: true, ordersImported: 0, duplicates: 830, conflictCount: 0, rejectedCount: 0 })
    const after = (await fingerprint())
    // nothing but the four runs' own records (import_batches row + one import.run event each)
    expect({ ...after, b: after.b - 4, e: after.e - 4 }).toEqual(before)
    const audit = await desk.run(['audit', 'verify', '--json'])
    expect(JSON.parse(audit.stdout)).toMatchObject({ ok: true })
  })
})

describe('import orders: reading files', () => {
  it('GBK with a column map, and the same file from stdin', async () => {
    desk = await tempDesk()
    const csv = '单号,客户,产品,数量,单价,备注\nG-1,ALFKI,NW-011,2,20.5,张先生来电，要求加急\nG-1,ALFKI,NW-001,1,,张先生来电，要求加急\n'
    const path = file('gbk.csv', iconv.encode(csv, 'gbk'))
    const map = ['--map', 'ext_ref=单号,customer=客户,sku=产品', '--map', 'qty=数量,unit_price=单价,note=备注']
    const r = await imp(['orders', path, '--encoding', 'gbk', ...map])
    expect(r.code).toBe(0)
    expect(r.s).toMatchObject({ encoding: 'gbk', ordersImported: 1, linesImported: 2, total: '59.00', firstNumber: '26-00001' })
    const o = await desk.json(['order', 'show', '26-00001'])
    expect(o.note).toBe('张先生来电，要求加急')
    expect(o.lines.map((l: any) => [l.sku, l.qty, l.unitPrice])).toEqual([
      ['NW-011', 2, '20.50'],
      ['NW-001', 1, '18.00'],
    ])
    // without --encoding the GBK bytes are not UTF-8: the file is refused at its first line (issue 16 §9)
    const wrong = await desk.run(['import', 'orders', path, ...map])
    expect(wrong.exitCode).toBe(2)
    expect(wrong.stderr).toMatch(/^orderdesk: cannot read the file at line 1: it is not UTF-8 \(byte 0x[0-9A-F]{2}\); if it was saved as GBK, import it with --encoding gbk$/m)
    // stdin: `-`
    const stdin = await desk.run(['import', 'orders', '-', '--json'], { input: `${HEAD}\nS-1,VINET,NW-011,3,,,,\n` })
    expect(stdin.exitCode).toBe(0)
    expect(JSON.parse(stdin.stdout)).toMatchObject({ file: 'stdin', ordersImported: 1, firstNumber: '26-00002' })
  })

  it('stdin from a writer that pauses is read to its end (it gave EAGAIN as soon as the pipe was empty)', async () => {
    desk = await tempDesk()
    const child = execa('node', [BIN, 'import', 'orders', '-', '--json', '--batch-size', '1'], {
      stdin: 'pipe',
      reject: false,
      env: { ORDERDESK_DB: desk.db, ORDERDESK_TODAY: TODAY, ORDERDESK_USER: 'li', NO_COLOR: '1' },
    })
    child.stdin!.write(`${HEAD}\nP-1,ALFKI,NW-011,1,,,,\nP-2,ALFKI,NW-011,2,,,,\nP-3,ALFKI,NW-011,3,,,,\n`)
    // P-1 is committed once the rows after it are read (the parser may hold back the last row):
    // the reader has emptied the pipe and waits for more
    for (let i = 0; (await query<{ n: number }>("select count(*) as n from orders where ext_ref = 'P-1'"))[0]!.n === 0; i++) {
      if (i > 2000) throw new Error('P-1 was never imported')
      await new Promise((r) => setTimeout(r, 25))
    }
    child.stdin!.end('P-4,ALFKI,NW-011,4,,,,\n')
    const r = await child
    expect(r.exitCode, String(r.stderr)).toBe(0)
    expect(JSON.parse(String(r.stdout))).toMatchObject({ file: 'stdin', threaded: true, ordersImported: 4, fileError: null })
  })

  it('a BOM, CRLF, quoted commas, quotes and newlines; line numbers count the lines of quoted newlines', async () => {
    desk = await tempDesk()
    const csv =
      '\uFEFFExt_Ref,CUSTOMER,Sku,Qty,Note,Unused Column\r\n' +
      'Q-1,ALFKI,NW-011,1,"call back, ask for ""Mr. Li""\r\nsecond line",x\r\n' +
      'Q-1,ALFKI,NW-001,2,,y\r\n' +
      '\r\n' +
      'Q-2,ALFKI,NW-011,0,,\r\n'
    const r = await imp(['orders', file('bom.csv', csv)])
    expect(r.code).toBe(2)
    expect(r.s).toMatchObject({ rowsRead: 3, ordersRead: 2, ordersImported: 1, rejectedCount: 1 })
    expect(r.s.rejected).toEqual([{ ref: 'Q-2', lines: [6], problems: [{ line: 6, column: 'qty', value: '0', reason: 'must be a positive whole number' }] }])
    expect((await desk.json(['order', 'show', '26-00001'])).note).toBe('call back, ask for "Mr. Li"\r\nsecond line')
  })

  it('JSON (an array, lines nested or flat) and JSON Lines', async () => {
    desk = await tempDesk()
    const json = JSON.stringify(
      [
        { ext_ref: 'J-1', Customer: 'ALFKI', order_date: '2026-11-20', lines: [{ sku: 'NW-011', qty: 2 }, { sku: 'NW-001', qty: 1, unit_price: 17.5, discount: 0.1 }] },
        { ext_ref: 'J-2', customer: 'VINET', sku: 'NW-011', qty: '4', note: 'brackets } ] { and "quotes"' },
      ],
      null,
      2,
    )
    const r = await imp(['orders', file('orders.json', json)])
    expect(r.s).toMatchObject({ format: 'json', rowsRead: 3, ordersImported: 2, linesImported: 3, total: '141.75' })
    expect((await desk.json(['order', 'show', '26-00002'])).note).toBe('brackets } ] { and "quotes"')
    const jsonl = '{"ext_ref":"L-1","customer":"BERGS","sku":"NW-011","qty":1}\n\n{"ext_ref":"L-1","customer":"BERGS","sku":"NW-012","qty":2}\n{"ext_ref":"L-2","customer":"BERGS","sku":"NW-011","qty":1.5}\n'
    const l = await imp(['orders', '-', '--format', 'jsonl'], { input: jsonl })
    expect(l.code).toBe(2)
    expect(l.s).toMatchObject({ format: 'jsonl', rowsRead: 3, ordersImported: 1, linesImported: 2, rejectedCount: 1 })
    expect(l.s.rejected[0].problems).toEqual([{ line: 4, column: 'qty', value: '1.5', reason: 'must be a positive whole number' }])
    const broken = await desk.run(['import', 'orders', file('bad.json', '[{"ext_ref": "B-1", "customer": }]')])
    expect(broken.exitCode).toBe(2)
    expect(broken.stderr).toContain('cannot read the file at line 1: not valid JSON')
  })
})

describe('import orders: validation', () => {
  it('one bad line rejects its whole order and only it; every rule is reported with line, column and reason', async () => {
    desk = await tempDesk()
    const rows = [
      'OK-1,ALFKI,NW-011,5,,0.05,2026-11-20,2026-12-10', // 2
      'OK-1,ALFKI,NW-001,10,18.50,,,', // 3
      'B-1,ALFKI,NW-011,5,,,,', // 4  good line…
      'B-1,ALFKI,NW-001,1.5,,,,', // 5  …bad qty rejects B-1 whole
      'B-2,ALFKI,NW-999,1,,,,', // 6  unknown sku
      'B-3,NOBODY,NW-001,1,,,,', // 7  unknown customer
      'B-4,ALFKI,NW-001,1,12.345,,,', // 8  three decimals
      'B-5,ALFKI,NW-001,1,,1.2,,', // 9  discount > 1
      'B-6,ALFKI,NW-001,1,,,2026-02-30,', // 10 no such date
      'B-7,ALFKI,NW-001,1,,,2026-11-20,2026-11-19', // 11 requested before order date
      'B-8,ALFKI,NW-001,1,,,,', // 12 one customer per ext_ref…
      'B-8,VINET,NW-001,1,,,,', // 13
      ',ALFKI,NW-001,1,,,,', // 14 no ext_ref
      'B-9,ALFKI,NW-001,1,,,2026-12-01,', // 15 order date in the future
      'OK-2,VINET,NW-017,3,,,,', // 16
    ]
    const path = file('bad.csv', `${HEAD}\n${rows.join('\n')}\n`)
    const errorsPath = join(desk.dir, 'errors.csv')
    const r = await imp(['orders', path, '--errors', errorsPath], { env: { ORDERDESK_IMPORT_WORKER: '1' } })
    expect(r.code).toBe(2)
    expect(r.s.threaded).toBe(true)
    expect(r.stderr).toContain('10 orders rejected; 2 orders imported')
    expect(r.s).toMatchObject({ rowsRead: 15, ordersRead: 12, ordersImported: 2, linesImported: 3, rejectedCount: 10, total: '401.75' })
    const flat = r.s.rejected.flatMap((e: any) => e.problems.map((p: any) => `${e.ref}@${p.line} ${p.column}: ${p.reason}`))
    expect(flat.sort()).toEqual(
      [
        'B-1@5 qty: must be a positive whole number',
        'B-2@6 sku: no such product (see `orderdesk product list`)',
        'B-3@7 customer: no such customer (see `orderdesk customer list`; --create-customers creates it from customer_name)',
        'B-4@8 unit_price: at most two decimals',
        'B-5@9 discount: must be a fraction from 0 to 1 (0.05 = 5 %)',
        'B-6@10 order_date: must be a date YYYY-MM-DD',
        'B-7@11 requested_date: is before the order date 2026-11-20',
        'B-8@13 customer: differs from line 12 (ALFKI): one customer per ext_ref',
        '@14 ext_ref: is required',
        'B-9@15 order_date: is after today (2026-11-26): the date of the call cannot be in the future',
      ].sort(),
    )
    expect(r.s.rejected.find((e: any) => e.ref === 'B-1').lines).toEqual([4, 5])
    const orders = await desk.json(['order', 'list'])
    expect(orders.map((o: any) => o.extRef ?? o.number).length).toBe(2)
    // the errors file: the rejected rows with an error column, ready to fix and re-import
    const errors = readFileSync(errorsPath, 'utf8').trim().split('\n')
    expect(errors[0]).toBe(`${HEAD},error`)
    expect(errors).toContain('B-1,ALFKI,NW-011,5,,,,,order rejected (line 5 qty: must be a positive whole number)')
    expect(errors).toContain('B-1,ALFKI,NW-001,1.5,,,,,qty: must be a positive whole number')
    expect(errors).toHaveLength(1 + 12)
    // fixed and re-imported: only the new orders go in, the errors column is ignored
    writeFileSync(errorsPath, readFileSync(errorsPath, 'utf8').replace('NW-001,1.5', 'NW-001,2'))
    const fixed = await imp(['orders', errorsPath])
    expect(fixed.s).toMatchObject({ ordersImported: 1, rejectedCount: 9 })
  })

  it('--strict imports nothing when anything is bad; --dry-run writes nothing', async () => {
    desk = await tempDesk()
    const good = `${HEAD}\nS-1,ALFKI,NW-011,1,,,,\nS-2,VINET,NW-011,2,,,,\n`
    const mixed = `${good}S-3,ALFKI,NW-011,x,,,,\n`
    const before = (await fingerprint())
    const strict = await imp(['orders', file('mixed.csv', mixed), '--strict'])
    expect(strict.code).toBe(2)
    expect(strict.stderr).toContain('nothing imported (--strict): 1 order rejected')
    expect(strict.s).toMatchObject({ committed: false, ordersImported: 0, rejectedCount: 1, batch: null })
    expect((await fingerprint())).toEqual(before)
    const dry = await imp(['orders', file('good.csv', good), '--dry-run', '--create-customers'])
    expect(dry.code).toBe(0)
    expect(dry.s).toMatchObject({ dryRun: true, committed: false, ordersImported: 2, linesImported: 2, total: '63.00', firstNumber: null })
    const dryBad = await imp(['orders', file('mixed2.csv', mixed), '--dry-run'])
    expect(dryBad.code).toBe(2)
    expect(dryBad.s).toMatchObject({ ordersImported: 2, rejectedCount: 1 })
    expect((await fingerprint())).toEqual(before)
    const ok = await imp(['orders', file('good2.csv', good), '--strict'])
    expect(ok.code).toBe(0)
    expect(ok.s).toMatchObject({ committed: true, ordersImported: 2, firstNumber: '26-00001', lastNumber: '26-00002' })
  })

  it('duplicates are skipped and counted; the same ext_ref with other content is a conflict', async () => {
    desk = await tempDesk()
    const first = await imp(['orders', file('a.csv', `${HEAD}\nD-1,ALFKI,NW-011,1,,,,\nD-1,ALFKI,NW-001,2,,,,\nD-2,VINET,NW-011,1,,,,\n`)])
    expect(first.s.ordersImported).toBe(2)
    // same orders (lines in another order), one changed, one new, and D-3 repeated far apart with other content
    const second = await imp([
      'orders',
      file('b.csv', `${HEAD}\nD-1,ALFKI,NW-001,2,,,,\nD-1,ALFKI,NW-011,1,,,,\nD-2,VINET,NW-011,5,,,,\nD-3,BERGS,NW-011,1,,,,\nD-4,BERGS,NW-011,1,,,,\nD-3,BERGS,NW-011,9,,,,\nD-4,BERGS,NW-011,1,,,,\n`),
    ])
    expect(second.code).toBe(2)
    expect(second.s).toMatchObject({ ordersRead: 6, ordersImported: 2, duplicates: 2, conflictCount: 2, rejectedCount: 0 })
    expect(second.s.conflicts).toEqual([
      { ref: 'D-2', line: 4, number: '26-00002', reason: 'ext_ref D-2 was imported before as order 26-00002 with different content' },
      { ref: 'D-3', line: 7, number: null, reason: 'ext_ref D-3 appears again at line 7 with different content' },
    ])
    expect((await desk.json(['order', 'show', '26-00002'])).lines[0].qty).toBe(1)
  })

  it('--create-customers creates unknown customers from customer_name; --check-stock offers the orders', async () => {
    desk = await tempDesk()
    const csv = [
      'ext_ref,customer,customer_name,phone,sku,qty',
      'C-1,NEWCO,New Company Ltd,021-5555,NW-011,2',
      'C-2,NEWCO,,,NW-017,5',
      'C-3,NONAME,,,NW-011,1',
      'C-4,ALFKI,,,NW-005,4',
    ].join('\n')
    const r = await imp(['orders', file('c.csv', csv), '--create-customers', '--check-stock'])
    expect(r.code).toBe(2)
    expect(r.s).toMatchObject({ ordersImported: 3, customersCreated: 1, rejectedCount: 1, stockCheck: { offered: 2, lost: 1, failed: [] } })
    expect(r.s.rejected[0].problems[0]).toMatchObject({ line: 4, column: 'customer', reason: 'no such customer, and no customer_name to create it with' })
    expect(await desk.json(['customer', 'show', 'NEWCO'])).toMatchObject({ code: 'NEWCO', name: 'New Company Ltd', phone: '021-5555' })
    const [c1, c2, c4] = await Promise.all(['26-00001', '26-00002', '26-00003'].map((n) => desk!.json(['order', 'show', n])))
    expect(c1).toMatchObject({ status: 'offered', promisedDate: '2026-11-26' })
    expect(c2).toMatchObject({ status: 'offered', promisedDate: '2026-12-17' }) // NW-017: none in stock, 21 lead days
    expect(c4).toMatchObject({ status: 'lost' }) // NW-005 is not producible
    const without = await imp(['orders', file('d.csv', 'ext_ref,customer,customer_name,sku,qty\nC-9,OTHERCO,Other Co,NW-011,1\n')])
    expect(without.s.rejected[0].problems[0].reason).toContain('--create-customers creates it from customer_name')
  })
})

describe('import master data', () => {
  it('customers and products are upserted by code; stock is a stock take (or goods received)', async () => {
    desk = await tempDesk()
    const customers = file('c.csv', 'code,name,phone,contact\nALFKI,Alfreds Futterkiste,030-0074321,Maria Anders\nNEW1,Neue Firma,,\nNEW1,Neue Firma,,\nBAD X,,,\n')
    const c = await imp(['customers', customers])
    expect(c.code).toBe(2)
    expect(c.s).toMatchObject({ rowsRead: 4, created: 1, updated: 0, unchanged: 1, duplicates: 1, rejectedCount: 1 })
    expect(c.s.rejected[0].problems.map((p: any) => p.column)).toEqual(['code', 'name'])
    const c2 = await imp(['customers', file('c2.csv', 'Code,Name,Address\nALFKI,Alfreds Futterkiste,Obere Str. 57\n')])
    expect(c2.s).toMatchObject({ created: 0, updated: 1 })
    expect((await desk.json(['customer', 'show', 'ALFKI'])).address).toBe('Obere Str. 57')

    const p = await imp(['products', file('p.csv', 'sku,name,price,unit,lead_days,producible\nNW-001,Chai,19.00,case,14,yes\nNW-100,Widget,5.5,,,no\n')])
    expect(p.s).toMatchObject({ created: 1, updated: 1, unchanged: 0 })
    expect(await desk.json(['product', 'show', 'NW-100'])).toMatchObject({ price: '5.50', unit: 'pcs', leadDays: 14, producible: false })
    expect((await desk.json(['product', 'show', 'NW-001'])).price).toBe('19.00')

    const take = file('s.csv', 'sku,qty,reason\nNW-001,50,count 2026-11\nNW-011,22\nNW-100,7\nNW-404,1\n')
    const s = await imp(['stock', take])
    expect(s.code).toBe(2)
    expect(s.s).toMatchObject({ updated: 2, unchanged: 1, rejectedCount: 1 })
    expect(s.s.rejected[0].problems[0]).toMatchObject({ line: 5, column: 'sku', value: 'NW-404' })
    const again = await imp(['stock', take])
    expect(again.s).toMatchObject({ updated: 0, unchanged: 3 })
    const recv = await imp(['stock', file('r.csv', 'sku,qty\nNW-100,3\nNW-100,2\n'), '--receive'])
    expect(recv.s).toMatchObject({ updated: 2 })
    const stock = await desk.json(['stock', 'show', 'NW-001', 'NW-100'])
    expect(stock.map((x: any) => [x.sku, x.onHand])).toEqual([
      ['NW-001', 50],
      ['NW-100', 12],
    ])
    const moves = await query("select kind, qty, reason from stock_moves where product_id = (select id from products where sku = 'NW-001') order by id")
    expect(moves.at(-1)).toEqual({ kind: 'adjust', qty: 11, reason: 'count 2026-11' })
  })
})

describe('import: usage', () => {
  it('a missing file, a missing column and an unknown format are refused before anything is written', async () => {
    desk = await tempDesk()
    const missing = await desk.run(['import', 'orders', join(desk.dir, 'nope.csv')])
    expect(missing.exitCode).toBe(3)
    expect(missing.stderr).toContain('not found')
    const noCol = await desk.run(['import', 'orders', file('x.csv', 'ext_ref,customer,qty\nA,ALFKI,1\n')])
    expect(noCol.exitCode).toBe(2)
    expect(noCol.stderr).toContain('the file has no `sku` column')
    const fmt = await desk.run(['import', 'orders', file('y.csv', HEAD), '--format', 'xml'])
    expect(fmt.exitCode).toBe(2)
    expect(fmt.stderr).toContain('--format')
    const role = await desk.run(['import', 'orders', file('z.csv', `${HEAD}\nR-1,ALFKI,NW-011,1,,,,\n`)], { user: 'zhou' })
    expect(role.exitCode).toBe(4)
    expect(role.stderr).toContain('importing orders needs role clerk or manager')
  })
})
