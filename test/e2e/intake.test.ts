import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { tempDesk, type Desk } from '../helpers/cli.js'

let desk: Desk
beforeEach(async () => {
  desk = await tempDesk()
})
afterEach(() => desk.cleanup())

async function newInquiry(args: string[]): Promise<string> {
  const r = await desk.json(['inquiry', 'new', ...args])
  return r.order.number as string
}

async function stock(sku: string) {
  const [row] = await desk.json(['stock', 'show', sku])
  return row as { sku: string; onHand: number; reserved: number; available: number }
}

/** A fingerprint of everything a refused command must leave untouched. */
async function snapshot(number?: string) {
  const orders = await desk.json(['order', 'list', '--limit', '0'])
  const stockRows = await desk.json(['stock', 'show'])
  const order = number ? await desk.json(['order', 'show', number]) : null
  return { orders, stockRows, order }
}

describe('in-stock path: inquiry → offered → contracted', () => {
  it('records, offers today and reserves stock at signing', async () => {
    const n = await newInquiry(['--customer', 'ALFKI', '--item', 'NW-011=5', '--item', 'NW-001=2@17.50', '--requested', '2026-12-10', '--channel', 'fax', '--source-ref', 'FAX-1', '--note', 'call back'])
    expect(n).toBe('26-00001')
    let o = await desk.json(['order', 'show', n])
    expect(o).toMatchObject({
      number: n,
      status: 'inquiry',
      revision: 1,
      customer: 'ALFKI',
      channel: 'fax',
      sourceRef: 'FAX-1',
      requestedDate: '2026-12-10',
      promisedDate: null,
      total: '140.00',
      paid: '0.00',
      paymentStatus: 'unpaid',
    })
    expect(o.lines.map((l: any) => [l.sku, l.qty, l.unitPrice, l.amount, l.source])).toEqual([
      ['NW-011', 5, '21.00', '105.00', null],
      ['NW-001', 2, '17.50', '35.00', null],
    ])

    const check = await desk.json(['stock', 'check', n])
    expect(check.order.status).toBe('offered')
    expect(check.order.promisedDate).toBe('2026-11-26')
    expect(check.check.lines).toEqual([
      { lineNo: 1, sku: 'NW-011', qty: 5, available: 22, shortfall: 0, source: 'stock', date: '2026-11-26' },
      { lineNo: 2, sku: 'NW-001', qty: 2, available: 39, shortfall: 0, source: 'stock', date: '2026-11-26' },
    ])
    expect(await stock('NW-011')).toMatchObject({ onHand: 22, reserved: 0, available: 22 })

    const signed = await desk.json(['contract', 'sign', n, '--payment-method', 'transfer', '--payment-due', '2026-12-01', '--deposit', '30'])
    expect(signed.contract).toBe(`${n}-CT1`)
    expect(signed.order).toMatchObject({ status: 'contracted', revision: 3, paymentStatus: 'unpaid' })
    expect(signed.order.contract).toMatchObject({ number: `${n}-CT1`, paymentMethod: 'transfer', paymentDue: '2026-12-01', depositPercent: 30, signedBy: 'li' })
    expect(await stock('NW-011')).toMatchObject({ onHand: 22, reserved: 5, available: 17 })
    expect(await stock('NW-001')).toMatchObject({ onHand: 39, reserved: 2, available: 37 })

    o = await desk.json(['order', 'show', n])
    expect(o.events.map((e: any) => [e.action, e.from, e.to, e.actor])).toEqual([
      ['inquiry.new', null, 'inquiry', 'li'],
      ['stock.check', 'inquiry', 'offered', 'li'],
      ['contract.sign', 'offered', 'contracted', 'li'],
    ])
    expect(o.documents).toEqual([expect.objectContaining({ kind: 'contract', number: `${n}-CT1`, status: 'signed' })])
  })

  it('shows the order to a clerk with lines, documents and timeline', async () => {
    const n = await newInquiry(['--customer', 'VINET', '--item', 'NW-011=3'])
    await desk.run(['stock', 'check', n])
    const r = await desk.run(['order', 'show', n])
    expect(r.exitCode).toBe(0)
    expect(r.stdout).toContain(`Order ${n}  offered  revision 2`)
    expect(r.stdout).toMatch(/NW-011\s+Queso Cabrales\s+3\s+case\s+21\.00\s+63\.00\s+stock/)
    expect(r.stdout).toContain('Timeline')
    expect(r.stdout).toContain(`Next: orderdesk contract sign ${n}`)
  })
})

