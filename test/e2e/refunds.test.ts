import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEMO_PIN, tempDesk, type Desk } from '../helpers/cli.js'

/** Issue 19 §6: refunds, payment numbers, voids and returns after delivery. */
let desk: Desk
beforeEach(async () => {
  desk = await tempDesk()
})
afterEach(() => desk.cleanup())

const asManager = { user: 'wang', env: { ORDERDESK_PIN: DEMO_PIN } }
const finance = { user: 'wu' }
const show = (n: string) => desk.json(['order', 'show', n])
const stock = async (sku: string) => (await desk.json(['stock', 'show', sku]))[0] as { onHand: number; reserved: number; available: number }

/** NW-011=5 + NW-001=10: total 285.00, deposit 30 % = 85.50. */
async function contracted(): Promise<string> {
  const n = (await desk.json(['inquiry', 'new', '--customer', 'ALFKI', '--item', 'NW-011=5', '--item', 'NW-001=10'])).order.number
  await desk.json(['stock', 'check', n])
  await desk.json(['contract', 'sign', n, '--payment-method', 'transfer', '--payment-due', '+7', '--deposit', '30'])
  return n
}

/** Contracted, paid in full, confirmed, shipped and delivered: completed. */
async function completed(): Promise<string> {
  const n = await contracted()
  await desk.json(['payment', 'record', n, '--amount', '285.00'])
  expect((await desk.json(['order', 'confirm', n], asManager)).order.status).toBe('ready')
  await desk.json(['ship', n, '--date', '2026-11-26'])
  await desk.json(['ship', 'send', n], { user: 'zhou' })
  expect((await desk.json(['ship', 'deliver', n], { user: 'zhou' })).order.status).toBe('completed')
  return n
}

async function cancel(n: string): Promise<any> {
  await desk.json(['change', 'request', n, '--cancel', '--source-ref', 'FAX-9', '--channel', 'fax'])
  return (await desk.json(['change', 'confirm', `${n}-CR1`, '--customer', 'accept'])).order
}

describe('money paid on a cancelled order goes back', () => {
  it('cancel after an 85.50 deposit: refund_due, balance -85.50; payment refund 85.50 → balance 0.00, refunded', async () => {
    const n = await contracted()
    await desk.json(['payment', 'record', n, '--amount', '85.50', '--ref', 'ICBC-1'])
    const o = await cancel(n)
    expect(o).toMatchObject({ status: 'cancelled', total: '0.00', paid: '85.50', balance: '-85.50', paymentStatus: 'refund_due' })
    expect((await desk.run(['order', 'show', n])).stdout).toContain('balance due -85.50   payment refund_due')

    // too much, and the wrong role: refused, nothing written
    const before = await show(n)
    const tooMuch = await desk.run(['payment', 'refund', n, '--amount', '85.51'], finance)
    expect([tooMuch.exitCode, tooMuch.stderr]).toEqual([4, `orderdesk: refund of 85.51 is more than order ${n} can give back: paid 85.50, total 0.00, due back 85.50`])
    const clerk = await desk.run(['payment', 'refund', n, '--amount', '85.50'])
    expect([clerk.exitCode, clerk.stderr]).toEqual([4, 'orderdesk: li is clerk; recording a refund needs role finance or manager'])
    expect((await desk.run(['payment', 'refund', n])).exitCode).toBe(2) // --amount needed off a terminal
    expect(await show(n)).toEqual(before)

    const r = await desk.run(['payment', 'refund', n, '--amount', '85.50', '--ref', 'ICBC-2', '--reason', 'order cancelled'], finance)
    expect(r.exitCode).toBe(0)
    expect(r.stderr).toContain(`✓ refund ${n}-PM2 of 85.50 recorded for order ${n}: paid 0.00 of 0.00 (refunded)`)
    const after = await show(n)
    expect(after).toMatchObject({ paid: '0.00', balance: '0.00', paymentStatus: 'refunded', refunded: '85.50' })
    expect(after.payments).toEqual([
      { number: `${n}-PM1`, kind: 'payment', amount: '85.50', method: null, ref: 'ICBC-1', date: '2026-11-26', recordedBy: 'li', voided: null },
      { number: `${n}-PM2`, kind: 'refund', amount: '85.50', method: null, ref: 'ICBC-2', date: '2026-11-26', recordedBy: 'wu', voided: null },
    ])
    expect(after.events.at(-1)).toMatchObject({ action: 'payment.refund', actor: 'wu', data: { payment: `${n}-PM2`, amount: 8550, reason: 'order cancelled', paid: 0, paymentStatus: 'refunded' } })
    // nothing more to give back
    expect((await desk.run(['payment', 'refund', n, '--amount', '0.01'], asManager)).exitCode).toBe(4)
    expect((await desk.json(['report', 'status'])).money.day.received).toBe('0.00') // 85.50 in, 85.50 back
    const view = (await desk.run(['order', 'show', n])).stdout
    expect(view).toContain('payment refunded   refunded 85.50')
    expect(view).toMatch(new RegExp(`${n}-PM2 +2026-11-26 +refund +-85\\.50 +ICBC-2 +wu`)) // issue 19: refundforms adds the Kind column
    expect((await desk.run(['audit', 'verify'])).exitCode).toBe(0)
  })

  it('in Chinese the statuses have their names', async () => {
    const n = await contracted()
    await desk.json(['payment', 'record', n, '--amount', '85.50'])
    await cancel(n)
    expect((await desk.run(['order', 'show', n, '--lang', 'zh-CN'])).stdout).toContain('付款状态 待退款')
    await desk.json(['payment', 'refund', n, '--amount', '85.50'], finance)
    expect((await desk.run(['order', 'show', n, '--lang', 'zh-CN'])).stdout).toContain('付款状态 已退款')
  })
})

