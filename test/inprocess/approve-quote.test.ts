import { describe, expect, it } from 'vitest'
import { approveQuote } from '../../src/services/approve-quote.js'
import { rejectQuote } from '../../src/services/reject-quote.js'
import { repriceQuote } from '../../src/services/reprice-quote.js'
import { setSetting } from '../../src/services/set-setting.js'
import { signContract } from '../../src/services/sign-contract.js'
import { DEMO_PIN } from '../helpers/cli.js'
import { deskPerTest } from '../helpers/in-process.js'
import { contractTerms as terms, offered } from '../helpers/intake-steps.js'

const desk = deskPerTest()

/** An offer of 5 × NW-011 (list 21.00), at `price` when given. */
const offer = (price?: number) => offered(desk(), [price === undefined ? ['NW-011', 5] : ['NW-011', 5, price]])

async function quoteColumns(number: string) {
  return (await desk().desk.query('select revision, quote_approved_by, quote_approved_date, quote_approved_revision, quote_rejected_by, quote_rejected_reason from orders where number = ?', [number]))[0]
}

describe('quote approve, in-process', () => {
  it('the manager approves with the PIN: the approval holds for the revision it makes, and then the contract can be signed', async () => {
    const d = desk()
    const wang = await d.ctx('wang')
    await setSetting(wang, 'quote.approvalAbove', '50', DEMO_PIN)
    await setSetting(wang, 'quote.maxDiscount', '10', DEMO_PIN)
    const n = await offer(1800)
    // the reasons as values (the cli words them); the audit event keeps them in words
    expect(await approveQuote(wang, { number: n, pin: DEMO_PIN })).toEqual({
      reasons: [
        { kind: 'total', total: 9000, above: 5000 },
        { kind: 'discount', sku: 'NW-011', offBp: 1429, maxBp: 1000 },
      ],
      total: 9000,
      change: null,
      changeStatus: null,
    })
    expect(await quoteColumns(n)).toEqual({ revision: 3, quote_approved_by: 'wang', quote_approved_date: '2026-11-26', quote_approved_revision: 3, quote_rejected_by: null, quote_rejected_reason: null })
    const events = await d.desk.query("select action, ref, order_id, data from events where id > (select max(id) from events where action = 'stock.check') order by id")
    expect(events.map((e) => e.action)).toEqual(['signoff.pin_attempt', 'signoff.pin_ok', 'quote.approve'])
    // issue 19: the approved quotation is issued, its stored copy's hash in the event
    expect(JSON.parse(events[2].data)).toEqual({
      reasons: ['total 90.00 is above 50.00', 'NW-011 is 14.29% below list (max 10%)'],
      revision: 3,
      total: 9000, // what the manager saw (issue 19): the total and each line's price
      lines: [{ sku: 'NW-011', unitPrice: 1800, discountBp: 0 }],
      documents: [{ form: 'quotation', number: `${n}-QT1`, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) }],
    })

    await expect(approveQuote(wang, { number: n, pin: DEMO_PIN })).rejects.toMatchObject({ code: 'already_approved', message: `order ${n} is already approved` })
    expect(await signContract(await d.ctx('li'), terms(n))).toMatchObject({ contract: `${n}-CT1` })
  })

  it('a rejected offer is refused at the contract until it is re-priced and approved again', async () => {
    const d = desk()
    const wang = await d.ctx('wang')
    await setSetting(wang, 'quote.maxDiscount', '10', DEMO_PIN)
    const n = await offer(1800)
    await rejectQuote(wang, { number: n, reason: ' too cheap ' })
    expect(await quoteColumns(n)).toMatchObject({ quote_rejected_by: 'wang', quote_rejected_reason: 'too cheap', quote_approved_revision: null })
    const li = await d.ctx('li')
    await expect(signContract(li, terms(n))).rejects.toMatchObject({
      code: 'approval_required',
      message: `the quotation for order ${n} was rejected by wang: too cheap; re-price (\`orderdesk quote reprice\`) or re-check, then ask for approval`,
    })
    expect(await repriceQuote(li, { number: n, prices: [{ sku: 'NW-011', price: 2000 }] })).toEqual({ total: 10000 })
    expect(await quoteColumns(n)).toMatchObject({ quote_rejected_by: null, quote_rejected_reason: null })
    const [reprice] = await d.desk.query("select data from events where action = 'quote.reprice'")
    // issue 19: the re-priced offer needs no approval: its quotation is issued with it
    expect(JSON.parse(reprice.data)).toEqual({
      changes: [{ sku: 'NW-011', from: 1800, to: 2000 }],
      total: 10000,
      previousTotal: 9000,
      documents: [{ form: 'quotation', number: `${n}-QT2`, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) }],
    })
    // 20.00 is 4.76 % below list: within the maximum, no approval needed any more
    await expect(approveQuote(wang, { number: n, pin: DEMO_PIN })).rejects.toMatchObject({
      code: 'not_required',
      message: `order ${n} needs no approval under the current settings; sign the contract`,
    })
    expect(await signContract(li, terms(n))).toMatchObject({ contract: `${n}-CT1` })
  })

  it('only a manager, with the right PIN: a wrong one is counted against the order and nothing is approved', async () => {
    const d = desk()
    await setSetting(await d.ctx('wang'), 'quote.approvalAbove', '50', DEMO_PIN)
    const n = await offer()
    await expect(approveQuote(await d.ctx('li'), { number: n, pin: DEMO_PIN })).rejects.toMatchObject({
      exitCode: 4,
      code: 'forbidden',
      message: "li is clerk; quote approve needs a manager's signature",
    })
    await expect(rejectQuote(await d.ctx('li'), { number: n, reason: 'x' })).rejects.toMatchObject({ message: 'li is clerk; quote reject needs a manager' })
    await expect(approveQuote(await d.ctx('wang'), { number: n, pin: '654321' })).rejects.toMatchObject({ code: 'wrong_pin', message: 'wrong PIN for wang; nothing was signed' })
    const [failed] = await d.desk.query("select e.ref, o.number, e.data from events e join orders o on o.id = e.order_id where e.action = 'signoff.pin_failed'")
    expect(failed).toMatchObject({ ref: n, number: n })
    expect(JSON.parse(failed.data)).toMatchObject({ attempted: 'quote approve' })
    expect(await quoteColumns(n)).toMatchObject({ revision: 2, quote_approved_by: null })
  })
})