describe('make-to-order path', () => {
  it('takes MC dates for the shortfall and promises the latest line date', async () => {
    const n = await newInquiry(['--customer', 'ALFKI', '--item', 'NW-011=30', '--item', 'NW-017=10', '--requested', '2026-12-20'])
    const missing = await desk.run(['stock', 'check', n])
    expect(missing.exitCode).toBe(2)
    expect(missing.stderr).toContain('--mc-date NW-011=<date>')
    expect(missing.stderr).toContain('--mc-date NW-017=<date>')
    expect((await desk.json(['order', 'show', n])).status).toBe('inquiry')

    const r = await desk.json(['stock', 'check', n, '--mc-date', 'NW-011=2026-12-10', '--mc-date', 'NW-017=2026-12-18'])
    expect(r.order).toMatchObject({ status: 'offered', promisedDate: '2026-12-18' })
    expect(r.check.lines).toEqual([
      { lineNo: 1, sku: 'NW-011', qty: 30, available: 22, shortfall: 8, source: 'production', date: '2026-12-10' },
      { lineNo: 2, sku: 'NW-017', qty: 10, available: 0, shortfall: 10, source: 'production', date: '2026-12-18' },
    ])
    expect(r.order.lines.map((l: any) => [l.sku, l.source, l.stockQty, l.shortfall, l.date])).toEqual([
      ['NW-011', 'production', 22, 8, '2026-12-10'],
      ['NW-017', 'production', 0, 10, '2026-12-18'],
    ])
    const human = await desk.run(['stock', 'check', n, '--mc-date', 'NW-011=2026-12-10', '--mc-date', 'NW-017=2026-12-18'])
    expect(human.stdout).toContain('Tell the customer: we can deliver by 2026-12-18 — the requested 2026-12-20 can be met')

    const signed = await desk.json(['contract', 'sign', n, '--payment-method', 'transfer', '--payment-due', '+14'])
    expect(signed.order.status).toBe('contracted')
    expect(signed.reserved).toEqual([{ sku: 'NW-011', qty: 22 }])
    expect(await stock('NW-011')).toMatchObject({ onHand: 22, reserved: 22, available: 0 })
    expect(await stock('NW-017')).toMatchObject({ onHand: 0, reserved: 0 })
  })

  it('--use-lead-times takes the lead-day proposal', async () => {
    const n = await newInquiry(['--customer', 'ALFKI', '--item', 'NW-017=4'])
    const r = await desk.json(['stock', 'check', n, '--use-lead-times'])
    expect(r.order.promisedDate).toBe('2026-12-17') // NW-017 has 21 lead days
  })

  it('refuses an MC date in the past or for a product not on the order', async () => {
    const n = await newInquiry(['--customer', 'ALFKI', '--item', 'NW-017=4'])
    const past = await desk.run(['stock', 'check', n, '--mc-date', 'NW-017=2026-11-01'])
    expect(past.exitCode).toBe(2)
    expect(past.stderr).toContain('mc-date for NW-017 "2026-11-01"')
    const other = await desk.run(['stock', 'check', n, '--mc-date', 'NW-001=2026-12-01'])
    expect(other.exitCode).toBe(2)
    expect(other.stderr).toContain('NW-001')
    expect((await desk.json(['order', 'show', n])).status).toBe('inquiry')
  })
})

