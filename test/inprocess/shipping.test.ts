import { describe, expect, it } from 'vitest'
import { RefusedError, ValidationError } from '../../src/domain/errors.js'
import { deliverShipment } from '../../src/services/deliver-shipment.js'
import { planShipment } from '../../src/services/plan-shipment.js'
import { sendShipment } from '../../src/services/send-shipment.js'
import { DEMO_PIN } from '../helpers/cli.js'
import { deskPerTest, eventsOf } from '../helpers/in-process.js'

const d = deskPerTest()

/** 5 × NW-011 and 10 × NW-001 from stock (285.00), 100.00 paid, confirmed: `ready` — through the cli. */
async function ready(): Promise<string> {
  const n = (await d().desk.json(['inquiry', 'new', '--customer', 'ALFKI', '--item', 'NW-011=5', '--item', 'NW-001=10'])).order.number as string
  await d().desk.json(['stock', 'check', n])
  await d().desk.json(['contract', 'sign', n, '--payment-method', 'transfer', '--payment-due', '+7', '--deposit', '30'])
  await d().desk.json(['payment', 'record', n, '--amount', '100.00'])
  await d().desk.json(['order', 'confirm', n], { user: 'wang', env: { ORDERDESK_PIN: DEMO_PIN } })
  return n
}

const order = async (n: string) => (await d().desk.query('select status, delivered_date, on_time from orders where number = ?', [n]))[0]
const product = async (sku: string) => (await d().desk.query('select on_hand, reserved from products where sku = ?', [sku]))[0]
const shipments = (n: string) =>
  d().desk.query('select s.number, s.status, s.carrier, s.tracking, s.sent_date, s.delivered_date, s.on_time, s.unpaid_reason, s.unpaid_approved_by from shipments s join orders o on o.id = s.order_id where o.number = ? order by s.id', [n])

