import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BIN, tempDesk, type Desk, type RunResult } from '../helpers/cli.js'

/**
 * Bad input (issue 10): property tests over flags and import files — random strings, huge
 * numbers, negative and fractional quantities, invalid dates, control characters, wrong
 * encodings, truncated files. The program never prints a stack trace, never exits 1 (nor
 * with an unknown code), and writes nothing for input it rejects.
 *
 * Each run spawns the CLI (~0.3 s), so runs are few: ORDERDESK_FC_RUNS (default 20) per
 * property; ORDERDESK_FC_SEED replays one.
 */

const RUNS = Number(process.env.ORDERDESK_FC_RUNS ?? 20)
const SEED = process.env.ORDERDESK_FC_SEED ? Number(process.env.ORDERDESK_FC_SEED) : undefined
const params = { numRuns: RUNS, endOnFailure: true, ...(SEED !== undefined ? { seed: SEED } : {}) }

const HAS_IMPORT = (() => {
  const r = spawnSync('node', [BIN, 'import', 'orders', '--help'], { encoding: 'utf8' })
  return r.status === 0 && r.stdout.startsWith('Usage: orderdesk import orders ')
})()

let desk: Desk
let contracted: string
beforeAll(async () => {
  desk = await tempDesk()
  contracted = (await desk.json(['inquiry', 'new', '--customer', 'ALFKI', '--item', 'NW-009=20'])).order.number // 1,940.00
  await desk.json(['stock', 'check', contracted])
  await desk.json(['contract', 'sign', contracted, '--payment-method', 'transfer', '--payment-due', '+7'])
}, 60_000)
afterAll(() => desk.cleanup())

/** The first column of the first row (works on both backends). */
async function count(q: string, ...params: unknown[]): Promise<number> {
  const rows = await desk.query(q, params)
  return Number(Object.values(rows[0] ?? {})[0] ?? 0)
}
const events = () => count('select count(*) from events')

/** Never a stack trace, never an internal error, only the documented exit codes. */
function expectClean(r: RunResult, args: string[]): void {
  const what = `orderdesk ${JSON.stringify(args)} → exit ${r.exitCode}\n${r.stderr}`
  expect([0, 2, 3, 4], what).toContain(r.exitCode)
  expect(r.stderr, what).not.toMatch(/^\s+at |node:internal|internal error|Error: /m)
  expect(r.stdout, what).not.toMatch(/^\s+at |node:internal/m)
  if (r.exitCode !== 0) expect(r.stderr, what).toMatch(/^orderdesk: .+|^\{"error":/)
}

/** Text with control characters, odd Unicode (RTL override, BOM, full-width digits) and no NUL (argv cannot hold one). */
const nasty = fc
  .string({
    unit: fc.oneof(
      { weight: 3, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
      { weight: 1, arbitrary: fc.constantFrom('\x01', '\x07', '\x1b[2J', '\n', '\r', '\t', '\x7f', '\u202e', '\ufeff', '１', '-', '=', '@', '"', "'", ';', '%', '\\') },
    ),
    maxLength: 30,
  })
  .map((s) => s.replace(/\0/g, ''))

const number = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }).map(String),
  fc.double({ noNaN: false }).map(String),
  fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map(String),
  fc.constantFrom('0', '-0', '+5', '007', '1e3', '0x10', '1_000', '1,000', ' 5', '5 ', '５', 'Infinity', 'NaN', '', '9'.repeat(40), '1.', '.5', '12.345', '-1'),
  nasty,
)

const date = fc.oneof(
  fc.constantFrom('2026-02-30', '2026-13-01', '2026-00-10', '0000-01-01', '9999-12-31', '2026-1-1', '26-11-26', '2026/11/26', '+99999', '+0', '-1', 'today', 'yesterday', '', ' ', '2026-11-26T25:00', '１２'),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  nasty,
)

