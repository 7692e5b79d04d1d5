import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEMO_PIN, tempDesk, type Desk } from '../helpers/cli.js'

let desk: Desk
beforeEach(async () => {
  desk = await tempDesk()
})
afterEach(() => desk.cleanup())

const asManager = { user: 'wang', env: { ORDERDESK_PIN: DEMO_PIN } }
const stock = async (sku: string) => (await desk.json(['stock', 'show', sku]))[0] as { onHand: number; reserved: number; available: number }
const show = (n: string) => desk.json(['order', 'show', n])
const lines = (o: any) => o.lines.map((l: any) => [l.sku, l.qty, l.amount])
const pos = (o: any) => o.productionOrders.map((m: any) => [m.number.slice(-3), m.qty, m.doneQty, m.status])

/** contracted (and optionally confirmed) order; NW-017 lines are made to order by 2026-12-20. */
async function order(items: string[], opts: { confirm?: boolean; accept?: boolean } = {}): Promise<string> {
  const n = (await desk.json(['inquiry', 'new', '--customer', 'ALFKI', ...items.flatMap((i) => ['--item', i])])).order.number
  const mcDates = items.filter((i) => i.startsWith('NW-017')).flatMap(() => ['--mc-date', 'NW-017=2026-12-20'])
  await desk.json(['stock', 'check', n, ...mcDates])
  const signed = await desk.json(['contract', 'sign', n, '--payment-method', 'transfer', '--payment-due', '+7', '--deposit', '0'])
  expect(signed.order.status).toBe('contracted')
  if (opts.confirm) {
    await desk.json(['order', 'confirm', n, '--assign', 'sun'], asManager)
    if (opts.accept) await desk.json(['production', 'accept', `${n}-MO1`, '--date', '2026-12-18'], { user: 'sun' })
  }
  return n
}

describe('4.1 stock absorbs the change', () => {
  it('qty up covered by stock: offered, then accepted → lines, total, reservation, revision, contract revision', async () => {
    const n = await order(['NW-011=5'])
    const before = await show(n)
    const r = await desk.json(['change', 'request', n, '--item', 'NW-011=8', '--source-ref', 'REC-1'])
    expect(r.change).toMatchObject({ number: `${n}-CR1`, status: 'offered', form: null, needsMc: false, lines: [{ sku: 'NW-011', from: 5, to: 8, reserve: 3, release: 0, produce: 0 }], total: { from: '105.00', to: '168.00' } })
    expect(await show(n)).toEqual({ ...before, changes: [expect.objectContaining({ number: `${n}-CR1`, status: 'offered' })], events: expect.any(Array) }) // nothing else yet
    expect(await stock('NW-011')).toMatchObject({ reserved: 5, available: 17 })
    const a = await desk.json(['change', 'confirm', `${n}-CR1`, '--customer', 'accept'])
    expect(a.order).toMatchObject({ status: 'contracted', revision: before.revision + 1, total: '168.00', paymentStatus: 'unpaid' })
    expect(lines(a.order)).toEqual([['NW-011', 8, '168.00']])
    expect(a.order.contract).toMatchObject({ number: `${n}-CT2`, revision: before.revision + 1, total: '168.00' })
    expect(a.order.documents.filter((d: any) => d.kind === 'contract').map((d: any) => d.status)).toEqual(['superseded', 'signed'])
    expect(await stock('NW-011')).toMatchObject({ onHand: 22, reserved: 8, available: 14 })
    expect(a.order.changes[0]).toMatchObject({ status: 'applied', customerDecision: { decision: 'accept', by: 'li' }, revision: { before: before.revision, after: before.revision + 1 } })
    expect(a.order.events.slice(-2).map((e: any) => e.action)).toEqual(['change.request', 'change.confirm'])
  })

  it('a paid order becomes deposit_met again when the total grows', async () => {
    const n = await order(['NW-011=5'])
    await desk.json(['payment', 'record', n, '--amount', '105'])
    expect((await show(n)).paymentStatus).toBe('paid')
    await desk.json(['change', 'request', n, '--item', 'NW-011=6', '--source-ref', 'REC-2'])
    const a = await desk.json(['change', 'confirm', `${n}-CR1`, '--customer', 'accept'])
    expect(a.order).toMatchObject({ total: '126.00', paid: '105.00', paymentStatus: 'deposit_met' })
  })

  it('product swap, and a later date', async () => {
    const n = await order(['NW-011=5'])
    const r = await desk.json(['change', 'request', n, '--item', 'NW-011=0', '--item', 'NW-001=4', '--date', '2026-12-30', '--channel', 'email'])
    expect(r.change).toMatchObject({ status: 'offered', promisedDate: { to: '2026-12-30' }, requestedDate: { to: '2026-12-30' } })
    const a = await desk.json(['change', 'confirm', `${n}-CR1`, '--customer', 'accept'])
    expect(lines(a.order)).toEqual([['NW-011', 0, '0.00'], ['NW-001', 4, '72.00']])
    expect(a.order).toMatchObject({ total: '72.00', promisedDate: '2026-12-30', requestedDate: '2026-12-30' })
    expect(await stock('NW-011')).toMatchObject({ reserved: 0, available: 22 })
    expect(await stock('NW-001')).toMatchObject({ reserved: 4, available: 35 })
  })

  it('cancel before production: the order is cancelled and its stock released', async () => {
    const n = await order(['NW-011=5', 'NW-017=2'])
    expect(await stock('NW-011')).toMatchObject({ reserved: 5 })
    const r = await desk.json(['change', 'request', n, '--cancel', '--source-ref', 'FAX-9', '--channel', 'fax'])
    expect(r.change).toMatchObject({ status: 'offered', cancel: true })
    const a = await desk.json(['change', 'confirm', `${n}-CR1`, '--customer', 'accept'])
    expect(a.order.status).toBe('cancelled')
    expect(a.order.events.at(-1)).toMatchObject({ action: 'change.confirm', from: 'contracted', to: 'cancelled' })
    expect(await stock('NW-011')).toMatchObject({ onHand: 22, reserved: 0, available: 22 })
    expect((await desk.run(['change', 'request', n, '--item', 'NW-011=1', '--source-ref', 'x'])).exitCode).toBe(4)
  })
})

