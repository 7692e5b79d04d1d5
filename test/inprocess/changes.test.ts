import { describe, expect, it } from 'vitest'
import { MissingFlagsError, NotFoundError, RefusedError } from '../../src/domain/errors.js'
import { confirmChange } from '../../src/services/confirm-change.js'
import { decideChange } from '../../src/services/decide-change.js'
import { requestChange } from '../../src/services/request-change.js'
import { DEMO_PIN } from '../helpers/cli.js'
import { deskPerTest, eventsOf } from '../helpers/in-process.js'

const d = deskPerTest()

/** A contracted order (no deposit); NW-017 is made to order by 2026-12-20; `confirm`: MO1 dispatched to sun and accepted — through the cli. */
async function contracted(items: string[], opts: { confirm?: boolean } = {}): Promise<string> {
  const n = (await d().desk.json(['inquiry', 'new', '--customer', 'ALFKI', ...items.flatMap((i) => ['--item', i])])).order.number as string
  const mcDates = items.some((i) => i.startsWith('NW-017')) ? ['--mc-date', 'NW-017=2026-12-20'] : []
  await d().desk.json(['stock', 'check', n, ...mcDates])
  await d().desk.json(['contract', 'sign', n, '--payment-method', 'transfer', '--payment-due', '+7', '--deposit', '0'])
  if (opts.confirm) {
    await d().desk.json(['order', 'confirm', n, '--assign', 'sun'], { user: 'wang', env: { ORDERDESK_PIN: DEMO_PIN } })
    await d().desk.json(['production', 'accept', `${n}-MO1`, '--date', '2026-12-18'], { user: 'sun' })
  }
  return n
}

const order = async (n: string) => (await d().desk.query('select status, total, revision, promised_date from orders where number = ?', [n]))[0]
const lines = (n: string) =>
  d().desk.query('select p.sku, l.qty, l.amount, l.source from order_lines l join orders o on o.id = l.order_id join products p on p.id = l.product_id where o.number = ? order by l.line_no', [n])
const product = async (sku: string) => (await d().desk.query('select on_hand, reserved from products where sku = ?', [sku]))[0]
const contracts = (n: string) =>
  d().desk.query("select d.number, d.status, d.revision from documents d join orders o on o.id = d.order_id where o.number = ? and d.kind = 'contract' order by d.seq", [n])
const change = async (c: string) => (await d().desk.query('select status, form_number, mc_decision, mc_date, customer_decision, customer_by, revision_before, revision_after, promised_to from change_requests where number = ?', [c]))[0]