describe('bad input on flags', { timeout: 600_000 }, () => {
  it('inquiry new: any customer, item, date, channel and text; rejected input writes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.constant('ALFKI'), nasty),
        fc.oneof(fc.tuple(fc.constantFrom('NW-011', 'NW-005', 'nw-011', 'NW-999'), number).map(([s, q]) => `${s}=${q}`), nasty),
        fc.option(date, { nil: undefined }),
        fc.option(fc.oneof(fc.constantFrom('phone', 'fax', 'web'), nasty), { nil: undefined }),
        fc.option(nasty, { nil: undefined }),
        async (customer, item, requested, channel, note) => {
          const args = ['inquiry', 'new', '--customer', customer, '--item', item, '--source-ref', 'REC-1']
          if (requested !== undefined) args.push('--requested', requested)
          if (channel !== undefined) args.push('--channel', channel)
          if (note !== undefined) args.push('--note', note)
          const before = await events()
          const r = await desk.run(args)
          expectClean(r, args)
          if (r.exitCode === 0) {
            expect(r.stdout).toMatch(/^\d\d-\d{5}$/)
            expect(await events()).toBe(before + 1)
          } else expect(await events(), `${args.join(' ')}: ${r.stderr}`).toBe(before)
        },
      ),
      params,
    )
  })

  it('quantities: only a positive whole number is taken, exactly as given', async () => {
    await fc.assert(
      fc.asyncProperty(number, async (q) => {
        const args = ['inquiry', 'new', '--customer', 'VINET', '--item', `NW-011=${q}`, '--json']
        const before = await events()
        const r = await desk.run(args)
        expectClean(r, args)
        if (r.exitCode === 0) {
          const qty = JSON.parse(r.stdout).order.lines[0].qty
          expect(Number.isSafeInteger(qty) && qty > 0, q).toBe(true)
          expect(q.trim()).toMatch(/^\+?\d+$/)
          expect(qty).toBe(Number(q.trim()))
        } else {
          expect(r.exitCode, `${q}: ${r.stderr}`).toBe(2)
          expect(await events()).toBe(before)
          expect(JSON.parse(r.stderr).error.code).toMatch(/^(invalid_value|usage)$/)
        }
      }),
      params,
    )
  })

  it('payment record: amounts and dates of every shape; only a valid amount on a valid date is booked', async () => {
    await fc.assert(
      fc.asyncProperty(number, fc.option(date, { nil: undefined }), async (amount, d) => {
        const args = ['payment', 'record', contracted, '--amount', amount, ...(d !== undefined ? ['--date', d] : []), '--json']
        const before = { events: await events(), paid: await count('select paid from orders where number = ?', contracted) }
        const r = await desk.run(args, { user: 'wu' })
        expectClean(r, args)
        if (r.exitCode === 0) {
          expect(amount.trim()).toMatch(/^\d+(\.\d{1,2})?$/)
          expect(await count('select paid from orders where number = ?', contracted)).toBe(before.paid + Math.round(Number(amount) * 100))
          expect(await events()).toBe(before.events + 1)
        } else {
          expect(await events(), `${amount} ${d}: ${r.stderr}`).toBe(before.events)
          expect(await count('select paid from orders where number = ?', contracted)).toBe(before.paid)
        }
      }),
      params,
    )
  })

  it('stock adjust and receive: signed, fractional, huge and garbage quantities and reasons', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('adjust', 'receive'), fc.constantFrom('NW-001', 'NW-017', 'NW-999', ''), number, nasty, async (verb, sku, qty, reason) => {
        const args = ['stock', verb, '--sku', sku, '--qty', qty, ...(verb === 'adjust' ? ['--reason', reason] : [])]
        const before = { events: await events(), moves: await count('select count(*) from stock_moves') }
        const r = await desk.run(args, { user: 'zhao' })
        expectClean(r, args)
        if (r.exitCode !== 0) {
          expect(await events(), `${args.join(' ')}: ${r.stderr}`).toBe(before.events)
          expect(await count('select count(*) from stock_moves')).toBe(before.moves)
        } else expect(await count('select count(*) from stock_moves')).toBe(before.moves + 1)
        // never more reserved than on hand, never a negative stock
        expect(await count('select count(*) from products where on_hand < 0 or reserved > on_hand')).toBe(0)
      }),
      params,
    )
  })
})

describe('bad input in import files', { timeout: 600_000 }, () => {
  const good = [
    'ext_ref,customer,sku,qty,unit_price,requested_date',
    'A1,ALFKI,NW-011,5,,2026-12-20',
    'A1,ALFKI,NW-001,2,18.00,2026-12-20',
    'B2,VINET,NW-002,1,,',
    'C3,BERGS,NW-003,3,9.50,2026-12-24',
  ].join('\n')

  /** Damage: cut short, garbage bytes spliced in, another encoding, odd line ends, random cells. */
  const damaged = fc.oneof(
    fc.integer({ min: 0, max: good.length }).map((n) => Buffer.from(good.slice(0, n))),
    fc.tuple(fc.integer({ min: 0, max: good.length }), fc.uint8Array({ minLength: 1, maxLength: 12 })).map(([at, bytes]) =>
      Buffer.concat([Buffer.from(good.slice(0, at)), Buffer.from(bytes), Buffer.from(good.slice(at))]),
    ),
    fc.constantFrom('latin1', 'utf16le', 'ucs2').map((enc) => Buffer.from(`${good}\nD4,ALFKI,NW-011,1,,,Crème brûlée ✓`, enc as BufferEncoding)),
    fc.constant(Buffer.from(good.replace(/\n/g, '\r'))),
    fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 5 }), nasty).map(([row, col, v]) => {
      const rows = good.split('\n').map((l) => l.split(','))
      rows[row]![col] = `"${v.replace(/"/g, '""')}"`
      return Buffer.from(rows.map((r) => r.join(',')).join('\n'))
    }),
  )

  it.skipIf(!HAS_IMPORT)('import orders: damaged files never crash; rejected orders are not written, imported ones are whole (skipped while `import` is not built)', async () => {
    let k = 0
    await fc.assert(
      fc.asyncProperty(damaged, fc.constantFrom('csv', 'json', 'jsonl'), async (bytes, format) => {
        const file = join(desk.dir, `damaged-${k++}.${format}`)
        writeFileSync(file, bytes)
        const args = ['import', 'orders', file, '--json']
        const before = { events: await events(), orders: await count('select count(*) from orders'), maxId: await count('select coalesce(max(id), 0) from orders') }
        const r = await desk.run(args)
        expectClean(r, args)
        const added = await count('select count(*) from orders') - before.orders
        const summary = r.stdout ? JSON.parse(r.stdout) : null
        if (summary) {
          expect(added).toBe(summary.ordersImported)
          for (const rej of summary.rejected ?? []) {
            expect(await count('select count(*) from orders where id > ? and ext_ref = ?', before.maxId, String(rej.ref)), `rejected ${rej.ref} was written`).toBe(0)
          }
        } else expect(added).toBe(0)
        // what was written: one inquiry.new per new order, and the record of the run
        expect(await count("select count(*) from events where id > ? and action = 'inquiry.new'", before.events)).toBe(added)
        expect(await count("select count(*) from events where id > ? and action not in ('inquiry.new', 'import.run')", before.events)).toBe(0)
        expect(await count(`select count(*) from orders o where not exists (select 1 from order_lines l where l.order_id = o.id)`)).toBe(0)
      }),
      params,
    )
  })
})