describe('lost inquiries', () => {
  it('a short product that is not producible ends the inquiry as lost', async () => {
    const n = await newInquiry(['--customer', 'ALFKI', '--item', 'NW-011=2', '--item', 'NW-005=3'])
    const r = await desk.json(['stock', 'check', n, '--mc-date', 'NW-005=2026-12-20'])
    expect(r.order.status).toBe('lost')
    expect(r.order.lostReason).toBe('NW-005 is short by 3 and is not producible')
    expect(r.order.promisedDate).toBeNull()
    const again = await desk.run(['contract', 'sign', n, '--payment-method', 'cash', '--payment-due', '+1'])
    expect(again.exitCode).toBe(4)
  })

  it('MC says it cannot be produced (--not-producible with a reason)', async () => {
    const n = await newInquiry(['--customer', 'ALFKI', '--item', 'NW-017=3'])
    const noReason = await desk.run(['stock', 'check', n, '--not-producible', 'NW-017'])
    expect(noReason.exitCode).toBe(2)
    expect(noReason.stderr).toContain('--reason')
    const r = await desk.json(['stock', 'check', n, '--not-producible', 'NW-017', '--reason', 'mould broken'])
    expect(r.order).toMatchObject({ status: 'lost', lostReason: 'NW-017 cannot be produced: mould broken' })
  })

  it('the customer declines: inquiry drop', async () => {
    const n = await newInquiry(['--customer', 'ALFKI', '--item', 'NW-011=2'])
    await desk.run(['stock', 'check', n])
    const r = await desk.json(['inquiry', 'drop', n, '--reason', 'price too high'])
    expect(r.order).toMatchObject({ status: 'lost', lostReason: 'price too high' })
    expect(r.order.events.at(-1)).toMatchObject({ action: 'inquiry.drop', from: 'offered', to: 'lost' })
  })
})

describe('refused transitions change nothing (exit 4)', () => {
  it('contract sign on an inquiry', async () => {
    const n = await newInquiry(['--customer', 'ALFKI', '--item', 'NW-011=2'])
    const before = await snapshot(n)
    const r = await desk.run(['contract', 'sign', n, '--payment-method', 'transfer', '--payment-due', '2026-12-01'])
    expect(r.exitCode).toBe(4)
    expect(r.stderr).toBe(
      `orderdesk: cannot sign the contract for order ${n}: it is inquiry (\`contract sign\` needs offered); next for this order: orderdesk stock check ${n}`,
    )
    expect(await snapshot(n)).toEqual(before)
  })

  it('stock check, inquiry drop and contract sign on a contracted order', async () => {
    const n = await newInquiry(['--customer', 'ALFKI', '--item', 'NW-011=2'])
    await desk.run(['stock', 'check', n])
    await desk.run(['contract', 'sign', n, '--payment-method', 'transfer', '--payment-due', '2026-12-01'])
    const before = await snapshot(n)
    for (const args of [
      ['stock', 'check', n],
      ['inquiry', 'drop', n, '--reason', 'x'],
      ['contract', 'sign', n, '--payment-method', 'cash', '--payment-due', '2026-12-01'],
    ]) {
      const r = await desk.run(args)
      expect(r.exitCode, args.join(' ')).toBe(4)
      expect(r.stderr).toContain('it is contracted')
    }
    expect(await snapshot(n)).toEqual(before)
  })

  it('a lost inquiry cannot be dropped again or checked', async () => {
    const n = await newInquiry(['--customer', 'ALFKI', '--item', 'NW-011=2'])
    await desk.run(['inquiry', 'drop', n, '--reason', 'no'])
    const before = await snapshot(n)
    expect((await desk.run(['inquiry', 'drop', n, '--reason', 'again'])).exitCode).toBe(4)
    expect((await desk.run(['stock', 'check', n])).exitCode).toBe(4)
    expect(await snapshot(n)).toEqual(before)
  })

  it('a stale revision is refused', async () => {
    const n = await newInquiry(['--customer', 'ALFKI', '--item', 'NW-011=2'])
    await desk.run(['stock', 'check', n])
    const r = await desk.run(['contract', 'sign', n, '--payment-method', 'cash', '--payment-due', '+3', '--revision', '1'])
    expect(r.exitCode).toBe(4)
    expect(r.stderr).toContain('changed meanwhile (revision 2, you saw 1)')
    expect((await desk.json(['order', 'show', n])).status).toBe('offered')
  })

  it('roles: an MC user may not sign a contract, an unknown user may do nothing', async () => {
    const n = await newInquiry(['--customer', 'ALFKI', '--item', 'NW-011=2'])
    await desk.run(['stock', 'check', n])
    const mc = await desk.run(['contract', 'sign', n, '--payment-method', 'cash', '--payment-due', '+3'], { user: 'zhao' })
    expect(mc.exitCode).toBe(4)
    expect(mc.stderr).toBe('orderdesk: zhao is mc; signing a contract needs role clerk or manager')
    const nobody = await desk.run(['order', 'list'], { user: 'bob' })
    expect(nobody.exitCode).toBe(4)
    expect(nobody.stderr).toContain('user "bob" is not an orderdesk user')
    expect((await desk.json(['order', 'show', n])).status).toBe('offered')
  })
})

