import { describe, expect, it } from 'vitest'
import { run as deliver } from '../../src/cli/commands/ship/deliver.js'
import { run as plan, type Options as PlanOptions } from '../../src/cli/commands/ship/plan.js'
import { run as send } from '../../src/cli/commands/ship/send.js'
import { orderAt } from '../helpers/desk-orders.js'
import { deskPerTest } from '../helpers/in-process.js'

const d = deskPerTest()

/** `ship <order>` with no flags but those given. */
const planOpts = (order: string, o: Partial<PlanOptions> = {}): PlanOptions => ({
  order, date: undefined, carrier: undefined, address: undefined, item: [], allowUnpaid: false, reason: undefined, ...o,
})

const shipments = (n: string) =>
  d().desk.query('select s.number, s.status, s.ship_date, s.carrier, s.tracking, s.sent_date, s.delivered_date from shipments s join orders o on o.id = s.order_id where o.number = ? order by s.id', [n])
const onHand = async (sku: string) => ((await d().desk.query('select on_hand from products where sku = ?', [sku]))[0] as { on_hand: number }).on_hand

describe('ship, send, deliver, in-process', () => {
  it('the slip (its date asked on a terminal), the goods leaving (stock issued), their arrival (the order completed)', async () => {
    const n = await orderAt(d().desk, 'confirmed', ['NW-011=5'], { paid: '105.00' })
    const stockBefore = await onHand('NW-011')

    const p = d().session('li', { answers: ['2026-11-28'] })
    await plan(planOpts(n, { carrier: 'SF Express' }), p.s)
    expect((p.s.prompt as unknown as { asked: string[] }).asked).toEqual(['Ship date agreed with the customer'])
    expect(p.stdout.text).toBe(`Outbound slip  SKU     Qty\n─────────────  ──────  ───\n${n}-OS1   NW-011    5\n`)
    expect(p.stderr.text).toBe(`✓ outbound slip ${n}-OS1 issued for order ${n}, ship date 2026-11-28\n  next: orderdesk ship send ${n}   (logistics, when the goods leave)\n`)
    expect(await shipments(n)).toEqual([expect.objectContaining({ number: `${n}-OS1`, status: 'planned', ship_date: '2026-11-28', carrier: 'SF Express' })])
    expect(await onHand('NW-011')).toBe(stockBefore)

    const sd = d().session('zhou')
    await send({ order: n, shipment: undefined, carrier: undefined, tracking: 'SF1234567890' }, sd.s)
    expect(sd.stderr.text).toBe(`✓ shipment ${n}-OS1 sent; order ${n} is shipped\n  next: orderdesk ship deliver ${n}   (when it arrives)\n`)
    expect(await onHand('NW-011')).toBe(stockBefore - 5)

    const dl = d().session('zhou', { json: true })
    await deliver({ order: n, shipment: undefined, date: '2026-11-26' }, dl.s)
    const out = JSON.parse(dl.stdout.text)
    expect(out).toMatchObject({ shipment: `${n}-OS1`, onTime: true, daysLate: 0, order: { number: n, status: 'completed', deliveredDate: '2026-11-26' } })
    expect(dl.stderr.text).toBe('')
    expect(await shipments(n)).toEqual([
      { number: `${n}-OS1`, status: 'delivered', ship_date: '2026-11-28', carrier: 'SF Express', tracking: 'SF1234567890', sent_date: '2026-11-26', delivered_date: '2026-11-26' },
    ])

    const events = await d().desk.query<{ action: string; actor: string }>("select action, actor from events where action like 'ship.%' order by id")
    expect(events).toEqual([
      { action: 'ship.plan', actor: 'li' },
      { action: 'ship.send', actor: 'zhou' },
      { action: 'ship.deliver', actor: 'zhou' },
    ])
  })

  it('an order not ready is refused before the ship date is asked', async () => {
    const n = await orderAt(d().desk, 'contracted', ['NW-011=5'])
    const p = d().session('li', { answers: ['2026-11-28'] })
    await expect(plan(planOpts(n), p.s)).rejects.toMatchObject({ code: 'wrong_state' })
    expect((p.s.prompt as unknown as { asked: string[] }).asked).toEqual([])
    expect(await shipments(n)).toEqual([])
  })
})
