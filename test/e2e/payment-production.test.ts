import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEMO_PIN, tempDesk, type Desk } from '../helpers/cli.js'
// issue 19: the demo desk comes with the settings of its forms (the seller's block and the contract's terms)
import { northwind } from '../../src/demo/demo-data.js'

let desk: Desk
beforeEach(async () => {
  desk = await tempDesk()
})
afterEach(() => desk.cleanup())

const PIN = { ORDERDESK_PIN: DEMO_PIN }
const asManager = { user: 'wang', env: PIN }

/** inquiry → offered → contracted; returns the order number. */
async function contracted(items: string[], opts: { deposit?: string; rush?: boolean; customer?: string; mcDate?: string[] } = {}): Promise<string> {
  const n = (await desk.json(['inquiry', 'new', '--customer', opts.customer ?? 'ALFKI', ...items.flatMap((i) => ['--item', i]), ...(opts.rush ? ['--rush'] : [])])).order.number
  await desk.json(['stock', 'check', n, ...(opts.mcDate ?? []).flatMap((d) => ['--mc-date', d])])
  await desk.json(['contract', 'sign', n, '--payment-method', 'transfer', '--payment-due', '+7', '--deposit', opts.deposit ?? '100'])
  return n
}

async function stock(sku: string) {
  return (await desk.json(['stock', 'show', sku]))[0] as { onHand: number; reserved: number; available: number }
}

async function show(n: string) {
  return desk.json(['order', 'show', n])
}

describe('settings', () => {
  it('known keys only, validated, managers only', async () => {
    expect(await desk.json(['settings', 'show'])).toEqual({ 'quote.approvalAbove': null, 'quote.maxDiscount': null, 'quote.validityDays': null, 'desk.language': null, ...northwind.company, 'attach.maxBytes': null })
    expect((await desk.run(['settings', 'set', 'quote.approvalAbove', '5000'])).exitCode).toBe(4) // li is a clerk
    expect(await desk.json(['settings', 'set', 'quote.approvalAbove', '5000'], asManager)).toEqual({ 'quote.approvalAbove': '5000.00' })
    expect(await desk.json(['settings', 'set', 'quote.maxDiscount', '7.5%'], asManager)).toEqual({ 'quote.maxDiscount': '7.5' })
    const bad = await desk.run(['settings', 'set', 'quote.maxDiscount', '120'], asManager)
    expect(bad.exitCode).toBe(2)
    expect(bad.stderr).toContain('invalid quote.maxDiscount "120"')
    expect((await desk.run(['settings', 'set', 'quote.approvalAbove', '12.345'], asManager)).exitCode).toBe(2)
    const unknown = await desk.run(['settings', 'set', 'quote.colour', 'red'], asManager)
    expect(unknown.exitCode).toBe(2)
    expect(unknown.stderr).toContain('unknown setting; known: quote.approvalAbove, quote.maxDiscount')
    expect(await desk.json(['settings', 'show'])).toEqual({ 'quote.approvalAbove': '5000.00', 'quote.maxDiscount': '7.5', 'quote.validityDays': null, 'desk.language': null, ...northwind.company, 'attach.maxBytes': null })
    await desk.run(['settings', 'unset', 'quote.maxDiscount'], asManager)
    expect((await desk.json(['settings', 'show']))['quote.maxDiscount']).toBeNull()
  })
})