describe('a mistyped payment is voided, never deleted', () => {
  it('payment numbers PM1, PM2; void PM2: stays, marked voided, paid back down, on the timeline; twice refused', async () => {
    const n = await contracted()
    await desk.json(['payment', 'record', n, '--amount', '85.50'])
    const typo = await desk.json(['payment', 'record', n, '--amount', '855.00', '--allow-overpay'])
    expect(typo.order.payments.map((p: any) => [p.number, p.kind, p.amount])).toEqual([
      [`${n}-PM1`, 'payment', '85.50'],
      [`${n}-PM2`, 'payment', '855.00'],
    ])
    expect(typo.order).toMatchObject({ paid: '940.50', paymentStatus: 'refund_due' })

    expect((await desk.run(['payment', 'void', `${n}-PM2`])).exitCode).toBe(2) // --reason needed
    const clerk = await desk.run(['payment', 'void', `${n}-PM2`, '--reason', 'typo'])
    expect([clerk.exitCode, clerk.stderr]).toEqual([4, 'orderdesk: li is clerk; voiding a payment needs role finance or manager'])
    const missing = await desk.run(['payment', 'void', `${n}-PM9`, '--reason', 'typo'], finance)
    expect(missing.exitCode).toBe(3)

    const v = await desk.json(['payment', 'void', `${n}-PM2`, '--reason', 'typed 855.00 for 85.50'], finance)
    expect(v.payment).toBe(`${n}-PM2`)
    expect(v.order).toMatchObject({ paid: '85.50', balance: '199.50', paymentStatus: 'deposit_met' })
    expect(v.order.payments[1]).toMatchObject({ number: `${n}-PM2`, amount: '855.00', voided: { by: 'wu', date: '2026-11-26', reason: 'typed 855.00 for 85.50' } })
    expect(v.order.events.at(-1)).toMatchObject({ action: 'payment.void', actor: 'wu', data: { payment: `${n}-PM2`, kind: 'payment', amount: 85500, reason: 'typed 855.00 for 85.50', paid: 8550 } })

    const again = await desk.run(['payment', 'void', `${n}-PM2`, '--reason', 'again'], asManager)
    expect([again.exitCode, again.stderr]).toEqual([4, `orderdesk: payment ${n}-PM2 was already voided by wu on 2026-11-26 (typed 855.00 for 85.50); nothing was changed`])

    const view = (await desk.run(['order', 'show', n])).stdout
    expect(view).toContain('voided by wu 2026-11-26: typed 855.00 for 85.50')
    expect(view).toMatch(/wu +payment\.void +.*typed 855\.00 for 85\.50.*26-\d{5}-PM2/)
    // the status report's money received counts the void (85.50, not 940.50)
    expect((await desk.json(['report', 'status'])).money.day.received).toBe('85.50')
    // the next payment gets the next number
    const next = await desk.json(['payment', 'record', n, '--amount', '10'])
    expect(next.order.payments.at(-1)).toMatchObject({ number: `${n}-PM3`, kind: 'payment', voided: null })
    expect((await desk.run(['audit', 'verify'])).exitCode).toBe(0)
  })

  it('a voided refund gives the money back to paid; a payment already refunded cannot be voided first', async () => {
    const n = await contracted()
    await desk.json(['payment', 'record', n, '--amount', '85.50'])
    await cancel(n)
    await desk.json(['payment', 'refund', n, '--amount', '85.50'], finance)
    const first = await desk.run(['payment', 'void', `${n}-PM1`, '--reason', 'x'], finance)
    expect(first.exitCode).toBe(4)
    expect(first.stderr).toContain('void the refund first')
    const v = await desk.json(['payment', 'void', `${n}-PM2`, '--reason', 'refund never left the bank'], finance)
    expect(v.order).toMatchObject({ paid: '85.50', balance: '-85.50', paymentStatus: 'refund_due', refunded: '0.00' })
  })
})