describe('missing flags under --no-input (exit 2, naming them)', () => {
  it.each([
    [['inquiry', 'new'], ['`--customer`', '`--item <sku>=<qty>`']],
    [['inquiry', 'new', '--customer', 'ALFKI'], ['`--item <sku>=<qty>`']],
    [['contract', 'sign', '26-00001'], ['`--payment-method`', '`--payment-due`']],
    [['inquiry', 'drop', '26-00001'], ['`--reason`']],
    [['customer', 'add', '--code', 'X1'], ['`--name`']],
    [['product', 'add', '--sku', 'P1'], ['`--name`', '`--price`']],
    [['stock', 'adjust', '--sku', 'NW-001'], ['`--qty`', '`--reason`']],
  ])('%j', async (args, flags) => {
    const r = await desk.run([...args, '--no-input'])
    expect(r.exitCode).toBe(2)
    expect(r.stderr).toMatch(/^orderdesk: must provide .* when not running interactively$/)
    for (const f of flags) expect(r.stderr).toContain(f)
    expect(r.stdout).toBe('')
  })

  it('also with ORDERDESK_NO_INPUT=1, and as JSON on stderr with --json', async () => {
    const r = await desk.run(['inquiry', 'new', '--json'], { env: { ORDERDESK_NO_INPUT: '1' } })
    expect(r.exitCode).toBe(2)
    expect(JSON.parse(r.stderr)).toEqual({
      error: {
        code: 'usage',
        message: 'must provide `--customer`, `--item <sku>=<qty>` when not running interactively',
        details: { missing: ['--customer', '--item <sku>=<qty>'] },
      },
    })
    expect(r.stdout).toBe('')
  })
})

