import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEMO_PIN, tempDesk, type Desk } from '../helpers/cli.js'

let desk: Desk
beforeEach(async () => {
  desk = await tempDesk()
})
afterEach(() => desk.cleanup())

const asManager = { user: 'wang', env: { ORDERDESK_PIN: DEMO_PIN } }

async function stock(sku: string) {
  return (await desk.json(['stock', 'show', sku]))[0] as { onHand: number; reserved: number; available: number }
}
const show = (n: string, env?: Record<string, string>) => desk.json(['order', 'show', n], { env })

/** An order all from stock, confirmed and `ready`; paid as given. */
async function ready(items: string[], paid: string): Promise<string> {
  const n = (await desk.json(['inquiry', 'new', '--customer', 'ALFKI', ...items.flatMap((i) => ['--item', i])])).order.number
  await desk.json(['stock', 'check', n])
  await desk.json(['contract', 'sign', n, '--payment-method', 'transfer', '--payment-due', '+7', '--deposit', '30'])
  await desk.json(['payment', 'record', n, '--amount', paid])
  const r = await desk.json(['order', 'confirm', n], asManager)
  expect(r.order.status).toBe('ready')
  return n
}

describe('from ready to completed', () => {
  it('refused unpaid, manager override, partial shipment in two slips, stock after each step, late delivery, invoice, feedback, complaint', async () => {
    const n = await ready(['NW-011=5', 'NW-001=10'], '100.00') // total 285.00, deposit 85.50
    expect(await stock('NW-011')).toMatchObject({ onHand: 22, reserved: 5 })
    expect(await stock('NW-001')).toMatchObject({ onHand: 39, reserved: 10 })

    // 1. not paid: refused, nothing changes
    const before = await show(n)
    const unpaid = await desk.run(['ship', n, '--date', '2026-11-28'])
    expect(unpaid.exitCode).toBe(4)
    expect(unpaid.stderr).toBe(
      `orderdesk: order ${n} is not paid (deposit_met: 100.00 of 285.00); record the payment with \`orderdesk payment record ${n} --amount 185.00\`, or a manager may ship it with --allow-unpaid --reason`,
    )
    expect(await show(n)).toEqual(before)
    // a clerk cannot override; a manager without a reason is a usage error; a wrong PIN is refused
    expect((await desk.run(['ship', n, '--date', '2026-11-28', '--allow-unpaid', '--reason', 'x'], { env: { ORDERDESK_PIN: DEMO_PIN } })).exitCode).toBe(4)
    expect((await desk.run(['ship', n, '--date', '2026-11-28', '--allow-unpaid'], asManager)).exitCode).toBe(2)
    expect((await desk.run(['ship', n, '--date', '2026-11-28', '--allow-unpaid', '--reason', 'x'], { user: 'wang', env: { ORDERDESK_PIN: '0000' } })).exitCode).toBe(4)
    expect((await show(n)).shipments).toEqual([])

    // 2. manager override, partial: 3 of NW-011 on the first slip
    const p1 = await desk.json(['ship', n, '--date', '2026-11-28', '--item', 'NW-011=3', '--carrier', 'SF Express', '--allow-unpaid', '--reason', 'regular customer, pays on delivery'], asManager)
    expect(p1.shipment).toBe(`${n}-OS1`)
    expect(p1.order.status).toBe('shipping')
    expect(p1.order.shipments).toEqual([
      expect.objectContaining({
        number: `${n}-OS1`, status: 'planned', shipDate: '2026-11-28', carrier: 'SF Express',
        unpaidOverride: { reason: 'regular customer, pays on delivery', approvedBy: 'wang' },
        lines: [{ sku: 'NW-011', qty: 3 }],
      }),
    ])
    expect(p1.order.events.at(-1)).toMatchObject({ action: 'ship.plan', from: 'ready', to: 'shipping' })
    expect(await stock('NW-011')).toMatchObject({ onHand: 22, reserved: 5 }) // nothing left yet

    // 3. logistics sends it: on hand and reserved both fall by 3
    const s1 = await desk.json(['ship', 'send', n, '--tracking', 'SF-001'], { user: 'zhou' })
    expect(s1.order.status).toBe('shipping') // the rest has not gone
    expect(s1.order.shipments[0]).toMatchObject({ status: 'sent', sentDate: '2026-11-26', tracking: 'SF-001' })
    expect(await stock('NW-011')).toMatchObject({ onHand: 19, reserved: 2, available: 17 })
    expect(await stock('NW-001')).toMatchObject({ onHand: 39, reserved: 10 })

    // 4. the rest is paid and goes on a second slip
    await desk.json(['payment', 'record', n, '--amount', '185.00'])
    const tooMuch = await desk.run(['ship', n, '--date', '2026-11-29', '--item', 'NW-011=3'])
    expect(tooMuch.exitCode).toBe(2)
    expect(tooMuch.stderr).toContain('only 2 of NW-011 remain to ship')
    const p2 = await desk.json(['ship', n, '--date', '2026-11-29'])
    expect(p2.shipment).toBe(`${n}-OS2`)
    expect(p2.order.shipments[1].lines).toEqual([{ sku: 'NW-011', qty: 2 }, { sku: 'NW-001', qty: 10 }])
    expect(p2.order.shipments[1].unpaidOverride).toBeNull()
    const nothing = await desk.run(['ship', n, '--date', '2026-11-29'])
    expect(nothing.exitCode).toBe(4)
    expect(nothing.stderr).toContain('already on a shipment')
    const s2 = await desk.json(['ship', 'send', n], { user: 'zhou' })
    expect(s2.order.status).toBe('shipped')
    expect(await stock('NW-011')).toMatchObject({ onHand: 17, reserved: 0, available: 17 })
    expect(await stock('NW-001')).toMatchObject({ onHand: 29, reserved: 0, available: 29 })
    expect((await desk.run(['ship', 'send', n], { user: 'zhou' })).exitCode).toBe(4) // nothing waiting

    // 5. first arrives on time, second late
    const d1 = await desk.json(['ship', 'deliver', n, '--date', '2026-11-26'], { user: 'zhou' })
    expect(d1).toMatchObject({ shipment: `${n}-OS1`, onTime: true, daysLate: 0, order: { status: 'shipped', deliveredDate: null } })
    const d2 = await desk.json(['ship', 'deliver', n, '--date', '2026-12-01'], { user: 'zhou', env: { ORDERDESK_TODAY: '2026-12-02' } })
    expect(d2).toMatchObject({ shipment: `${n}-OS2`, onTime: false, daysLate: 5 })
    expect(d2.order).toMatchObject({ status: 'completed', deliveredDate: '2026-12-01', onTime: false })
    expect(d2.order.events.at(-1)).toMatchObject({ action: 'ship.deliver', from: 'shipped', to: 'completed' })

    // 6. invoice, feedback, complaint
    expect((await desk.run(['invoice', 'issue', n, '--number', 'INV-1'])).exitCode).toBe(4) // li is a clerk
    const inv = await desk.json(['invoice', 'issue', n, '--number', 'INV-1', '--amount', '200'], { user: 'wu' })
    expect(inv.order).toMatchObject({ total: '285.00', paid: '285.00', invoiced: '200.00', balance: '0.00' })
    const inv2 = await desk.json(['invoice', 'issue', n, '--number', 'INV-2'], { user: 'wu' })
    expect(inv2.order.invoiced).toBe('285.00')
    expect(inv2.order.invoices).toEqual([
      { number: 'INV-1', amount: '200.00', date: '2026-11-26', issuedBy: 'wu' },
      { number: 'INV-2', amount: '85.00', date: '2026-11-26', issuedBy: 'wu' },
    ])
    expect((await desk.run(['invoice', 'issue', n, '--number', 'INV-3'], { user: 'wu' })).exitCode).toBe(4)

    const fb = await desk.json(['feedback', 'add', n, '--rating', '4', '--comment', 'late but complete'])
    expect(fb.order.feedback).toEqual({ rating: 4, comment: 'late but complete', by: 'li', date: '2026-11-26' })
    const again = await desk.run(['feedback', 'add', n, '--rating', '5'])
    expect(again.exitCode).toBe(4)
    expect(again.stderr).toContain('use --replace')
    expect((await desk.json(['feedback', 'add', n, '--rating', '5', '--replace'])).order.feedback.rating).toBe(5)

    const c = await desk.json(['complaint', 'open', n, '--text', 'one case dented'])
    expect(c).toEqual({ id: 1, order: n, status: 'open', text: 'one case dented' })
    expect((await desk.json(['complaint', 'list', '--open'])).map((x: any) => [x.id, x.order, x.status])).toEqual([[1, n, 'open']])
    const res = await desk.json(['complaint', 'resolve', '1', '--resolution', 'credit note CN-7'])
    expect(res).toEqual({ id: 1, order: n, status: 'resolved', resolution: 'credit note CN-7' })
    expect(await desk.json(['complaint', 'list', '--open'])).toEqual([])
    expect((await desk.run(['complaint', 'resolve', '1', '--resolution', 'again'])).exitCode).toBe(4)
    expect((await desk.run(['complaint', 'resolve', '99', '--resolution', 'x'])).exitCode).toBe(3)
    const final = await show(n)
    expect(final.complaints).toEqual([
      expect.objectContaining({ id: 1, status: 'resolved', text: 'one case dented', resolution: 'credit note CN-7', resolvedBy: 'li' }),
    ])
    const human = await desk.run(['order', 'show', n])
    expect(human.stdout).toMatch(/Total\s+285\.00\s+paid 285\.00\s+invoiced 285\.00\s+balance due 0\.00/)
    expect(human.stdout).toContain('Delivered  2026-12-01 (late)')
    expect(human.stdout).toContain(`${n}-OS1 shipped before full payment, approved by wang: regular customer, pays on delivery`)
  })
})