describe('quotation approval', () => {
  it('an offer over the threshold is refused at contract sign, approved by a manager, then signed', async () => {
    await desk.run(['settings', 'set', 'quote.approvalAbove', '100'], asManager)
    const n = (await desk.json(['inquiry', 'new', '--customer', 'ALFKI', '--item', 'NW-011=5'])).order.number // 105.00
    await desk.run(['stock', 'check', n])
    expect((await show(n)).quote).toMatchObject({ status: 'pending', reasons: ['total 105.00 is above 100.00'] })
    const before = await show(n)
    const refused = await desk.run(['contract', 'sign', n, '--payment-method', 'transfer', '--payment-due', '+7'])
    expect(refused.exitCode).toBe(4)
    expect(refused.stderr).toBe(
      `orderdesk: the quotation for order ${n} needs a manager's approval first (total 105.00 is above 100.00); ask a manager to run \`orderdesk quote approve ${n}\``,
    )
    expect(await show(n)).toEqual(before)
    expect((await stock('NW-011')).reserved).toBe(0)

    expect((await desk.run(['quote', 'approve', n])).exitCode).toBe(4) // a clerk cannot approve
    const approved = await desk.json(['quote', 'approve', n], asManager)
    expect(approved.order.quote).toMatchObject({ status: 'approved', approvedBy: 'wang', approvedAt: '2026-11-26' })
    const signed = await desk.json(['contract', 'sign', n, '--payment-method', 'transfer', '--payment-due', '+7'])
    expect(signed.order.status).toBe('contracted')
    expect(signed.order.quote.status).toBe('approved')
    const human = await desk.run(['order', 'show', n])
    expect(human.stdout).toMatch(/Quotation\s+approved by wang 2026-11-26 \(total 105\.00 is above 100\.00\)/)
  })

  it('a discount beyond quote.maxDiscount needs approval; reject sends it back; re-price clears it', async () => {
    await desk.run(['settings', 'set', 'quote.maxDiscount', '10'], asManager)
    const n = (await desk.json(['inquiry', 'new', '--customer', 'ALFKI', '--item', 'NW-011=2@18.00'])).order.number // list 21.00: 14.29 % off
    await desk.run(['stock', 'check', n])
    expect((await show(n)).quote.reasons).toEqual(['NW-011 is 14.29% below list (max 10%)'])
    const rej = await desk.json(['quote', 'reject', n, '--reason', 'too cheap'], { user: 'wang' })
    expect(rej.order).toMatchObject({ status: 'offered', quote: { status: 'rejected', rejectedBy: 'wang', rejectedReason: 'too cheap' } })
    const refused = await desk.run(['contract', 'sign', n, '--payment-method', 'transfer', '--payment-due', '+7'])
    expect(refused.exitCode).toBe(4)
    expect(refused.stderr).toContain('was rejected by wang: too cheap')
    const repriced = await desk.json(['quote', 'reprice', n, '--item', 'NW-011=19.50'])
    expect(repriced.order).toMatchObject({ total: '39.00', quote: { status: 'not_required', rejectedReason: null } })
    expect(repriced.order.lines[0]).toMatchObject({ unitPrice: '19.50', amount: '39.00' })
    expect((await desk.json(['contract', 'sign', n, '--payment-method', 'transfer', '--payment-due', '+7'])).order.status).toBe('contracted')
  })

  it('an approval is for one revision: a re-check after approval needs a new one', async () => {
    await desk.run(['settings', 'set', 'quote.approvalAbove', '10'], asManager)
    const n = (await desk.json(['inquiry', 'new', '--customer', 'ALFKI', '--item', 'NW-011=1'])).order.number
    await desk.run(['stock', 'check', n])
    await desk.run(['quote', 'approve', n], asManager)
    await desk.run(['stock', 'check', n])
    expect((await show(n)).quote.status).toBe('pending')
    expect((await desk.run(['contract', 'sign', n, '--payment-method', 'cash', '--payment-due', '+1'])).exitCode).toBe(4)
  })

  it('approving an offer that needs no approval is refused', async () => {
    const n = (await desk.json(['inquiry', 'new', '--customer', 'ALFKI', '--item', 'NW-011=1'])).order.number
    await desk.run(['stock', 'check', n])
    const r = await desk.run(['quote', 'approve', n], asManager)
    expect(r.exitCode).toBe(4)
    expect(r.stderr).toContain('needs no approval')
  })
})