describe('request and confirm a change, in-process', () => {
  it('stock absorbs it: offered, nothing changes until the customer accepts; then lines, total, stock, revision and a new contract revision', async () => {
    const n = await contracted(['NW-011=5'])
    const li = await d().ctx('li')
    const before = await order(n)
    const r = await requestChange(li, { number: n, items: [{ sku: 'NW-011', qty: 8 }], date: null, cancel: false, channel: 'phone', sourceRef: 'REC-1' })
    expect(r).toMatchObject({ change: `${n}-CR1`, status: 'offered', form: null, plan: { needsMc: false, lines: [{ sku: 'NW-011', from: 5, to: 8, reserve: 3, release: 0, produce: 0 }], totalTo: 16800 } })
    expect(await order(n)).toEqual(before)
    expect(await product('NW-011')).toEqual({ on_hand: 22, reserved: 5 })

    const a = await confirmChange(li, { change: `${n}-CR1`, decision: 'accept' })
    expect(a).toEqual({ change: `${n}-CR1`, status: 'applied', orderStatus: 'contracted', revision: before.revision + 1 })
    expect(await order(n)).toMatchObject({ status: 'contracted', total: 16800, revision: before.revision + 1 })
    expect(await lines(n)).toEqual([{ sku: 'NW-011', qty: 8, amount: 16800, source: 'stock' }])
    expect(await product('NW-011')).toEqual({ on_hand: 22, reserved: 8 })
    expect(await contracts(n)).toEqual([
      { number: `${n}-CT1`, status: 'superseded', revision: before.revision },
      { number: `${n}-CT2`, status: 'signed', revision: before.revision + 1 },
    ])
    expect(await change(`${n}-CR1`)).toMatchObject({ status: 'applied', customer_decision: 'accept', customer_by: 'li', revision_before: before.revision, revision_after: before.revision + 1 })
    expect(await eventsOf(d().desk, n, 'change.')).toEqual([
      {
        action: 'change.request', entity: 'change', ref: `${n}-CR1`, actor: 'li', from_status: null, to_status: null,
        data: { change: `${n}-CR1`, status: 'offered', form: null, cancel: false, date: null, items: [{ sku: 'NW-011', qty: 8 }], reasons: [], sourceRef: 'REC-1' },
      },
      {
        action: 'change.confirm', entity: 'change', ref: `${n}-CR1`, actor: 'li', from_status: null, to_status: null,
        data: {
          change: `${n}-CR1`,
          decision: 'accept',
          revision: { from: before.revision, to: before.revision + 1 },
          total: { from: 10500, to: 16800 },
          promisedDate: { from: before.promised_date, to: before.promised_date },
          lines: [{ sku: 'NW-011', from: 5, to: 8, reserve: 3, release: 0, produce: 0 }],
          cancel: false,
          // issue 19: the new contract revision and its confirmation are issued with the change
          documents: [
            { form: 'contract', number: `${n}-CT2`, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
            { form: 'confirmation', number: `${n}-OC2`, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
          ],
        },
      },
    ])
  })

  it('production must change: MC agrees a date, the customer accepts → the production order grows, the date moves', async () => {
    const n = await contracted(['NW-017=10'], { confirm: true })
    const r = await requestChange(await d().ctx('li'), { number: n, items: [{ sku: 'NW-017', qty: 15 }], date: null, cancel: false, channel: 'email' })
    expect(r).toMatchObject({ change: `${n}-CR1`, status: 'pending_mc', form: `${n}-CF1`, plan: { needsMc: true, reasons: [{ key: 'change.reason', params: { kind: 'more', sku: 'NW-017', qty: 5 } }] } })
    const early = confirmChange(await d().ctx('li'), { change: `${n}-CR1`, decision: 'accept' })
    await expect(early).rejects.toMatchObject({ code: 'wrong_state' })
    await expect(early).rejects.toThrow(`cannot confirm change ${n}-CR1: it is pending_mc (needs offered or mc_agreed)`)
    expect(await decideChange(await d().ctx('sun'), { change: `${n}-CF1`, decision: 'agree', date: '2026-12-24' })).toEqual({ change: `${n}-CR1`, status: 'mc_agreed' })
    const a = await confirmChange(await d().ctx('li'), { change: `${n}-CR1`, decision: 'accept' })
    expect(a).toMatchObject({ status: 'applied', orderStatus: 'in_production' })
    expect(await order(n)).toMatchObject({ status: 'in_production', total: 58500, promised_date: '2026-12-24' })
    expect(await d().desk.query('select number, qty, status, committed_date, due_date from production_orders')).toEqual([
      // issue 19 §3: enlarged by the clerk's change, it waits for a manager's signature (MC accepts it again after)
      { number: `${n}-MO1`, qty: 15, status: 'awaiting_signoff', committed_date: '2026-12-24', due_date: '2026-12-24' },
    ])
    expect((await eventsOf(d().desk, n, 'change.')).map((e) => [e.action, e.actor, e.data.decision])).toEqual([
      ['change.request', 'li', undefined],
      ['change.decide', 'sun', 'agree'],
      ['change.confirm', 'li', 'accept'],
    ])
  })

  it('refusals: a phone change without its source, a second open change, a stale acceptance naming what differs, a change not there', async () => {
    const n = await contracted(['NW-011=5'])
    const li = await d().ctx('li')
    const noSource = requestChange(li, { number: n, items: [{ sku: 'NW-011', qty: 6 }], date: null, cancel: false, channel: 'phone' })
    await expect(noSource).rejects.toBeInstanceOf(MissingFlagsError)
    await expect(noSource).rejects.toThrow('must provide `--source-ref (the call recording the change came in on)` when not running interactively')
    await requestChange(li, { number: n, items: [{ sku: 'NW-011', qty: 20 }], date: null, cancel: false, channel: 'fax', sourceRef: 'FAX-1' })
    await expect(requestChange(li, { number: n, items: [{ sku: 'NW-011', qty: 6 }], date: null, cancel: false, channel: 'email' })).rejects.toThrow(
      `order ${n} already has an open change ${n}-CR1 (offered); finish it first`,
    )

    // another order takes the free stock the change counted on
    const other = (await d().desk.json(['inquiry', 'new', '--customer', 'VINET', '--item', 'NW-011=10'])).order.number as string
    await d().desk.json(['stock', 'check', other])
    await d().desk.json(['contract', 'sign', other, '--payment-method', 'cash', '--payment-due', '+1'])
    const before = { order: await order(n), stock: await product('NW-011') }
    const stale = confirmChange(li, { change: `${n}-CR1`, decision: 'accept' })
    await expect(stale).rejects.toBeInstanceOf(RefusedError)
    const e = (await stale.catch((x: unknown) => x)) as RefusedError
    expect(e.code).toBe('stale')
    expect(e.message).toMatch(new RegExp(`^order ${n} changed since change ${n}-CR1 was evaluated \\(revision ${before.order.revision} → ${before.order.revision}\\): production must now change; `))
    expect(e.message).toMatch(new RegExp(`; end it with \`orderdesk change confirm ${n}-CR1 --customer reject\` and request it again$`))
    expect(e.details!.differences).toEqual(['production must now change', 'was [NW-011:5->20 reserve 15 release 0 produce 0], now [NW-011:5->20 reserve 7 release 0 produce 8]'])
    expect({ order: await order(n), stock: await product('NW-011') }).toEqual(before)

    expect(await confirmChange(li, { change: `${n}-CR1`, decision: 'reject' })).toEqual({ change: `${n}-CR1`, status: 'terminated', orderStatus: 'contracted', revision: before.order.revision })
    expect(await change(`${n}-CR1`)).toMatchObject({ status: 'terminated', customer_decision: 'reject' })
    const gone = confirmChange(li, { change: `${n}-CR9`, decision: 'accept' })
    await expect(gone).rejects.toBeInstanceOf(NotFoundError)
    await expect(gone).rejects.toThrow(`change "${n}-CR9" not found (see \`orderdesk change list\`)`)
  })
})
