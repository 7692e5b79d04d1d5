import { describe, expect, it } from 'vitest'
import { NotFoundError, RefusedError, ValidationError } from '../../src/domain/errors.js'
import { acceptProduction } from '../../src/services/accept-production.js'
import { completeProduction } from '../../src/services/complete-production.js'
import { dispatchProduction } from '../../src/services/dispatch-production.js'
import { DEMO_PIN } from '../helpers/cli.js'
import { deskPerTest, eventsOf } from '../helpers/in-process.js'

const d = deskPerTest()

/** 5 × NW-011 from stock and 10 × NW-017 to make (MC: by 2026-12-20), deposit paid, confirmed with MO1 dispatched to zhao — through the cli. */
async function confirmed(): Promise<string> {
  const n = (await d().desk.json(['inquiry', 'new', '--customer', 'ALFKI', '--item', 'NW-011=5', '--item', 'NW-017=10'])).order.number as string
  await d().desk.json(['stock', 'check', n, '--mc-date', 'NW-017=2026-12-20'])
  await d().desk.json(['contract', 'sign', n, '--payment-method', 'transfer', '--payment-due', '+7', '--deposit', '30'])
  await d().desk.json(['payment', 'record', n, '--amount', '148.50'])
  await d().desk.json(['order', 'confirm', n, '--assign', 'zhao'], { user: 'wang', env: { ORDERDESK_PIN: DEMO_PIN } })
  return n
}

const mo = (n: string) => `${n}-MO1`
const production = async (n: string) =>
  (await d().desk.query('select assignee, status, committed_date, done_qty, rejected_qty, progress from production_orders where number = ?', [mo(n)]))[0]
const order = async (n: string) => (await d().desk.query('select status, at_risk, production_issue, revision from orders where number = ?', [n]))[0]
const product = async (sku: string) => (await d().desk.query('select on_hand, reserved from products where sku = ?', [sku]))[0]