describe('payments', () => {
  it('add up, derive the payment status, and refuse over-payment unless allowed', async () => {
    const n = await contracted(['NW-011=10'], { deposit: '30' }) // 210.00, deposit 63.00
    expect((await show(n)).paymentStatus).toBe('unpaid')
    let r = await desk.json(['payment', 'record', n, '--amount', '50', '--method', 'transfer', '--ref', 'BANK-1', '--date', '2026-11-25'])
    expect(r.order).toMatchObject({ paid: '50.00', balance: '160.00', paymentStatus: 'partial' })
    r = await desk.json(['payment', 'record', n, '--amount', '13.00'], { user: 'wu' })
    expect(r.order).toMatchObject({ paid: '63.00', paymentStatus: 'deposit_met' })
    const before = await show(n)
    const over = await desk.run(['payment', 'record', n, '--amount', '147.01'])
    expect(over.exitCode).toBe(4)
    expect(over.stderr).toBe(
      `orderdesk: payment of 147.01 would over-pay order ${n}: total 210.00, paid 63.00, balance 147.00; use --allow-overpay if the money really came`,
    )
    expect(await show(n)).toEqual(before)
    r = await desk.json(['payment', 'record', n, '--amount', '147.00'])
    expect(r.order).toMatchObject({ paid: '210.00', balance: '0.00', paymentStatus: 'paid' })
    r = await desk.json(['payment', 'record', n, '--amount', '1', '--allow-overpay'])
    // issue 19: more paid than the total is money to give back (refund_due, was paid); payments have numbers
    expect(r.order).toMatchObject({ paid: '211.00', balance: '-1.00', paymentStatus: 'refund_due' })
    const pm = (i: number) => ({ number: `${n}-PM${i}`, kind: 'payment', voided: null })
    expect(r.order.payments).toEqual([
      { amount: '50.00', method: 'transfer', ref: 'BANK-1', date: '2026-11-25', recordedBy: 'li', ...pm(1) },
      { amount: '13.00', method: null, ref: null, date: '2026-11-26', recordedBy: 'wu', ...pm(2) },
      { amount: '147.00', method: null, ref: null, date: '2026-11-26', recordedBy: 'li', ...pm(3) },
      { amount: '1.00', method: null, ref: null, date: '2026-11-26', recordedBy: 'li', ...pm(4) },
    ])
  })

  it('a refusal on a contracted order names the next step from its payments: payment record while the deposit is short, order confirm once paid', async () => {
    const n = await contracted(['NW-011=10'], { deposit: '30' }) // 210.00, deposit 63.00
    const refused = `orderdesk: cannot check stock for order ${n}: it is contracted (\`stock check\` needs inquiry or offered); next for this order: `
    let r = await desk.run(['stock', 'check', n])
    expect([r.exitCode, r.stderr]).toEqual([4, `${refused}orderdesk payment record ${n}`])
    await desk.json(['payment', 'record', n, '--amount', '210.00'])
    r = await desk.run(['stock', 'check', n])
    expect([r.exitCode, r.stderr]).toEqual([4, `${refused}orderdesk order confirm ${n}`])
    r = await desk.run(['quote', 'approve', n], asManager)
    expect(r.exitCode).toBe(4)
    expect(r.stderr).toContain(`next for this order: orderdesk order confirm ${n}`)
  })

  it('refuses payments before a contract, from the wrong role, and bad values', async () => {
    const inq = (await desk.json(['inquiry', 'new', '--customer', 'ALFKI', '--item', 'NW-011=1'])).order.number
    const r = await desk.run(['payment', 'record', inq, '--amount', '5'])
    expect(r.exitCode).toBe(4)
    expect(r.stderr).toContain('it is inquiry')
    const n = await contracted(['NW-011=1'])
    expect((await desk.run(['payment', 'record', n, '--amount', '5'], { user: 'zhao' })).exitCode).toBe(4)
    for (const [args, msg] of [
      [['--amount', '0'], 'must be more than 0'],
      [['--amount', '-5'], 'invalid amount "-5"'],
      [['--amount', '1.005'], 'at most two decimals'],
      [['--amount', '5', '--date', '2026-11-27'], 'cannot arrive after today'],
      [['--amount', '5', '--date', 'yesterday-ish'], 'invalid date'],
      [[], '`--amount`'],
    ] as const) {
      const res = await desk.run(['payment', 'record', n, ...args])
      expect(res.exitCode, args.join(' ')).toBe(2)
      expect(res.stderr).toContain(msg)
    }
    expect((await show(n)).paid).toBe('0.00')
    expect((await desk.run(['payment', 'record', '26-99999', '--amount', '5'])).exitCode).toBe(3)
  })
})

