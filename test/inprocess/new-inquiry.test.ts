import { describe, expect, it } from 'vitest'
import { newInquiry } from '../../src/services/new-inquiry.js'
import { deskPerTest } from '../helpers/in-process.js'

const desk = deskPerTest()

const item = (sku: string, qty: number, price: number | null = null) => ({ sku, qty, price })

describe('new inquiry, in-process', () => {
  it('numbers the order in the year, prices its lines (list price, own price, discount) and records one event', async () => {
    const d = desk()
    const ctx = await d.ctx('li')
    const first = await newInquiry(ctx, {
      customer: 'ALFKI',
      items: [item('NW-011', 5), { ...item('NW-001', 2, 1750), discountBp: 1000 }],
      requestedDate: '2026-12-10',
      channel: 'fax',
      sourceRef: 'FAX-1',
      note: 'call back',
    })
    const second = await newInquiry(ctx, { customer: 'VINET', items: [item('NW-012', 1)], channel: 'phone' })
    expect([first.number, second.number]).toEqual(['26-00001', '26-00002'])

    const [order] = await d.desk.query('select status, revision, total, channel, source_ref, note, order_date, requested_date, promised_date, rush, created_by from orders where number = ?', [first.number])
    // 5 × 21.00 + 2 × 17.50 less 10 % = 105.00 + 31.50
    expect(order).toEqual({ status: 'inquiry', revision: 1, total: 13650, channel: 'fax', source_ref: 'FAX-1', note: 'call back', order_date: '2026-11-26', requested_date: '2026-12-10', promised_date: null, rush: 0, created_by: 'li' })
    const lines = await d.desk.query(
      'select l.line_no, p.sku, l.qty, l.unit_price, l.discount_bp, l.amount from order_lines l join products p on p.id = l.product_id join orders o on o.id = l.order_id where o.number = ? order by l.line_no',
      [first.number],
    )
    expect(lines).toEqual([
      { line_no: 1, sku: 'NW-011', qty: 5, unit_price: 2100, discount_bp: 0, amount: 10500 },
      { line_no: 2, sku: 'NW-001', qty: 2, unit_price: 1750, discount_bp: 1000, amount: 3150 },
    ])

    const events = await d.desk.query<{ action: string; ref: string; actor: string; from_status: string | null; to_status: string; data: string }>(
      "select action, ref, actor, from_status, to_status, data from events where action = 'inquiry.new' order by id",
    )
    expect(events.map((e) => [e.ref, e.actor, e.from_status, e.to_status])).toEqual([
      [first.number, 'li', null, 'inquiry'],
      [second.number, 'li', null, 'inquiry'],
    ])
    expect(JSON.parse(events[0]!.data)).toEqual({
      customer: 'ALFKI',
      channel: 'fax',
      sourceRef: 'FAX-1',
      total: 13650,
      lines: [
        { sku: 'NW-011', qty: 5 },
        { sku: 'NW-001', qty: 2 },
      ],
    })
  })

  it('refuses what is not an inquiry, in the words of the catalogue, and writes nothing', async () => {
    const d = desk()
    const li = await d.ctx('li')
    await expect(newInquiry(li, { customer: 'NOPE', items: [item('NW-011', 1)], channel: 'phone' })).rejects.toMatchObject({
      exitCode: 2,
      message: 'invalid customer "NOPE": no such customer (see `orderdesk customer list`)',
    })
    await expect(newInquiry(li, { customer: 'ALFKI', items: [item('NW-999', 1)], channel: 'phone' })).rejects.toMatchObject({
      exitCode: 2,
      message: 'invalid sku "NW-999": no such product (see `orderdesk product list`)',
    })
    await expect(newInquiry(li, { customer: 'ALFKI', items: [], channel: 'phone' })).rejects.toMatchObject({
      message: 'invalid item "": at least one --item sku=qty is needed',
    })
    await expect(newInquiry(li, { customer: 'ALFKI', items: [item('NW-011', 1)], channel: 'phone', requestedDate: '2026-11-25' })).rejects.toMatchObject({
      message: 'invalid requested "2026-11-25": must not be before the order date 2026-11-26',
    })
    await expect(newInquiry(await d.ctx('zhao'), { customer: 'ALFKI', items: [item('NW-011', 1)], channel: 'phone' })).rejects.toMatchObject({
      exitCode: 4,
      code: 'forbidden',
      message: 'zhao is mc; recording an inquiry needs role clerk or manager',
      details: { user: 'zhao', role: 'mc' },
    })
    expect(await d.desk.query('select id from orders')).toEqual([])
    expect(await d.desk.query("select id from events where action = 'inquiry.new'")).toEqual([])
  })
})