describe('production steps, in-process', () => {
  it('dispatch to the least loaded MC user, accept, done in two parts with a QC reject → ready', async () => {
    const n = await confirmed()
    const li = await d().ctx('li')
    const sun = await d().ctx('sun')

    // the clerk re-dispatches: zhao has the work open, so sun is the least loaded
    await expect(dispatchProduction(li, { number: mo(n), assign: 'wu' })).rejects.toThrow('invalid assign "wu": must be a user with role mc')
    expect(await dispatchProduction(li, { number: mo(n) })).toEqual({ assignee: 'sun' })
    expect(await production(n)).toMatchObject({ assignee: 'sun', status: 'dispatched' })
    expect(await order(n)).toMatchObject({ status: 'confirmed', production_issue: 0 })

    await expect(acceptProduction(sun, { number: mo(n), date: '2026-11-25' })).rejects.toThrow('invalid date "2026-11-25": must not be before today (2026-11-26)')
    expect(await acceptProduction(sun, { number: mo(n), date: '2026-12-18' })).toEqual({ atRisk: false, orderStatus: 'in_production' })
    expect(await production(n)).toMatchObject({ status: 'accepted', committed_date: '2026-12-18' })
    const again = acceptProduction(sun, { number: mo(n), date: '2026-12-18' })
    await expect(again).rejects.toBeInstanceOf(RefusedError)
    await expect(again).rejects.toThrow(`cannot accept production order ${mo(n)}: it is accepted (\`production accept\` needs dispatched)`)

    const part = await completeProduction(sun, { number: mo(n), qty: 6, rejected: 2 })
    expect(part).toEqual({ good: 4, rejected: 2, remaining: 6, status: 'in_progress', orderStatus: 'in_production' })
    expect(await product('NW-017')).toEqual({ on_hand: 4, reserved: 4 })
    await expect(completeProduction(sun, { number: mo(n), qty: 7 })).rejects.toThrow(`invalid qty "7": only 6 remain on ${mo(n)}`)
    await expect(completeProduction(sun, { number: mo(n), qty: 2, rejected: 3 })).rejects.toThrow('invalid rejected "3": must be a whole number from 0 to 2')
    const rest = await completeProduction(sun, { number: mo(n) })
    expect(rest).toEqual({ good: 6, rejected: 0, remaining: 0, status: 'done', orderStatus: 'ready' })
    expect(await production(n)).toMatchObject({ status: 'done', done_qty: 10, rejected_qty: 2, progress: 100 })
    expect(await product('NW-017')).toEqual({ on_hand: 10, reserved: 10 })
    expect(await order(n)).toMatchObject({ status: 'ready', at_risk: 0 })

    expect(await eventsOf(d().desk, n, 'production.')).toEqual([
      { action: 'production.dispatch', entity: 'production_order', ref: mo(n), actor: 'li', from_status: null, to_status: null, data: { mo: mo(n), from: 'zhao', to: 'sun' } },
      {
        action: 'production.accept',
        entity: 'production_order',
        ref: mo(n),
        actor: 'sun',
        from_status: 'confirmed',
        to_status: 'in_production',
        data: { mo: mo(n), committedDate: '2026-12-18', promisedDate: '2026-12-20', atRisk: false },
      },
      {
        action: 'production.done',
        entity: 'production_order',
        ref: mo(n),
        actor: 'sun',
        from_status: null,
        to_status: null,
        data: { mo: mo(n), qty: 6, good: 4, rejected: 2, doneQty: 4, remaining: 6, status: 'in_progress' },
      },
      {
        action: 'production.done',
        entity: 'production_order',
        ref: mo(n),
        actor: 'sun',
        from_status: 'in_production',
        to_status: 'ready',
        data: { mo: mo(n), qty: 6, good: 6, rejected: 0, doneQty: 10, remaining: 0, status: 'done' },
      },
    ])
  })

  it('a date after the promised one is accepted but puts the order at risk; an accepted one is not dispatched again', async () => {
    const n = await confirmed()
    expect(await acceptProduction(await d().ctx('zhao'), { number: mo(n), date: '2026-12-22' })).toEqual({ atRisk: true, orderStatus: 'in_production' })
    expect(await order(n)).toMatchObject({ status: 'in_production', at_risk: 1 })
    // only a dispatched or rejected production order is dispatched again
    await expect(dispatchProduction(await d().ctx('li'), { number: mo(n) })).rejects.toThrow(
      `cannot dispatch production order ${mo(n)}: it is accepted (\`production dispatch\` needs dispatched or rejected)`,
    )
  })

  it('refusals change nothing: an unknown production order, a clerk accepting, no other MC user', async () => {
    const n = await confirmed()
    const before = { order: await order(n), production: await production(n) }
    const missing = acceptProduction(await d().ctx('sun'), { number: `${n}-MO9`, date: '2026-12-01' })
    await expect(missing).rejects.toBeInstanceOf(NotFoundError)
    await expect(missing).rejects.toThrow(`production order "${n}-MO9" not found (see \`orderdesk production list\`)`)
    await expect(acceptProduction(await d().ctx('li'), { number: mo(n), date: '2026-12-01' })).rejects.toMatchObject({ code: 'forbidden', exitCode: 4 })
    await expect(completeProduction(await d().ctx('sun'), { number: mo(n) })).rejects.toMatchObject({ code: 'wrong_state' })
    await d().desk.query("update users set role = 'clerk' where name = 'sun'")
    await d().desk.query("update production_orders set status = 'rejected' where number = ?", [mo(n)])
    const noMc = dispatchProduction(await d().ctx('li'), { number: mo(n) })
    await expect(noMc).rejects.toMatchObject({ code: 'no_mc' })
    await expect(noMc).rejects.toThrow('there is no other MC user to dispatch to; give one with --assign')
    await expect(completeProduction(await d().ctx('zhao'), { number: mo(n), qty: 0 })).rejects.toBeInstanceOf(RefusedError) // rejected: not to be done
    expect((await production(n)).assignee).toBe(before.production.assignee)
    expect(await order(n)).toEqual(before.order)
  })
})

describe('production done, in-process', () => {
  it('a qty of 0 is a ValidationError', async () => {
    const n = await confirmed()
    await acceptProduction(await d().ctx('zhao'), { number: mo(n), date: '2026-12-18' })
    const zero = completeProduction(await d().ctx('zhao'), { number: mo(n), qty: 0 })
    await expect(zero).rejects.toBeInstanceOf(ValidationError)
    await expect(zero).rejects.toThrow('invalid qty "0": must be a positive whole number')
  })
})
