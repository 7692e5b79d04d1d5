import { describe, expect, it } from 'vitest'
import { confirmOrder } from '../../src/services/confirm-order.js'
import { recordPayment } from '../../src/services/record-payment.js'
import { DEMO_PIN } from '../helpers/cli.js'
import { deskPerTest } from '../helpers/in-process.js'
import { contracted } from '../helpers/intake-steps.js'

const desk = deskPerTest()

describe('order confirm, in-process', () => {
  it("the manager signs the sales order once the deposit is in: a production order per short line, to the least-loaded MC user", async () => {
    const d = desk()
    // 30 × NW-011 (22 in stock, 8 to make by 12-10) and 10 × NW-017 (none in stock, by 12-18): 30 × 21.00 + 10 × 39.00 = 1020.00
    const n = await contracted(d, [['NW-011', 30], ['NW-017', 10]], { mcDates: { 'NW-011': '2026-12-10', 'NW-017': '2026-12-18' }, rush: true })
    await recordPayment(await d.ctx('li'), { number: n, amount: 30600 })
    const r = await confirmOrder(await d.ctx('wang'), { number: n, pin: DEMO_PIN })
    expect(r).toEqual({
      salesOrder: `${n}-SO1`,
      status: 'confirmed',
      productionOrders: [
        { number: `${n}-MO1`, sku: 'NW-011', qty: 8, assignee: 'sun', dueDate: '2026-12-10' },
        { number: `${n}-MO2`, sku: 'NW-017', qty: 10, assignee: 'zhao', dueDate: '2026-12-18' },
      ],
    })
    expect((await d.desk.query('select status, revision from orders where number = ?', [n]))[0]).toEqual({ status: 'confirmed', revision: 5 })
    expect(await d.desk.query('select number, qty, status, assignee, priority, due_date, committed_date, signed_by, dispatched_date, done_qty from production_orders order by id')).toEqual([
      { number: `${n}-MO1`, qty: 8, status: 'dispatched', assignee: 'sun', priority: 1, due_date: '2026-12-10', committed_date: null, signed_by: 'wang', dispatched_date: '2026-11-26', done_qty: 0 },
      { number: `${n}-MO2`, qty: 10, status: 'dispatched', assignee: 'zhao', priority: 1, due_date: '2026-12-18', committed_date: null, signed_by: 'wang', dispatched_date: '2026-11-26', done_qty: 0 },
    ])
    const [so] = await d.desk.query("select number, seq, revision, status, signed_by, data from documents where kind = 'sales_order'")
    expect(so).toMatchObject({ number: `${n}-SO1`, seq: 1, revision: 5, status: 'signed', signed_by: 'wang' })
    expect(JSON.parse(so.data)).toEqual({ total: 102000, promisedDate: '2026-12-18', productionOrders: r.productionOrders })
    const events = await d.desk.query("select action, actor, from_status, to_status, data from events where id > (select max(id) from events where action = 'payment.record') order by id")
    expect(events.map((e) => [e.action, e.actor, e.from_status, e.to_status])).toEqual([
      ['signoff.pin_attempt', 'wang', null, null],
      ['signoff.pin_ok', 'wang', null, null],
      ['order.confirm', 'wang', 'contracted', 'confirmed'],
    ])
    const data = JSON.parse(events[2].data)
    expect(data).toEqual({ salesOrder: `${n}-SO1`, productionOrders: r.productionOrders, documents: expect.any(Array) })
    // issue 19: the sales order and its production orders are issued, each stored copy's hash in the event
    expect(data.documents.map((x: { form: string; number: string }) => [x.form, x.number])).toEqual([
      ['sales-order', `${n}-SO1`],
      ['production-order', `${n}-MO1`],
      ['production-order', `${n}-MO2`],
    ])
  })

  it('all from stock: the order is ready at once, with no production order; --assign must name an MC user', async () => {
    const d = desk()
    const n = await contracted(d, [['NW-011', 5]])
    await recordPayment(await d.ctx('li'), { number: n, amount: 3150 })
    const wang = await d.ctx('wang')
    await expect(confirmOrder(wang, { number: n, pin: DEMO_PIN, assign: 'li' })).rejects.toMatchObject({ exitCode: 2, message: 'invalid assign "li": must be a user with role mc' })
    expect(await confirmOrder(wang, { number: n, pin: DEMO_PIN })).toEqual({ salesOrder: `${n}-SO1`, status: 'ready', productionOrders: [] })
    expect(await d.desk.query('select id from production_orders')).toEqual([])
  })

  it("refuses while the deposit has not arrived, naming the payment to record, and a user who is not a manager", async () => {
    const d = desk()
    const n = await contracted(d, [['NW-011', 5]])
    await recordPayment(await d.ctx('li'), { number: n, amount: 1000 })
    await expect(confirmOrder(await d.ctx('li'), { number: n, pin: null })).rejects.toMatchObject({
      exitCode: 4,
      message: "li is clerk; order confirm needs a manager's signature",
    })
    await expect(confirmOrder(await d.ctx('wang'), { number: n, pin: DEMO_PIN })).rejects.toMatchObject({
      exitCode: 4,
      code: 'deposit_missing',
      message: `the deposit for order ${n} has not arrived: 10.00 paid of the 31.50 required (30 % of 105.00); record it with \`orderdesk payment record ${n} --amount 21.50\``,
      details: { paid: '10.00', required: '31.50' },
    })
    expect((await d.desk.query('select status from orders where number = ?', [n]))[0]).toEqual({ status: 'contracted' })
    expect(await d.desk.query("select id from events where action = 'order.confirm'")).toEqual([])
  })
})
