import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEMO_PIN, tempDesk, type Desk } from '../helpers/cli.js'

// Issue 19 §3 and §6: a production order is in force only once a manager has signed it
// (生产命令单，经本部门经理签字后生效执行), and a wrong `production done` is taken back by
// `production reopen`, never deleted.

let desk: Desk
beforeEach(async () => {
  desk = await tempDesk()
})
afterEach(() => desk.cleanup())

/** Each test runs many CLI commands: on a loaded machine (and PostgreSQL) they take longer than the default timeout. */
const SLOW = 300_000

const asWang = { user: 'wang', env: { ORDERDESK_PIN: DEMO_PIN } }
const asSun = { user: 'sun' }
const asSunSignedOff = { user: 'sun', env: { ORDERDESK_PIN: DEMO_PIN } }

/** A confirmed order: 5 × NW-011 from stock, 10 × NW-017 to make by 2026-12-20; MO1 dispatched to sun, signed by wang. */
async function confirmed(): Promise<string> {
  const n = (await desk.json(['inquiry', 'new', '--customer', 'ALFKI', '--item', 'NW-011=5', '--item', 'NW-017=10'])).order.number
  await desk.json(['stock', 'check', n, '--mc-date', 'NW-017=2026-12-20'])
  await desk.json(['contract', 'sign', n, '--payment-method', 'transfer', '--payment-due', '+7', '--deposit', '0'])
  await desk.json(['order', 'confirm', n, '--assign', 'sun'], asWang)
  return n
}

/** The clerk carries a change that adds 500 × NW-009 (471 to make): MC agrees, the customer accepts. Gives the order. */
async function changedByClerk(): Promise<string> {
  const n = await confirmed()
  await desk.json(['change', 'request', n, '--item', 'NW-009=500', '--channel', 'email'])
  await desk.json(['change', 'decide', `${n}-CR1`, '--mc', 'agree', '--date', '2026-12-28'], asSun)
  await desk.json(['change', 'confirm', `${n}-CR1`, '--customer', 'accept'])
  return n
}

const production = async (mo: string) => ((await desk.json(['production', 'list', '--status', 'all'])) as any[]).find((m) => m.number === mo)
const stock = async (sku: string) => (await desk.json(['stock', 'show', sku]))[0] as { onHand: number; reserved: number; available: number }