describe('4.2 production must change: the plan change form goes to MC', () => {
  it('4.2.1 qty up needing production: MC agrees, customer accepts → production order amended, new promised date', async () => {
    const n = await order(['NW-017=10'], { confirm: true, accept: true })
    const r = await desk.json(['change', 'request', n, '--item', 'NW-017=15', '--source-ref', 'REC-3'])
    expect(r.change).toMatchObject({ status: 'pending_mc', form: `${n}-CF1`, needsMc: true, reasons: ['NW-017: 5 more to make'] })
    expect((await desk.run(['change', 'confirm', `${n}-CR1`, '--customer', 'accept'])).exitCode).toBe(4) // MC first
    expect((await desk.run(['change', 'decide', `${n}-CR1`, '--mc', 'agree', '--date', '2026-12-24'])).exitCode).toBe(4) // li is no MC
    const d = await desk.json(['change', 'decide', `${n}-CF1`, '--mc', 'agree', '--date', '2026-12-24'], { user: 'sun' })
    expect(d.change).toMatchObject({ status: 'mc_agreed', mc: { decision: 'agree', date: '2026-12-24', by: 'sun' } })
    const a = await desk.json(['change', 'confirm', `${n}-CR1`, '--customer', 'accept'])
    expect(a.order).toMatchObject({ status: 'in_production', promisedDate: '2026-12-24', total: '585.00' })
    // issue 19 §3: the enlarged production order waits for a manager's signature; MC accepts it again after
    expect(pos(a.order)).toEqual([['MO1', 15, 0, 'awaiting_signoff']])
    expect(a.order.productionOrders[0]).toMatchObject({ committedDate: '2026-12-24', dueDate: '2026-12-24', signedBy: null })
    await desk.json(['production', 'sign', `${n}-MO1`], { user: 'wang', env: { ORDERDESK_PIN: DEMO_PIN } })
    expect((await desk.json(['production', 'accept', `${n}-MO1`, '--date', '2026-12-24'], { user: 'sun' })).productionOrder).toMatchObject({ status: 'accepted', signedBy: 'wang' })
  })

  it('4.2.1 the customer rejects MC\'s date: nothing changes', async () => {
    const n = await order(['NW-017=10'], { confirm: true })
    const before = await show(n)
    await desk.json(['change', 'request', n, '--item', 'NW-017=15', '--source-ref', 'REC-4'])
    await desk.json(['change', 'decide', `${n}-CR1`, '--mc', 'agree', '--date', '2027-01-15'], { user: 'sun' })
    const r = await desk.json(['change', 'confirm', `${n}-CR1`, '--customer', 'reject'])
    expect(r.change).toMatchObject({ status: 'terminated', customerDecision: { decision: 'reject' } })
    const after = await show(n)
    expect({ ...after, changes: [], events: [] }).toEqual({ ...before, changes: [], events: [] })
  })

  it('4.2.2 MC refuses: the change ends, the order is exactly as before', async () => {
    const n = await order(['NW-017=10'], { confirm: true })
    const before = await show(n)
    await desk.json(['change', 'request', n, '--date', '2026-12-01', '--source-ref', 'REC-5'])
    expect((await show(n)).changes[0]).toMatchObject({ status: 'pending_mc', reasons: ['the date 2026-12-01 is before production can finish (2026-12-20)'] })
    expect((await desk.run(['change', 'decide', `${n}-CR1`, '--mc', 'refuse'], { user: 'sun' })).exitCode).toBe(2)
    const d = await desk.json(['change', 'decide', `${n}-CR1`, '--mc', 'refuse', '--reason', 'no capacity'], { user: 'sun' })
    expect(d.change).toMatchObject({ status: 'terminated', mc: { decision: 'refuse', reason: 'no capacity' } })
    const after = await show(n)
    expect({ ...after, changes: [], events: [] }).toEqual({ ...before, changes: [], events: [] })
    expect((await desk.run(['change', 'confirm', `${n}-CR1`, '--customer', 'accept'])).exitCode).toBe(4)
  })

  it('qty down with production in progress: the production order is cut, goods already made beyond the new qty freed', async () => {
    const n = await order(['NW-017=10'], { confirm: true, accept: true })
    await desk.json(['production', 'done', `${n}-MO1`, '--qty', '4'], { user: 'sun' })
    expect(await stock('NW-017')).toMatchObject({ onHand: 4, reserved: 4 })
    const r = await desk.json(['change', 'request', n, '--item', 'NW-017=3', '--source-ref', 'REC-6'])
    expect(r.change).toMatchObject({ status: 'pending_mc', lines: [{ sku: 'NW-017', from: 10, to: 3, produce: -6, release: 1 }] })
    await desk.json(['change', 'decide', `${n}-CR1`, '--mc', 'agree', '--date', '2026-12-20'], { user: 'sun' })
    const a = await desk.json(['change', 'confirm', `${n}-CR1`, '--customer', 'accept'])
    expect(pos(a.order)).toEqual([['MO1', 4, 4, 'done']])
    expect(a.order.status).toBe('ready')
    expect(lines(a.order)).toEqual([['NW-017', 3, '117.00']])
    expect(await stock('NW-017')).toMatchObject({ onHand: 4, reserved: 3, available: 1 })
  })

  it('a line added that must be made: a new production order', async () => {
    const n = await order(['NW-017=2'], { confirm: true, accept: true })
    const r = await desk.json(['change', 'request', n, '--item', 'NW-026=3', '--source-ref', 'REC-7'])
    expect(r.change).toMatchObject({ status: 'pending_mc', reasons: ['NW-026: new product, 3 to make'] })
    await desk.json(['change', 'decide', `${n}-CR1`, '--mc', 'agree', '--date', '2026-12-28'], { user: 'zhao' })
    const a = await desk.json(['change', 'confirm', `${n}-CR1`, '--customer', 'accept'])
    expect(pos(a.order)).toEqual([['MO1', 2, 0, 'accepted'], ['MO2', 3, 0, 'awaiting_signoff']]) // issue 19 §3: until a manager signs it
    expect(a.order.lines.map((l: any) => [l.sku, l.qty, l.source])).toEqual([['NW-017', 2, 'production'], ['NW-026', 3, 'production']])
    expect(a.order.promisedDate).toBe('2026-12-28')
  })

  it('cancel during production: production orders cancelled, goods made go back to free stock', async () => {
    const n = await order(['NW-011=2', 'NW-017=10'], { confirm: true, accept: true })
    await desk.json(['production', 'done', `${n}-MO1`, '--qty', '4'], { user: 'sun' })
    const r = await desk.json(['change', 'request', n, '--cancel', '--source-ref', 'REC-8'])
    expect(r.change).toMatchObject({ status: 'pending_mc', reasons: ['NW-017: production under way (6 still to make)'] })
    await desk.json(['change', 'decide', `${n}-CR1`, '--mc', 'agree', '--date', '2026-11-26'], { user: 'sun' })
    const a = await desk.json(['change', 'confirm', `${n}-CR1`, '--customer', 'accept'])
    expect(a.order.status).toBe('cancelled')
    expect(pos(a.order)).toEqual([['MO1', 10, 4, 'cancelled']])
    expect(await stock('NW-017')).toMatchObject({ onHand: 4, reserved: 0, available: 4 })
    expect(await stock('NW-011')).toMatchObject({ onHand: 22, reserved: 0 })
  })
})