describe('refused shipping steps change nothing (exit 4)', () => {
  it('ship on an order that is not ready, send and deliver out of order', async () => {
    const n = (await desk.json(['inquiry', 'new', '--customer', 'ALFKI', '--item', 'NW-011=1'])).order.number
    await desk.json(['stock', 'check', n])
    await desk.json(['contract', 'sign', n, '--payment-method', 'transfer', '--payment-due', '+7'])
    const before = await show(n)
    for (const args of [['ship', n, '--date', '2026-11-28'], ['ship', 'send', n], ['ship', 'deliver', n], ['feedback', 'add', n, '--rating', '5']]) {
      const r = await desk.run(args, { user: 'li' })
      expect(r.exitCode, args.join(' ')).toBe(4)
      expect(r.stderr).toContain('it is contracted')
    }
    expect(await show(n)).toEqual(before)
  })

  it('deliver before send, feedback before delivery, bad dates, wrong roles', async () => {
    const n = await ready(['NW-011=2'], '42.00')
    expect((await desk.run(['ship', n, '--date', '2026-11-25'])).exitCode).toBe(2) // before today
    expect((await desk.run(['ship', n])).exitCode).toBe(2) // --date missing
    expect((await desk.run(['ship', n, '--date', '+1'], { user: 'zhou' })).exitCode).toBe(4) // logistics does not plan
    await desk.json(['ship', n, '--date', '+1'])
    const before = await show(n)
    const d = await desk.run(['ship', 'deliver', n])
    expect(d.exitCode).toBe(4)
    expect(d.stderr).toContain('has no shipment on the way')
    expect((await desk.run(['feedback', 'add', n, '--rating', '5'])).exitCode).toBe(4)
    expect((await desk.run(['ship', 'send', n], { user: 'zhao' })).exitCode).toBe(4) // MC does not send
    expect(await show(n)).toEqual(before)
    await desk.json(['ship', 'send', n], { user: 'zhou' })
    expect((await desk.run(['ship', 'deliver', n, '--date', '2026-11-27'])).exitCode).toBe(2) // in the future
    expect((await desk.run(['ship', 'deliver', n, '--date', '2026-11-25'])).exitCode).toBe(2) // before it left
    expect((await desk.run(['feedback', 'add', n, '--rating', '0'])).exitCode).toBe(2)
  })
})

describe('order list --overdue', () => {
  it('lists orders past their promised date and not delivered', async () => {
    const late = await ready(['NW-011=1'], '21.00') // promised 2026-11-26
    const done = await ready(['NW-001=1'], '18.00')
    await desk.json(['ship', done, '--date', '2026-11-26'])
    await desk.json(['ship', 'send', done])
    await desk.json(['ship', 'deliver', done])
    const offer = (await desk.json(['inquiry', 'new', '--customer', 'ALFKI', '--item', 'NW-002=1'])).order.number
    await desk.json(['stock', 'check', offer])
    const env = { ORDERDESK_TODAY: '2026-12-01' }
    expect((await desk.json(['order', 'list', '--overdue'], { env })).map((o: any) => o.number)).toEqual([late])
    expect(await desk.json(['order', 'list', '--overdue'])).toEqual([]) // not overdue today
  })
})