describe('a production order takes effect only when a manager signs it', () => {
  it("one the clerk's change confirm creates waits in awaiting_signoff, MC cannot accept it until wang signs, and the form then names wang, not li", async () => {
    const n = await changedByClerk()
    const mo = `${n}-MO2`
    const waiting = await production(mo)
    expect(waiting).toMatchObject({ number: mo, sku: 'NW-009', qty: 471, status: 'awaiting_signoff', signedBy: null })
    expect(await production(`${n}-MO1`)).toMatchObject({ status: 'dispatched', signedBy: 'wang' })

    // in MC's queue, but not in force
    const queue = await desk.run(['production', 'list'])
    expect(queue.stdout).toMatch(new RegExp(`${mo} .* awaiting_signoff `))
    const unsigned = await desk.run(['print', 'production-order', mo])
    expect(unsigned.exitCode).toBe(0)
    expect(unsigned.stdout).toContain('NOT IN FORCE 未生效')
    expect(unsigned.stdout).not.toContain('Li Na (li)')

    const early = await desk.run(['production', 'accept', mo, '--date', '2026-12-27'], { user: waiting.assignee })
    expect([early.exitCode, early.stderr]).toEqual([
      4,
      `orderdesk: cannot accept production order ${mo}: it is awaiting a manager's sign-off and not in force yet — a manager runs \`orderdesk production sign ${mo}\` first`,
    ])
    const early2 = await desk.run(['production', 'done', mo], { user: waiting.assignee })
    expect(early2.exitCode).toBe(4)

    // only a manager signs, with the PIN
    const byClerk = await desk.run(['production', 'sign', mo])
    expect([byClerk.exitCode, byClerk.stderr]).toEqual([4, 'orderdesk: li is clerk; production sign needs a manager\'s signature'])
    const noPin = await desk.run(['production', 'sign', mo], { user: 'wang' })
    expect([noPin.exitCode, noPin.stderr]).toEqual([2, "orderdesk: must provide `ORDERDESK_PIN (wang's PIN)` when not running interactively"])
    const wrongPin = await desk.run(['production', 'sign', mo], { user: 'wang', env: { ORDERDESK_PIN: '000000' } })
    expect(wrongPin.exitCode).toBe(4)
    expect((await production(mo)).status).toBe('awaiting_signoff')

    const signed = await desk.run(['production', 'sign', mo], asWang)
    expect([signed.exitCode, signed.stderr]).toEqual([
      0,
      `✓ production order ${mo} signed by wang: in force, with ${waiting.assignee}\n  next: orderdesk production accept ${mo} --date <date>   (${waiting.assignee}, MC)`,
    ])
    expect(await production(mo)).toMatchObject({ number: mo, status: 'dispatched', signedBy: 'wang', dispatchedDate: '2026-11-26' })
    const again = await desk.run(['production', 'sign', mo], asWang)
    expect([again.exitCode, again.stderr]).toEqual([4, `orderdesk: cannot sign production order ${mo}: it is dispatched (\`production sign\` needs awaiting_signoff)`])

    const form = await desk.run(['print', 'production-order', mo])
    expect(form.stdout).not.toContain('NOT IN FORCE')
    expect(form.stdout).toMatch(/\| +\| Wang Fang \(wang\) +\|/)
    expect(form.stdout).not.toContain('Li Na (li)')

    const accepted = await desk.run(['production', 'accept', mo, '--date', '2026-12-27'], { user: waiting.assignee })
    expect(accepted.exitCode).toBe(0)
    expect((await production(mo)).status).toBe('accepted')

    const show = (await desk.json(['order', 'show', n])) as any
    const sign = show.events.find((e: any) => e.action === 'production.sign')
    expect(sign).toMatchObject({ actor: 'wang', data: { mo, qty: 471, assignee: waiting.assignee } })
  }, SLOW)

  it('one a change enlarges waits for a new signature, and MC accepts it again after it', async () => {
    const n = await confirmed()
    const mo = `${n}-MO1`
    await desk.json(['production', 'accept', mo, '--date', '2026-12-18'], asSun)
    await desk.json(['change', 'request', n, '--item', 'NW-017=15', '--channel', 'email'])
    await desk.json(['change', 'decide', `${n}-CR1`, '--mc', 'agree', '--date', '2026-12-24'], asSun)
    await desk.json(['change', 'confirm', `${n}-CR1`, '--customer', 'accept'])
    expect(await production(mo)).toMatchObject({ qty: 15, status: 'awaiting_signoff', signedBy: null })
    expect((await desk.run(['production', 'progress', mo, '--percent', '50'], asSun)).exitCode).toBe(4)
    await desk.json(['production', 'sign', mo], asWang)
    expect(await production(mo)).toMatchObject({ qty: 15, status: 'dispatched', signedBy: 'wang' })
    expect((await desk.run(['production', 'accept', mo, '--date', '2026-12-24'], asSun)).exitCode).toBe(0)
  }, SLOW)

  it("a manager's order confirm signs its production orders at once", async () => {
    const n = await confirmed()
    expect(await production(`${n}-MO1`)).toMatchObject({ status: 'dispatched', signedBy: 'wang' })
    expect((await desk.run(['production', 'accept', `${n}-MO1`, '--date', '2026-12-18'], asSun)).exitCode).toBe(0)
  }, SLOW)

  it('production list --status takes awaiting_signoff, and the status report lists what waits for a manager', async () => {
    const n = await changedByClerk()
    const rows = (await desk.json(['production', 'list', '--status', 'awaiting_signoff'])) as any[]
    expect(rows.map((r) => r.number)).toEqual([`${n}-MO2`])
    const report = (await desk.json(['report', 'status'])) as any
    const list = report.needsAction.lists.find((l: any) => l.key === 'productionNotSigned')
    expect(list).toMatchObject({ key: 'productionNotSigned', owner: 'manager', count: 1 })
    expect(list.items[0]).toMatchObject({ order: n, ref: `${n}-MO2` })
  }, SLOW)
})

