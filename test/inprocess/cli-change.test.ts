import { describe, expect, it } from 'vitest'
import { run as confirm } from '../../src/cli/commands/change/confirm.js'
import { run as request, type Options as RequestOptions } from '../../src/cli/commands/change/request.js'
import { UsageError } from '../../src/domain/errors.js'
import { orderAt } from '../helpers/desk-orders.js'
import { deskPerTest } from '../helpers/in-process.js'

const d = deskPerTest()

/** `change request <order>` with no flags but those given. */
const requestOpts = (order: string, o: Partial<RequestOptions> = {}): RequestOptions => ({
  order, item: [], line: [], date: undefined, cancel: false, channel: undefined, sourceRef: undefined, note: undefined, free: false, ...o,
})

const orderRow = async (n: string) => (await d().desk.query('select status, revision, total from orders where number = ?', [n]))[0]
const lineQty = async (n: string) => d().desk.query('select p.sku, l.qty from order_lines l join orders o on o.id = l.order_id join products p on p.id = l.product_id where o.number = ? order by l.line_no', [n])

describe('change request and confirm, in-process', () => {
  it('stock absorbs a larger quantity: offered with its plan, then accepted → the order, its lines and total change', async () => {
    const n = await orderAt(d().desk, 'contracted', ['NW-011=5'])
    const before = await orderRow(n)

    const rq = d().session('li')
    await request(requestOpts(n, { item: ['NW-011=8'], sourceRef: 'REC-1' }), rq.s)
    expect(rq.stdout.text).toBe('SKU     From  To  Reserve  Release  Make ±\n──────  ────  ──  ───────  ───────  ──────\nNW-011     5   8        3        0       0\n')
    const promised = ((await d().desk.query('select promised_to from change_requests where number = ?', [`${n}-CR1`]))[0] as { promised_to: string }).promised_to
    expect(rq.stderr.text).toBe(
      `✓ change ${n}-CR1 recorded: stock absorbs it; new total 168.00, delivery by ${promised}\n  next: tell the customer, then: orderdesk change confirm ${n}-CR1 --customer accept|reject\n`,
    )
    expect(await orderRow(n)).toEqual(before) // nothing changes until the customer says yes

    const cf = d().session('li', { json: true })
    await confirm({ change: `${n}-CR1`, customer: 'accept' }, cf.s)
    const out = JSON.parse(cf.stdout.text)
    expect(out.change).toMatchObject({ number: `${n}-CR1`, status: 'applied', customerDecision: { decision: 'accept', by: 'li' } })
    expect(out.order).toMatchObject({ number: n, status: 'contracted', total: '168.00', revision: before.revision + 1 })
    expect(cf.stderr.text).toBe('')
    expect(await orderRow(n)).toEqual({ status: 'contracted', revision: before.revision + 1, total: 16800 })
    expect(await lineQty(n)).toEqual([{ sku: 'NW-011', qty: 8 }])
  })

  it('the customer rejects: the change ends and the order is as it was', async () => {
    const n = await orderAt(d().desk, 'contracted', ['NW-011=5'])
    const before = await orderRow(n)
    await request(requestOpts(n, { date: '2026-12-30', channel: 'email' }), d().session('li').s)
    const cf = d().session('li')
    await confirm({ change: `${n}-CR1`, customer: 'reject' }, cf.s)
    expect(cf.stdout.text).toBe('')
    expect(cf.stderr.text).toBe(`✓ change ${n}-CR1 ended: the customer rejected it; order ${n} is as it was\n`)
    expect(await orderRow(n)).toEqual(before)
    expect((await d().desk.query('select status, customer_decision from change_requests where number = ?', [`${n}-CR1`]))[0]).toEqual({ status: 'terminated', customer_decision: 'reject' })
  })

  it('a request that changes nothing is a usage error, before anything is written', async () => {
    const n = await orderAt(d().desk, 'contracted', ['NW-011=5'])
    await expect(request(requestOpts(n), d().session('li').s)).rejects.toThrow(new UsageError('say what changes: --item sku=qty, --date <date> or --cancel'))
    expect(await d().desk.query('select number from change_requests')).toEqual([])
  })
})