describe('bad values (exit 2, nothing written)', () => {
  it.each([
    [['--customer', 'NOPE', '--item', 'NW-011=1'], 'invalid customer "NOPE"'],
    [['--customer', 'ALFKI', '--item', 'XX-999=1'], 'invalid sku "XX-999"'],
    [['--customer', 'ALFKI', '--item', 'NW-011=0'], 'invalid qty for NW-011 "0"'],
    [['--customer', 'ALFKI', '--item', 'NW-011=-1'], 'invalid qty for NW-011 "-1"'],
    [['--customer', 'ALFKI', '--item', 'NW-011=1.5'], 'invalid qty for NW-011 "1.5"'],
    [['--customer', 'ALFKI', '--item', 'NW-011=abc'], 'invalid qty for NW-011 "abc"'],
    [['--customer', 'ALFKI', '--item', 'NW-011'], 'invalid item "NW-011"'],
    [['--customer', 'ALFKI', '--item', 'NW-011=2@1.234'], 'invalid price for NW-011 "1.234": at most two decimals'],
    [['--customer', 'ALFKI', '--item', 'NW-011=2@-3'], 'invalid price for NW-011 "-3"'],
    [['--customer', 'ALFKI', '--item', 'NW-011=2', '--requested', '2026-13-01'], 'invalid requested "2026-13-01"'],
    [['--customer', 'ALFKI', '--item', 'NW-011=2', '--requested', '2026-02-30'], 'invalid requested "2026-02-30"'],
    [['--customer', 'ALFKI', '--item', 'NW-011=2', '--requested', 'soon'], 'invalid requested "soon"'],
    [['--customer', 'ALFKI', '--item', 'NW-011=2', '--requested', '2026-11-01'], 'must not be before the order date'],
    [['--customer', 'ALFKI', '--item', 'NW-011=2', '--channel', 'pigeon'], 'invalid --channel "pigeon"'],
  ])('inquiry new %j', async (args, message) => {
    const r = await desk.run(['inquiry', 'new', ...args])
    expect(r.exitCode).toBe(2)
    expect(r.stderr).toContain(message)
    expect(r.stderr.split('\n')).toHaveLength(1)
    expect(r.stderr).not.toMatch(/at .*\.js/)
    expect(await desk.json(['order', 'list'])).toEqual([])
  })

  it.each([
    [['--payment-method', 'cash', '--payment-due', 'someday'], 'invalid payment-due "someday"'],
    [['--payment-method', 'cash', '--payment-due', '2026-11-25'], 'must not be before today'],
    [['--payment-method', 'cash', '--payment-due', '+3', '--deposit', '101'], 'invalid --deposit "101"'],
    [['--payment-method', 'cash', '--payment-due', '+3', '--deposit', '-5'], 'invalid --deposit "-5"'],
  ])('contract sign %j', async (args, message) => {
    const n = await newInquiry(['--customer', 'ALFKI', '--item', 'NW-011=2'])
    await desk.run(['stock', 'check', n])
    const r = await desk.run(['contract', 'sign', n, ...args])
    expect(r.exitCode).toBe(2)
    expect(r.stderr).toContain(message)
    expect((await desk.json(['order', 'show', n])).status).toBe('offered')
    expect(await stock('NW-011')).toMatchObject({ reserved: 0 })
  })
})

describe('two orders competing for the last units', () => {
  it('the second contract sign is refused and tells the clerk to re-check', async () => {
    const a = await newInquiry(['--customer', 'ALFKI', '--item', 'NW-011=15'])
    const b = await newInquiry(['--customer', 'VINET', '--item', 'NW-011=10'])
    await desk.run(['stock', 'check', a])
    await desk.run(['stock', 'check', b])
    expect((await desk.json(['order', 'show', b])).status).toBe('offered')
    expect((await desk.run(['contract', 'sign', a, '--payment-method', 'transfer', '--payment-due', '+7'])).exitCode).toBe(0)
    const before = await snapshot(b)
    const r = await desk.run(['contract', 'sign', b, '--payment-method', 'transfer', '--payment-due', '+7'])
    expect(r.exitCode).toBe(4)
    expect(r.stderr).toBe(
      `orderdesk: stock for NW-011 has gone since the offer: order ${b} needs 10, 7 available; run \`orderdesk stock check ${b}\` again`,
    )
    expect(await snapshot(b)).toEqual(before)
    expect(await stock('NW-011')).toMatchObject({ onHand: 22, reserved: 15, available: 7 })
    // re-checking now offers 7 from stock and the rest from production
    const re = await desk.json(['stock', 'check', b, '--mc-date', 'NW-011=2026-12-15'])
    expect(re.check.lines[0]).toMatchObject({ available: 7, shortfall: 3, source: 'production' })
  })

  it('signed at the same moment by two clerks, exactly one wins', async () => {
    const a = await newInquiry(['--customer', 'ALFKI', '--item', 'NW-011=15'])
    const b = await newInquiry(['--customer', 'VINET', '--item', 'NW-011=10'])
    await desk.run(['stock', 'check', a])
    await desk.run(['stock', 'check', b])
    const results = await Promise.all([
      desk.run(['contract', 'sign', a, '--payment-method', 'transfer', '--payment-due', '+7'], { user: 'li' }),
      desk.run(['contract', 'sign', b, '--payment-method', 'transfer', '--payment-due', '+7'], { user: 'chen' }),
    ])
    expect(results.map((r) => r.exitCode).sort()).toEqual([0, 4])
    const s = await stock('NW-011')
    expect(s.onHand).toBe(22)
    expect([15, 10]).toContain(s.reserved)
  })
})