describe('production reopen takes back a wrong production done', () => {
  /** MO1 (10 × NW-017) accepted and reported all done: the order is ready. */
  async function allDone(): Promise<string> {
    const n = await confirmed()
    await desk.json(['production', 'accept', `${n}-MO1`, '--date', '2026-12-18'], asSun)
    await desk.json(['production', 'done', `${n}-MO1`], asSun)
    return n
  }

  it('MC, signed off by wang: 4 of the 10 leave the warehouse again by a reversing move, the production order and the order are in progress again, and the timeline says so', async () => {
    const before = await stock('NW-017')
    const n = await allDone()
    const mo = `${n}-MO1`
    const done = await stock('NW-017')
    expect(done).toEqual({ ...before, onHand: before.onHand + 10, reserved: before.reserved + 10, available: before.available, sku: 'NW-017' })
    expect((await desk.json(['order', 'show', n])).status).toBe('ready')

    const one = await desk.run(['production', 'reopen', mo, '--qty', '1', '--reason', 'counted twice', '--manager', 'wang', '--json'], asSunSignedOff)
    expect(one.exitCode).toBe(0)
    expect(JSON.parse(one.stdout)).toMatchObject({
      productionOrder: { number: mo, qty: 10, doneQty: 9, status: 'in_progress', progress: 90 },
      orderStatus: 'in_production',
      reopened: 1,
      signedOffBy: 'wang',
    })
    const r = await desk.run(['production', 'reopen', mo, '--qty', '3', '--reason', 'counted twice', '--manager', 'wang'], asSunSignedOff)
    expect([r.exitCode, r.stderr]).toEqual([0, `✓ 3 taken back out of the warehouse on ${mo} (signed off by wang): 6 done, 4 still to make`])
    expect(await production(mo)).toMatchObject({ qty: 10, doneQty: 6, status: 'in_progress', progress: 60 })
    expect(await stock('NW-017')).toEqual({ ...done, onHand: done.onHand - 4, reserved: done.reserved - 4 })

    // a reversing entry: the move of production done stays, the reversal is a move of its own
    const moves = await desk.query<{ kind: string; qty: number; reason: string; actor: string }>(
      "select m.kind, m.qty, m.reason, m.actor from stock_moves m join products p on p.id = m.product_id where p.sku = 'NW-017' and m.kind in ('produce', 'produce_reversal') order by m.id",
    )
    expect(moves.map((m) => [m.kind, Number(m.qty), m.reason, m.actor])).toEqual([
      ['produce', 10, mo, 'sun'],
      ['produce_reversal', -1, `${mo}: counted twice`, 'sun'],
      ['produce_reversal', -3, `${mo}: counted twice`, 'sun'],
    ])

    const show = (await desk.json(['order', 'show', n])) as any
    expect(show.status).toBe('in_production')
    const reopens = show.events.filter((e: any) => e.action === 'production.reopen')
    expect(reopens).toHaveLength(2)
    expect(reopens[0]).toMatchObject({ actor: 'sun', from: 'ready', to: 'in_production' })
    expect(reopens[1].data).toMatchObject({ mo, qty: 3, reason: 'counted twice', doneQty: { from: 9, to: 6 }, signedOffBy: 'wang' })
    const text = (await desk.run(['order', 'show', n])).stdout
    expect(text).toMatch(new RegExp(`sun +production\\.reopen +ready → in_production +counted twice; ${mo}; 1 taken back out of stock, signed off by wang`))
    expect(text).toMatch(new RegExp(`sun +production\\.reopen +counted twice; ${mo}; 3 taken back out of stock, signed off by wang`))

    // the rest is made again and reported done: ready again
    await desk.json(['production', 'done', mo], asSun)
    expect(await production(mo)).toMatchObject({ doneQty: 10, status: 'done' })
    expect((await desk.json(['order', 'show', n])).status).toBe('ready')
    expect((await desk.run(['audit', 'verify'])).exitCode).toBe(0)
  }, SLOW)

  it('refusals: not done, more than was done, not MC, no PIN, not a manager; nothing written', async () => {
    const n = await confirmed()
    const mo = `${n}-MO1`
    const args = (qty: string) => ['production', 'reopen', mo, '--qty', qty, '--reason', 'counted twice', '--manager', 'wang']

    await desk.json(['production', 'accept', mo, '--date', '2026-12-18'], asSun)
    const notDone = await desk.run(args('1'), asSunSignedOff)
    expect([notDone.exitCode, notDone.stderr]).toEqual([4, `orderdesk: cannot reopen production order ${mo}: it is accepted (\`production reopen\` needs done or in_progress)`])

    await desk.json(['production', 'done', mo, '--qty', '3', '--rejected', '3'], asSun) // in progress, nothing good reported
    const nothing = await desk.run(args('1'), asSunSignedOff)
    expect([nothing.exitCode, nothing.stderr]).toEqual([4, `orderdesk: nothing is reported done on production order ${mo}: there is no completion to take back`])

    await desk.json(['production', 'done', mo], asSun)
    const before = await stock('NW-017')
    const tooMany = await desk.run(args('11'), asSunSignedOff)
    expect([tooMany.exitCode, tooMany.stderr]).toEqual([2, `orderdesk: invalid qty "11": only 10 reported done on ${mo}`])
    const zero = await desk.run(args('0'), asSunSignedOff)
    expect(zero.exitCode).toBe(2)
    const clerk = await desk.run(args('4'), { user: 'li', env: { ORDERDESK_PIN: DEMO_PIN } })
    expect([clerk.exitCode, clerk.stderr]).toEqual([4, 'orderdesk: li is clerk; taking back a production completion needs role mc'])
    const manager = await desk.run(args('4'), asWang)
    expect(manager.exitCode).toBe(4)
    const noPin = await desk.run(args('4'), asSun)
    expect([noPin.exitCode, noPin.stderr]).toEqual([2, "orderdesk: must provide `ORDERDESK_PIN (wang's PIN)` when not running interactively"])
    const wrongPin = await desk.run(args('4'), { user: 'sun', env: { ORDERDESK_PIN: '000000' } })
    expect(wrongPin.exitCode).toBe(4)
    const notManager = await desk.run(['production', 'reopen', mo, '--qty', '4', '--reason', 'x', '--manager', 'li'], asSunSignedOff)
    expect([notManager.exitCode, notManager.stderr]).toEqual([2, 'orderdesk: invalid manager "li": must be a user with role manager'])
    const flags = await desk.run(['production', 'reopen', mo], asSun)
    expect(flags.exitCode).toBe(2)
    expect(flags.stderr).toContain('--qty')
    expect(flags.stderr).toContain('--reason')
    expect(flags.stderr).toContain('--manager')

    expect(await stock('NW-017')).toEqual(before)
    expect(await production(mo)).toMatchObject({ doneQty: 10, status: 'done' })
  }, SLOW)

  it('refused once the goods are on an outbound slip, saying what to do', async () => {
    const n = await allDone()
    const total = (await desk.json(['order', 'show', n])).total as string
    await desk.json(['payment', 'record', n, '--amount', total])
    const shipped = await desk.run(['ship', 'plan', n, '--date', '2026-11-27'])
    expect(shipped.exitCode).toBe(0)
    const r = await desk.run(['production', 'reopen', `${n}-MO1`, '--qty', '4', '--reason', 'counted twice', '--manager', 'wang'], asSunSignedOff)
    expect(r.exitCode).toBe(4)
    expect(r.stderr).toContain(`order ${n} is shipping and its goods are on an outbound slip or gone`)
  }, SLOW)
})
