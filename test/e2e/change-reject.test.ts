import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEMO_PIN, tempDesk, type Desk } from '../helpers/cli.js'

/**
 * Issue 19 §2: a manager may reject the new offer of a customer change that waits for a
 * quotation approval (`quote reject <order>` on an order under contract): the change ends with
 * who, when and why; the order stays exactly as it was. Refusals write nothing.
 */

let desk: Desk
beforeEach(async () => {
  desk = await tempDesk()
})
afterEach(() => desk.cleanup())

const asManager = { user: 'wang', env: { ORDERDESK_PIN: DEMO_PIN } }
const show = (n: string) => desk.json(['order', 'show', n])
const rejects = async () => (await desk.query("select ref, data from events where action = 'quote.reject'")) as { ref: string; data: string }[]

async function settings(approvalAbove: string, maxDiscount: string): Promise<void> {
  await desk.json(['settings', 'set', 'quote.approvalAbove', approvalAbove], asManager)
  await desk.json(['settings', 'set', 'quote.maxDiscount', maxDiscount], asManager)
}

async function contracted(items: string[]): Promise<string> {
  const n = (await desk.json(['inquiry', 'new', '--customer', 'ALFKI', ...items.flatMap((i) => ['--item', i])])).order.number
  await desk.json(['stock', 'check', n])
  await desk.json(['contract', 'sign', n, '--payment-method', 'transfer', '--payment-due', '+7', '--deposit', '0'])
  return n
}

/** An order under contract with a change whose new offer (NW-011 at 0.01) waits for a manager's approval. */
async function waiting(): Promise<{ n: string; cr: string }> {
  await settings('5000', '10')
  const n = await contracted(['NW-011=5'])
  const r = await desk.json(['change', 'request', n, '--item', 'NW-011=5@0.01', '--source-ref', 'REC-9'])
  expect(r.change.approval.status).toBe('pending')
  return { n, cr: r.change.number }
}

describe('quote reject on a change waiting for approval', () => {
  it('ends the change with who, when and why; the order stays as it was; change confirm says why', async () => {
    const { n, cr } = await waiting()
    const before = await show(n)
    const r = await desk.run(['quote', 'reject', n, '--reason', 'price far below list'], asManager)
    expect(r.exitCode).toBe(0)
    expect(r.stderr).toContain(`new offer of change ${cr} (order ${n}) rejected by wang: price far below list; the change ended, the order is as it was`)
    const out = { change: (await desk.json(['change', 'list', '--order', n]))[0] }
    expect(out.change).toMatchObject({ number: cr, status: 'terminated', approval: { status: 'rejected', rejectedBy: 'wang', rejectedDate: '2026-11-26', rejectedReason: 'price far below list' } })
    const after = await show(n)
    const timeline = Object.keys(after).find((k) => Array.isArray(after[k]) && after[k].some((e: { action?: string }) => e.action === 'quote.reject'))!
    const rest = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([k]) => k !== 'changes' && k !== timeline))
    expect(rest(after)).toEqual(rest(before))
    expect(after[timeline].length).toBe(before[timeline].length + 1) // lines, total, contract, revision, production: as before
    expect(after).toMatchObject({ total: before.total, revision: before.revision, contract: { number: `${n}-CT1` } })
    const event = (await rejects())[0]!
    expect(event.ref).toBe(cr)
    expect(JSON.parse(event.data)).toEqual({ change: cr, reason: 'price far below list' })
    expect((await desk.run(['audit', 'verify'])).exitCode).toBe(0)
    expect((await desk.run(['order', 'show', n])).stdout).toMatch(new RegExp(`wang\\s+quote\\.reject\\s+price far below list; ${cr}`))

    const [listed] = await desk.json(['change', 'list', '--order', n])
    expect(listed.approval).toMatchObject({ status: 'rejected', rejectedBy: 'wang', rejectedDate: '2026-11-26', rejectedReason: 'price far below list' })
    expect((await desk.run(['order', 'show', n])).stdout).toContain('new offer rejected by wang 2026-11-26: price far below list')
    expect((await desk.run(['order', 'show', n, '--lang', 'zh-CN'])).stdout).toContain('新报价已被 wang 2026-11-26 驳回：price far below list')

    const confirm = await desk.run(['change', 'confirm', cr, '--customer', 'accept'])
    expect(confirm.exitCode).toBe(4)
    expect(confirm.stderr).toBe(`orderdesk: change ${cr} ended: its new offer was rejected by wang 2026-11-26 (price far below list); request a new change if the customer still wants one`)
    const zh = await desk.run(['change', 'confirm', cr, '--customer', 'accept', '--lang', 'zh-CN'])
    expect(zh.stderr).toContain(`客户变更 ${cr} 已终止：新报价已被 wang 于 2026-11-26 驳回`)
    expect(await show(n)).toEqual(after)
  })
})