describe('JSON output', () => {
  it('order show --json has the SPEC §5 fields', async () => {
    const n = await newInquiry(['--customer', 'ALFKI', '--item', 'NW-011=2', '--rush'])
    const o = await desk.json(['order', 'show', n])
    for (const key of ['number', 'status', 'revision', 'customer', 'requestedDate', 'promisedDate', 'total', 'paid', 'paymentStatus', 'lines', 'productionOrders', 'changes', 'shipments', 'events']) {
      expect(o, key).toHaveProperty(key)
    }
    expect(o.rush).toBe(true)
    expect(Object.keys(o.lines[0])).toEqual(expect.arrayContaining(['sku', 'qty', 'unitPrice', 'source']))
    expect(Object.keys(o.events[0])).toEqual(expect.arrayContaining(['at', 'actor', 'action', 'from', 'to']))
    expect(o.total).toMatch(/^\d+\.\d{2}$/)
  })

  it('order list filters by status, customer and needs-action', async () => {
    const a = await newInquiry(['--customer', 'ALFKI', '--item', 'NW-011=2'])
    const b = await newInquiry(['--customer', 'VINET', '--item', 'NW-011=2'])
    const c = await newInquiry(['--customer', 'VINET', '--item', 'NW-011=2'])
    await desk.run(['stock', 'check', b])
    await desk.run(['inquiry', 'drop', c, '--reason', 'no'])
    expect((await desk.json(['order', 'list'])).map((o: any) => o.number)).toEqual([c, b, a])
    expect((await desk.json(['order', 'list', '--status', 'offered'])).map((o: any) => o.number)).toEqual([b])
    expect((await desk.json(['order', 'list', '--status', 'inquiry,lost'])).map((o: any) => o.number)).toEqual([c, a])
    expect((await desk.json(['order', 'list', '--customer', 'VINET'])).map((o: any) => o.number)).toEqual([c, b])
    const needs = await desk.json(['order', 'list', '--needs-action'])
    expect(needs.map((o: any) => [o.number, o.nextAction])).toEqual([
      [a, `orderdesk stock check ${a}`],
      [b, `orderdesk contract sign ${b}`],
    ])
    expect((await desk.json(['order', 'list', '--limit', '1'])).length).toBe(1)
    expect((await desk.run(['order', 'list', '--status', 'bogus'])).exitCode).toBe(2)
  })

  it('stock show --json is an array of {sku, name, onHand, reserved, available}', async () => {
    const rows = await desk.json(['stock', 'show', 'NW-011', 'NW-017'])
    expect(rows).toEqual([
      { sku: 'NW-011', name: 'Queso Cabrales', unit: 'case', onHand: 22, reserved: 0, available: 22 },
      { sku: 'NW-017', name: 'Alice Mutton', unit: 'case', onHand: 0, reserved: 0, available: 0 },
    ])
  })

  it('not found is exit 3, as JSON on stderr with --json', async () => {
    const r = await desk.run(['order', 'show', '26-99999', '--json'])
    expect(r.exitCode).toBe(3)
    expect(r.stdout).toBe('')
    expect(JSON.parse(r.stderr).error).toMatchObject({ code: 'not_found' })
  })
})