describe('plan, send and deliver a shipment, in-process', () => {
  it('refused unpaid, a manager override on a partial slip, the rest paid on a second, delivered on time and late → completed', async () => {
    const n = await ready()
    const li = await d().ctx('li')
    const zhou = await d().ctx('zhou')

    const unpaid = planShipment(li, { number: n, date: '2026-11-28' })
    await expect(unpaid).rejects.toBeInstanceOf(RefusedError)
    await expect(unpaid).rejects.toMatchObject({ code: 'not_paid', details: { paymentStatus: 'deposit_met', balance: '185.00' } })
    await expect(unpaid).rejects.toThrow(
      `order ${n} is not paid (deposit_met: 100.00 of 285.00); record the payment with \`orderdesk payment record ${n} --amount 185.00\`, or a manager may ship it with --allow-unpaid --reason`,
    )
    await expect(planShipment(li, { number: n, date: '2026-11-25' })).rejects.toThrow('invalid date "2026-11-25": the ship date must not be before today (2026-11-26)')

    const p1 = await planShipment(await d().ctx('wang'), {
      number: n,
      date: '2026-11-28',
      carrier: 'SF Express',
      items: [{ sku: 'NW-011', qty: 3 }],
      allowUnpaid: { reason: 'regular customer, pays on delivery', pin: DEMO_PIN },
    })
    expect(p1).toMatchObject({ shipment: `${n}-OS1`, unpaid: true, parts: [{ sku: 'NW-011', qty: 3 }] })
    expect(await order(n)).toMatchObject({ status: 'shipping' })
    expect(await product('NW-011')).toEqual({ on_hand: 22, reserved: 5 }) // nothing has left yet

    expect(await sendShipment(zhou, { number: n, tracking: 'SF-001' })).toEqual({ shipment: `${n}-OS1`, orderStatus: 'shipping' })
    expect(await product('NW-011')).toEqual({ on_hand: 19, reserved: 2 })
    const nothing = sendShipment(zhou, { number: n })
    await expect(nothing).rejects.toMatchObject({ code: 'no_shipment' })
    await expect(nothing).rejects.toThrow(`order ${n} has no shipment waiting to go; plan one with \`orderdesk ship ${n} --date <date>\``)

    await d().desk.json(['payment', 'record', n, '--amount', '185.00'])
    expect(await planShipment(li, { number: n, date: '2026-11-29' })).toMatchObject({ shipment: `${n}-OS2`, unpaid: false, parts: [{ sku: 'NW-011', qty: 2 }, { sku: 'NW-001', qty: 10 }] })
    await expect(planShipment(li, { number: n, date: '2026-11-29' })).rejects.toThrow(`everything on order ${n} is already on a shipment; next: orderdesk ship send ${n}`)
    await expect(sendShipment(zhou, { number: n, shipment: `${n}-OS1` })).rejects.toThrow(`shipment ${n}-OS1 is already sent`)
    expect(await sendShipment(zhou, { number: n })).toEqual({ shipment: `${n}-OS2`, orderStatus: 'shipped' })
    expect(await product('NW-011')).toEqual({ on_hand: 17, reserved: 0 })
    expect(await product('NW-001')).toEqual({ on_hand: 29, reserved: 0 })

    await expect(deliverShipment(zhou, { number: n, date: '2026-11-27' })).rejects.toThrow('invalid date "2026-11-27": a delivery cannot be after today (2026-11-26)')
    await expect(deliverShipment(zhou, { number: n, shipment: 'X-OS1' })).rejects.toThrow(`shipment X-OS1 is not on order ${n}`)
    expect(await deliverShipment(zhou, { number: n, date: '2026-11-26' })).toEqual({ shipment: `${n}-OS1`, orderStatus: 'shipped', onTime: true, daysLate: 0 })
    await expect(deliverShipment(zhou, { number: n, shipment: `${n}-OS1` })).rejects.toThrow(`shipment ${n}-OS1 is delivered, not on the way`)
    const later = { ...zhou, today: '2026-12-02' }
    expect(await deliverShipment(later, { number: n, date: '2026-12-01' })).toEqual({ shipment: `${n}-OS2`, orderStatus: 'completed', onTime: false, daysLate: 5 })
    expect(await order(n)).toEqual({ status: 'completed', delivered_date: '2026-12-01', on_time: 0 })

    expect(await shipments(n)).toEqual([
      { number: `${n}-OS1`, status: 'delivered', carrier: 'SF Express', tracking: 'SF-001', sent_date: '2026-11-26', delivered_date: '2026-11-26', on_time: 1, unpaid_reason: 'regular customer, pays on delivery', unpaid_approved_by: 'wang' },
      { number: `${n}-OS2`, status: 'delivered', carrier: null, tracking: null, sent_date: '2026-11-26', delivered_date: '2026-12-01', on_time: 0, unpaid_reason: null, unpaid_approved_by: null },
    ])
    const os1 = `${n}-OS1`
    const os2 = `${n}-OS2`
    expect(await eventsOf(d().desk, n, 'ship.')).toEqual([
      {
        action: 'ship.plan', entity: 'shipment', ref: os1, actor: 'wang', from_status: 'ready', to_status: 'shipping',
        data: { shipment: os1, shipDate: '2026-11-28', lines: [{ sku: 'NW-011', qty: 3 }], unpaid: { paymentStatus: 'deposit_met', reason: 'regular customer, pays on delivery', approvedBy: 'wang' }, documents: [{ form: 'outbound-slip', number: os1, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) }] },
      },
      { action: 'ship.send', entity: 'shipment', ref: os1, actor: 'zhou', from_status: null, to_status: null, data: { shipment: os1, carrier: 'SF Express', tracking: 'SF-001', lines: [{ sku: 'NW-011', qty: 3 }] } },
      { action: 'ship.plan', entity: 'shipment', ref: os2, actor: 'li', from_status: null, to_status: null, data: { shipment: os2, shipDate: '2026-11-29', lines: [{ sku: 'NW-011', qty: 2 }, { sku: 'NW-001', qty: 10 }], documents: [{ form: 'outbound-slip', number: os2, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) }] } },
      {
        action: 'ship.send', entity: 'shipment', ref: os2, actor: 'zhou', from_status: 'shipping', to_status: 'shipped',
        data: { shipment: os2, carrier: null, tracking: null, lines: [{ sku: 'NW-011', qty: 2 }, { sku: 'NW-001', qty: 10 }] },
      },
      { action: 'ship.deliver', entity: 'shipment', ref: os1, actor: 'zhou', from_status: null, to_status: null, data: { shipment: os1, date: '2026-11-26', promisedDate: '2026-11-26', onTime: true, daysLate: 0 } },
      { action: 'ship.deliver', entity: 'shipment', ref: os2, actor: 'zhou', from_status: 'shipped', to_status: 'completed', data: { shipment: os2, date: '2026-12-01', promisedDate: '2026-11-26', onTime: false, daysLate: 5 } },
    ])
  })

  it('steps out of order are refused with the next step named, and change nothing', async () => {
    const n = (await d().desk.json(['inquiry', 'new', '--customer', 'ALFKI', '--item', 'NW-011=1'])).order.number as string
    const before = await d().desk.query('select status, revision from orders where number = ?', [n])
    const notReady = planShipment(await d().ctx('li'), { number: n, date: '2026-11-28' })
    await expect(notReady).rejects.toMatchObject({ code: 'wrong_state' })
    await expect(notReady).rejects.toThrow(`cannot ship order ${n}: it is inquiry`)
    await expect(notReady).rejects.toThrow(`; next for this order: orderdesk stock check ${n}`)
    await expect(sendShipment(await d().ctx('zhou'), { number: n })).rejects.toMatchObject({ code: 'wrong_state' })
    await expect(deliverShipment(await d().ctx('zhou'), { number: n })).rejects.toMatchObject({ code: 'wrong_state' })
    await expect(planShipment(await d().ctx('zhou'), { number: n, date: '2026-11-28' })).rejects.toMatchObject({ code: 'forbidden' })
    const noReason = planShipment(await d().ctx('wang'), { number: n, date: '2026-11-28', allowUnpaid: { reason: ' ', pin: DEMO_PIN } })
    await expect(noReason).rejects.toBeInstanceOf(ValidationError)
    await expect(noReason).rejects.toThrow('invalid reason " ": say why it may ship unpaid')
    expect(await d().desk.query('select status, revision from orders where number = ?', [n])).toEqual(before)
    expect(await shipments(n)).toEqual([])
  })
})