describe('refusals', () => {
  it('after goods have left, a second open change, missing source ref, wrong roles, stale decisions', async () => {
    const n = await order(['NW-011=5'])
    expect((await desk.run(['change', 'request', n, '--item', 'NW-011=6'])).exitCode).toBe(2) // phone needs --source-ref
    expect((await desk.run(['change', 'request', n, '--item', 'NW-011=6', '--source-ref', 'x'], { user: 'zhao' })).exitCode).toBe(4)
    expect((await desk.run(['change', 'request', n, '--source-ref', 'x'])).exitCode).toBe(2) // nothing to change
    expect((await desk.run(['change', 'request', n, '--item', 'NW-011=5', '--source-ref', 'x'])).exitCode).toBe(2) // changes nothing
    await desk.json(['change', 'request', n, '--item', 'NW-011=20', '--source-ref', 'REC-9'])
    const second = await desk.run(['change', 'request', n, '--item', 'NW-011=6', '--source-ref', 'x'])
    expect(second.exitCode).toBe(4)
    expect(second.stderr).toContain(`already has an open change ${n}-CR1`)

    // another order takes the free stock the change counted on → accepting now is refused
    const other = (await desk.json(['inquiry', 'new', '--customer', 'VINET', '--item', 'NW-011=10'])).order.number
    await desk.json(['stock', 'check', other])
    await desk.json(['contract', 'sign', other, '--payment-method', 'cash', '--payment-due', '+1'])
    const before = await show(n)
    const stale = await desk.run(['change', 'confirm', `${n}-CR1`, '--customer', 'accept'])
    expect(stale.exitCode).toBe(4)
    expect(stale.stderr).toContain(`changed since change ${n}-CR1 was evaluated`)
    expect(stale.stderr).toContain('production must now change')
    expect(await show(n)).toEqual(before)
    await desk.json(['change', 'confirm', `${n}-CR1`, '--customer', 'reject'])

    // shipped: no more changes
    const s = await order(['NW-001=2'])
    await desk.json(['payment', 'record', s, '--amount', '36'])
    await desk.json(['order', 'confirm', s], asManager)
    await desk.json(['ship', s, '--date', '2026-11-27', '--item', 'NW-001=1'])
    await desk.json(['ship', 'send', s], { user: 'zhou' })
    expect((await show(s)).status).toBe('shipping') // one of two has left
    const late = await desk.run(['change', 'request', s, '--item', 'NW-001=1', '--source-ref', 'x'])
    expect(late.exitCode).toBe(4)
    expect(late.stderr).toBe(`orderdesk: order ${s} cannot be changed: goods have left (${s}-OS1); open a complaint or a new order instead`)
    expect((await desk.json(['change', 'list', '--order', n])).map((c: any) => [c.number, c.status])).toEqual([[`${n}-CR1`, 'terminated']])
  })
})