describe('order confirm: the manager-signed sales order', () => {
  it('refuses when the deposit is short, for a non-manager, and for a wrong PIN (audited); nothing changes', async () => {
    const n = await contracted(['NW-011=10'], { deposit: '50' }) // 210.00, deposit 105.00
    await desk.run(['payment', 'record', n, '--amount', '100'])
    const before = await show(n)
    const short = await desk.run(['order', 'confirm', n], asManager)
    expect(short.exitCode).toBe(4)
    expect(short.stderr).toBe(
      `orderdesk: the deposit for order ${n} has not arrived: 100.00 paid of the 105.00 required (50 % of 210.00); record it with \`orderdesk payment record ${n} --amount 5.00\``,
    )
    await desk.run(['payment', 'record', n, '--amount', '5'])
    const mid = await show(n)
    const clerk = await desk.run(['order', 'confirm', n], { user: 'li', env: PIN })
    expect(clerk.exitCode).toBe(4)
    expect(clerk.stderr).toBe("orderdesk: li is clerk; order confirm needs a manager's signature")
    const noPin = await desk.run(['order', 'confirm', n], { user: 'wang' })
    expect(noPin.exitCode).toBe(2)
    expect(noPin.stderr).toContain('ORDERDESK_PIN')
    const wrong = await desk.run(['order', 'confirm', n], { user: 'wang', env: { ORDERDESK_PIN: '9999' } })
    expect(wrong.exitCode).toBe(4)
    expect(wrong.stderr).toBe('orderdesk: wrong PIN for wang; nothing was signed')
    const after = await show(n)
    expect({ ...after, events: undefined }).toEqual({ ...mid, events: undefined })
    expect(after.status).toBe('contracted')
    expect(after.events.at(-1)).toMatchObject({ action: 'signoff.pin_failed', actor: 'wang', from: null, to: null })
    expect(before.status).toBe('contracted')
  })

  it('an order all from stock goes straight to ready', async () => {
    const n = await contracted(['NW-011=3', 'NW-001=2'])
    await desk.run(['payment', 'record', n, '--amount', '99.00'])
    const r = await desk.json(['order', 'confirm', n], asManager)
    expect(r.salesOrder).toBe(`${n}-SO1`)
    expect(r.productionOrders).toEqual([])
    expect(r.order).toMatchObject({ status: 'ready', salesOrder: { number: `${n}-SO1`, signedBy: 'wang', signedAt: '2026-11-26' } })
    expect(r.order.events.at(-1)).toMatchObject({ action: 'order.confirm', from: 'contracted', to: 'ready' })
    expect((await desk.run(['order', 'confirm', n], asManager)).exitCode).toBe(4)
  })

  it('mixed order: dispatched to the least-loaded MC user, accepted, progressed, partly done with a QC reject, done → ready', async () => {
    // zhao already has open work, so sun is the least loaded
    const other = await contracted(['NW-017=3'], { mcDate: ['NW-017=2026-12-30'] })
    await desk.run(['payment', 'record', other, '--amount', '117.00'])
    const first = await desk.json(['order', 'confirm', other, '--assign', 'zhao'], asManager)
    expect(first.productionOrders[0]).toMatchObject({ assignee: 'zhao', qty: 3 })

    const n = await contracted(['NW-011=5', 'NW-017=10'], { deposit: '30', mcDate: ['NW-017=2026-12-20'] }) // 105 + 390 = 495
    expect(await stock('NW-011')).toMatchObject({ onHand: 22, reserved: 5 })
    await desk.run(['payment', 'record', n, '--amount', '148.50'])
    const c = await desk.json(['order', 'confirm', n], asManager)
    expect(c.order.status).toBe('confirmed')
    expect(c.productionOrders).toEqual([{ number: `${n}-MO1`, sku: 'NW-017', qty: 10, assignee: 'sun', dueDate: '2026-12-20' }])
    expect(c.order.productionOrders[0]).toMatchObject({ number: `${n}-MO1`, status: 'dispatched', signedBy: 'wang', assignee: 'sun', committedDate: null })
    const mo = `${n}-MO1`

    const acc = await desk.json(['production', 'accept', mo, '--date', '2026-12-18'], { user: 'sun' })
    expect(acc).toMatchObject({ orderStatus: 'in_production', atRisk: false, productionOrder: { status: 'accepted', committedDate: '2026-12-18' } })
    const prog = await desk.json(['production', 'progress', mo, '--percent', '40', '--note', 'cutting'], { user: 'sun' })
    expect(prog.productionOrder).toMatchObject({ status: 'in_progress', progress: 40 })

    const part = await desk.json(['production', 'done', mo, '--qty', '6', '--rejected', '2'], { user: 'sun' })
    expect(part).toMatchObject({ good: 4, rejected: 2, remaining: 6, orderStatus: 'in_production', productionOrder: { status: 'in_progress', doneQty: 4, rejectedQty: 2 } })
    expect(await stock('NW-017')).toMatchObject({ onHand: 4, reserved: 4, available: 0 })

    const tooMany = await desk.run(['production', 'done', mo, '--qty', '7'], { user: 'sun' })
    expect(tooMany.exitCode).toBe(2)
    expect(tooMany.stderr).toContain('only 6 remain')

    const rest = await desk.json(['production', 'done', mo], { user: 'sun' })
    expect(rest).toMatchObject({ good: 6, remaining: 0, orderStatus: 'ready', productionOrder: { status: 'done', doneQty: 10, progress: 100 } })
    expect(await stock('NW-017')).toMatchObject({ onHand: 10, reserved: 10, available: 0 })
    expect(await stock('NW-011')).toMatchObject({ onHand: 22, reserved: 5, available: 17 })
    const o = await show(n)
    expect(o.status).toBe('ready')
    expect(o.events.map((e: any) => [e.action, e.from, e.to])).toEqual([
      ['inquiry.new', null, 'inquiry'],
      ['stock.check', 'inquiry', 'offered'],
      ['contract.sign', 'offered', 'contracted'],
      ['payment.record', null, null],
      ['order.confirm', 'contracted', 'confirmed'],
      ['production.accept', 'confirmed', 'in_production'],
      ['production.progress', null, null],
      ['production.done', null, null],
      ['production.done', 'in_production', 'ready'],
    ])
    expect((await desk.json(['order', 'list', '--needs-action'])).find((x: any) => x.number === n)).toMatchObject({ status: 'ready' })

    // the clerk rates MC's work
    expect((await desk.run(['production', 'rate', mo, '--score', '6'])).exitCode).toBe(2)
    const rated = await desk.json(['production', 'rate', mo, '--score', '4', '--comment', 'good'])
    expect(rated.productionOrder).toMatchObject({ rating: 4, ratingComment: 'good' })
  })

  it('a committed date after the promised date flags the order at risk', async () => {
    const n = await contracted(['NW-017=2'], { mcDate: ['NW-017=2026-12-10'] })
    await desk.run(['payment', 'record', n, '--amount', '78.00'])
    await desk.json(['order', 'confirm', n], asManager)
    const r = await desk.run(['production', 'accept', `${n}-MO1`, '--date', '2026-12-15'], { user: 'sun' })
    expect(r.exitCode).toBe(0)
    expect(r.stderr).toContain('after the date promised to the customer')
    expect((await show(n)).atRisk).toBe(true)
    const needs = await desk.json(['order', 'list', '--needs-action'])
    expect(needs.find((x: any) => x.number === n)).toMatchObject({ atRisk: true, status: 'in_production', nextAction: `orderdesk order show ${n}` })
  })

  it('reject → the clerk re-dispatches to another MC user', async () => {
    const n = await contracted(['NW-017=2'], { mcDate: ['NW-017=2026-12-10'] })
    await desk.run(['payment', 'record', n, '--amount', '78.00'])
    await desk.json(['order', 'confirm', n, '--assign', 'zhao'], asManager)
    const mo = `${n}-MO1`
    const rej = await desk.json(['production', 'reject', mo, '--reason', 'no capacity'], { user: 'zhao' })
    expect(rej.productionOrder).toMatchObject({ status: 'rejected', rejectReason: 'no capacity' })
    expect((await show(n)).productionIssue).toBe(true)
    expect((await desk.json(['order', 'list', '--needs-action'])).find((x: any) => x.number === n)).toMatchObject({
      nextAction: 'orderdesk production list --status rejected',
    })
    expect((await desk.run(['production', 'accept', mo, '--date', '2026-12-01'], { user: 'zhao' })).exitCode).toBe(4)
    expect((await desk.run(['production', 'dispatch', mo], { user: 'zhao' })).exitCode).toBe(4) // MC cannot re-dispatch
    const d = await desk.json(['production', 'dispatch', mo])
    expect(d.productionOrder).toMatchObject({ status: 'dispatched', assignee: 'sun', rejectReason: null })
    expect((await show(n)).productionIssue).toBe(false)
    expect((await desk.json(['production', 'accept', mo, '--date', '2026-12-05'], { user: 'sun' })).productionOrder.status).toBe('accepted')
  })

  it('refused production steps change nothing', async () => {
    const n = await contracted(['NW-017=2'], { mcDate: ['NW-017=2026-12-10'] })
    await desk.run(['payment', 'record', n, '--amount', '78.00'])
    await desk.json(['order', 'confirm', n], asManager)
    const mo = `${n}-MO1`
    const before = await show(n)
    const cases: [string[], string, number][] = [
      [['production', 'done', mo], 'sun', 4], // not accepted yet
      [['production', 'progress', mo, '--percent', '10'], 'sun', 4],
      [['production', 'accept', mo, '--date', '2026-12-01'], 'li', 4], // a clerk is not MC
      [['production', 'accept', mo, '--date', '2026-11-01'], 'sun', 2],
      [['production', 'accept', mo], 'sun', 2],
      [['production', 'accept', '26-00001-MO9', '--date', '2026-12-01'], 'sun', 3],
      [['production', 'rate', mo, '--score', '3'], 'li', 4], // not done
    ]
    for (const [args, user, code] of cases) {
      const r = await desk.run(args, { user })
      expect(r.exitCode, `${user}: ${args.join(' ')} → ${r.stderr}`).toBe(code)
    }
    expect(await show(n)).toEqual(before)
    await desk.run(['production', 'accept', mo, '--date', '2026-12-01'], { user: 'sun' })
    const p = await desk.run(['production', 'progress', mo, '--percent', '101'], { user: 'sun' })
    expect(p.exitCode).toBe(2)
    const acceptAgain = await desk.run(['production', 'accept', mo, '--date', '2026-12-01'], { user: 'sun' })
    expect(acceptAgain.exitCode).toBe(4)
    expect(acceptAgain.stderr).toBe(`orderdesk: cannot accept production order ${mo}: it is accepted (\`production accept\` needs dispatched)`)
  })

  it('rush orders come first in the production queue; --mine shows one MC user\'s', async () => {
    const normal = await contracted(['NW-017=2'], { mcDate: ['NW-017=2026-12-10'] })
    const rush = await contracted(['NW-026=1'], { rush: true, mcDate: ['NW-026=2026-12-20'] })
    for (const n of [normal, rush]) {
      const total = (await show(n)).total
      await desk.run(['payment', 'record', n, '--amount', total])
      await desk.json(['order', 'confirm', n, '--assign', 'zhao'], asManager)
    }
    const list = await desk.json(['production', 'list'])
    expect(list.map((m: any) => [m.number, m.rush])).toEqual([
      [`${rush}-MO1`, true],
      [`${normal}-MO1`, false],
    ])
    expect(await desk.json(['production', 'list', '--mine'], { user: 'sun' })).toEqual([])
    expect((await desk.json(['production', 'list', '--mine'], { user: 'zhao' })).length).toBe(2)
    const human = await desk.run(['production', 'list'])
    expect(human.stdout.split('\n')[2]).toMatch(new RegExp(`^${rush}-MO1 !`))
  })
})