describe('quote reject on a change waiting for MC and for approval', () => {
  it('the production plan change form ends too: MC cannot agree to it, the production orders stay as they were', async () => {
    await settings('5000', '10')
    const n = (await desk.json(['inquiry', 'new', '--customer', 'ALFKI', '--item', 'NW-017=2', '--item', 'NW-009=5'])).order.number
    await desk.json(['stock', 'check', n, '--mc-date', 'NW-017=2026-12-20'])
    await desk.json(['contract', 'sign', n, '--payment-method', 'transfer', '--payment-due', '+7', '--deposit', '0'])
    await desk.json(['order', 'confirm', n, '--assign', 'sun'], asManager)
    await desk.json(['production', 'accept', `${n}-MO1`, '--date', '2026-12-18'], { user: 'sun' })
    const r = await desk.json(['change', 'request', n, '--item', 'NW-017=2@0.01', '--item', 'NW-009=500@0.01', '--source-ref', 'REC-7'])
    expect(r.change).toMatchObject({ status: 'pending_mc', approval: { status: 'pending' } })
    const before = await show(n)
    expect((await desk.run(['quote', 'reject', n, '--reason', 'not at 0.01'], asManager)).exitCode).toBe(0)
    const after = await show(n)
    expect(before.productionOrders).toHaveLength(1)
    expect(after.productionOrders).toEqual(before.productionOrders)
    expect(after).toMatchObject({ total: before.total, revision: before.revision, status: before.status, lines: before.lines })
    const decide = await desk.run(['change', 'decide', `${n}-CF1`, '--mc', 'agree', '--date', '2027-01-20'], { user: 'sun' })
    expect(decide.exitCode).toBe(4)
    expect(decide.stderr).toContain(`change ${n}-CR1 ended: its new offer was rejected by wang`)
    expect(await show(n)).toEqual(after)
    expect(await desk.json(['change', 'list', '--open'])).toEqual([])
  })
})

describe('refusals write nothing', () => {
  async function refused(args: string[], opts: object, code: number, text: string | RegExp, n: string): Promise<void> {
    const before = await show(n)
    const events = await desk.query('select count(*) as c from events')
    const r = await desk.run(args, opts)
    expect(r.exitCode).toBe(code)
    if (typeof text === 'string') expect(r.stderr).toContain(text)
    else expect(r.stderr).toMatch(text)
    expect(await show(n)).toEqual(before)
    expect(await rejects()).toEqual([])
    expect(await desk.query('select count(*) as c from events')).toEqual(events)
    expect((await desk.run(['order', 'show', n])).stdout).not.toContain('quote.reject') // the order's audit trail
  }

  it('a clerk is forbidden; no --reason is exit 2', async () => {
    const { n } = await waiting()
    await refused(['quote', 'reject', n, '--reason', 'no'], {}, 4, 'li is clerk; quote reject needs a manager', n)
    await refused(['quote', 'reject', n], asManager, 2, 'must provide `--reason`', n)
    await refused(['quote', 'reject', n, '--reason', 'x', '--revision', 'abc'], asManager, 2, /revision/, n)
  })

  it('no open change: no_open_change', async () => {
    await settings('5000', '10')
    const n = await contracted(['NW-011=5'])
    await refused(['quote', 'reject', n, '--reason', 'no'], asManager, 4, `order ${n} has no customer change open whose new offer waits for approval`, n)
  })

  it('a change that needs no approval: not_required', async () => {
    await settings('5000', '10')
    const n = await contracted(['NW-011=5'])
    await desk.json(['change', 'request', n, '--item', 'NW-011=8', '--source-ref', 'REC-1'])
    await refused(['quote', 'reject', n, '--reason', 'no'], asManager, 4, 'needs no new quotation approval', n)
  })
})