describe('returns after delivery', () => {
  it('--refund: goods back into stock, the order owes their value back; payment refund settles it', async () => {
    const n = await completed()
    const before = await stock('NW-011')
    expect((await desk.run(['return', 'receive', n, '--item', 'NW-011=2', '--reason', 'wrong colour'])).exitCode).toBe(2) // --refund|--remake
    expect((await desk.run(['return', 'receive', n, '--item', 'NW-011=6', '--reason', 'x', '--refund'])).exitCode).toBe(2) // only 5 delivered
    expect((await desk.run(['return', 'receive', n, '--item', 'NW-011=2', '--reason', 'x', '--refund', '--remake'])).exitCode).toBe(2)
    expect((await desk.run(['return', 'receive', n, '--item', 'NW-011=2', '--reason', 'x', '--refund'], { user: 'zhou' })).exitCode).toBe(4)
    const r = await desk.json(['return', 'receive', n, '--item', 'NW-011=2', '--reason', 'wrong colour', '--refund'])
    expect(r.returns).toEqual([`${n}-RT1`])
    expect(r.order).toMatchObject({ status: 'completed', total: '243.00', paid: '285.00', balance: '-42.00', paymentStatus: 'refund_due' })
    expect(r.order.returns).toEqual([
      { number: `${n}-RT1`, sku: 'NW-011', qty: 2, reason: 'wrong colour', disposition: 'stock', outcome: 'refund', amount: '42.00', productionOrder: null, date: '2026-11-26', receivedBy: 'li' },
    ])
    expect(await stock('NW-011')).toMatchObject({ onHand: before.onHand + 2 })
    expect((await desk.run(['return', 'receive', n, '--item', 'NW-011=4', '--reason', 'x', '--refund'])).exitCode).toBe(2) // 3 left
    const f = await desk.json(['payment', 'refund', n, '--amount', '42.00'], finance)
    expect(f.order).toMatchObject({ balance: '0.00', paymentStatus: 'paid', paid: '243.00', refunded: '42.00' })
    expect((await desk.run(['audit', 'verify'])).exitCode).toBe(0)
  })

  it('--remake --scrap: nothing back into stock, a production order to MC, the order ships those goods again', async () => {
    const n = await completed()
    const before = await stock('NW-001')
    const r = await desk.json(['return', 'receive', n, '--item', 'NW-001=3', '--reason', 'water damage', '--scrap', '--remake'])
    expect(r.order).toMatchObject({ status: 'confirmed', total: '285.00', balance: '0.00', paymentStatus: 'paid' })
    expect(r.order.returns[0]).toMatchObject({ number: `${n}-RT1`, sku: 'NW-001', qty: 3, disposition: 'scrap', outcome: 'remake', amount: '0.00', productionOrder: `${n}-MO1` })
    // a remake takes effect when a manager signs it, like a production order a change adds
    expect(r.order.productionOrders).toEqual([expect.objectContaining({ number: `${n}-MO1`, sku: 'NW-001', qty: 3, status: 'awaiting_signoff', signedBy: null })])
    expect(await stock('NW-001')).toMatchObject({ onHand: before.onHand })
    const mo = r.order.productionOrders[0]
    await desk.json(['production', 'sign', mo.number], asManager)
    await desk.json(['production', 'accept', mo.number, '--date', '2026-11-30'], { user: mo.assignee })
    await desk.json(['production', 'done', mo.number], { user: mo.assignee })
    expect((await show(n)).status).toBe('ready')
    const ship = await desk.json(['ship', n, '--date', '2026-11-30'])
    expect(ship.order.shipments.at(-1).lines).toEqual([{ sku: 'NW-001', qty: 3 }])
    await desk.json(['ship', 'send', n], { user: 'zhou' })
    expect((await desk.json(['ship', 'deliver', n], { user: 'zhou' })).order.status).toBe('completed')
    expect((await desk.run(['audit', 'verify'])).exitCode).toBe(0)
  })

  it('before delivery a return is refused', async () => {
    const n = await contracted()
    const r = await desk.run(['return', 'receive', n, '--item', 'NW-011=1', '--reason', 'x', '--refund'])
    expect(r.exitCode).toBe(4)
  })
})
