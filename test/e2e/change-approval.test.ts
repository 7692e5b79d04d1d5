import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEMO_PIN, tempDesk, type Desk } from '../helpers/cli.js'

/**
 * Issue 19 §2: approvals bind to what was approved. A customer change whose new offer goes past
 * the approval threshold or below the allowed discount (beyond what the manager approved) is
 * applied only after a manager's `quote approve`; views and forms say what was approved.
 */

let desk: Desk
beforeEach(async () => {
  desk = await tempDesk()
})
afterEach(() => desk.cleanup())

const asManager = { user: 'wang', env: { ORDERDESK_PIN: DEMO_PIN } }
const show = (n: string) => desk.json(['order', 'show', n])

async function settings(approvalAbove: string, maxDiscount: string): Promise<void> {
  await desk.json(['settings', 'set', 'quote.approvalAbove', approvalAbove], asManager)
  await desk.json(['settings', 'set', 'quote.maxDiscount', maxDiscount], asManager)
}

/** An order under contract; `mc` gives the made-to-order lines' dates; `approve`: the manager approves the offer first. */
async function contracted(items: string[], opts: { mc?: string[]; approve?: boolean } = {}): Promise<string> {
  const n = (await desk.json(['inquiry', 'new', '--customer', 'ALFKI', ...items.flatMap((i) => ['--item', i])])).order.number
  await desk.json(['stock', 'check', n, ...(opts.mc ?? []).flatMap((d) => ['--mc-date', d])])
  if (opts.approve) await desk.json(['quote', 'approve', n], asManager)
  await desk.json(['contract', 'sign', n, '--payment-method', 'transfer', '--payment-due', '+7', '--deposit', '0'])
  return n
}

/** 18,117.00: NW-029 150 × 100.00 (19.22 % below its list 123.79), NW-012 60 × 38.00, NW-006 33 × 25.00, NW-013 2 × 6.00. */
const ORDER_18117 = ['NW-029=150@100', 'NW-012=60', 'NW-006=33', 'NW-013=2']

describe('a customer change that needs a new quotation approval', () => {
  it('the issue: prices of 0.01 on a confirmed order are refused at change confirm until a manager approves, then applied', async () => {
    await settings('5000', '10')
    const n = await contracted(['NW-017=2', 'NW-009=5'], { mc: ['NW-017=2026-12-20'] }) // 563.00, no approval needed
    await desk.json(['order', 'confirm', n, '--assign', 'sun'], asManager)
    await desk.json(['production', 'accept', `${n}-MO1`, '--date', '2026-12-18'], { user: 'sun' })
    expect((await show(n)).quote).toMatchObject({ status: 'not_required', approvedBy: null, approvedTotal: null })

    const asked = await desk.run(['change', 'request', n, '--item', 'NW-017=2@0.01', '--item', 'NW-009=500@0.01', '--source-ref', 'REC-7'])
    expect(asked.exitCode).toBe(0)
    expect(asked.stderr).toContain(
      `the new offer needs a manager's quotation approval before the change can be confirmed (NW-017 is 99.97% below list (max 10%); NW-009 is 99.99% below list (max 10%)): orderdesk quote approve ${n}`,
    )
    const cr = `${n}-CR1`
    await desk.json(['change', 'decide', cr, '--mc', 'agree', '--date', '2027-01-20'], { user: 'sun' })
    const [pending] = await desk.json(['change', 'list', '--order', n])
    expect(pending.approval).toEqual({
      status: 'pending',
      reasons: ['NW-017 is 99.97% below list (max 10%)', 'NW-009 is 99.99% below list (max 10%)'],
      approvedBy: null,
      approvedAt: null,
      total: null,
      rejectedBy: null,
      rejectedDate: null,
      rejectedReason: null,
    })
    expect((await desk.run(['order', 'show', n])).stdout).toContain(
      `${cr} (form ${n}-CF1)  mc_agreed  NW-017 2→2, NW-009 5→500; MC agree 2027-01-20; waits for a manager's approval (NW-017 is 99.97% below list (max 10%); NW-009 is 99.99% below list (max 10%))`,
    )
    expect((await desk.run(['change', 'list', '--open'])).stdout).toMatch(/mc_agreed, awaiting approval/)

    const before = await show(n)
    const refused = await desk.run(['change', 'confirm', cr, '--customer', 'accept'])
    expect(refused.exitCode).toBe(4)
    expect(refused.stderr).toBe(
      `orderdesk: the new offer of change ${cr} needs a manager's quotation approval first (NW-017 is 99.97% below list (max 10%); NW-009 is 99.99% below list (max 10%)); ask a manager to run \`orderdesk quote approve ${n}\`, then confirm the change again`,
    )
    const zh = await desk.run(['change', 'confirm', cr, '--customer', 'accept', '--lang', 'zh-CN'])
    expect(zh.exitCode).toBe(4)
    expect(zh.stderr).toContain(`客户变更 ${cr} 的新报价须先经业务部经理审批`)
    expect(zh.stderr).toContain(`orderdesk quote approve ${n}`)
    expect(await show(n)).toEqual(before) // nothing applied: total, lines, contract, revision
    expect(before).toMatchObject({ total: '563.00', contract: { number: `${n}-CT1` } })

    expect((await desk.run(['quote', 'approve', n])).exitCode).toBe(4) // li is a clerk
    const approved = await desk.json(['quote', 'approve', n], asManager)
    expect(approved.change).toMatchObject({ number: cr, status: 'mc_agreed', approval: { status: 'approved', approvedBy: 'wang', approvedAt: '2026-11-26', total: '5.02' } })
    expect(approved.order).toMatchObject({ total: '563.00', revision: before.revision }) // the order waits for the customer
    const again = await desk.run(['quote', 'approve', n], asManager)
    expect(again.exitCode).toBe(4)
    expect(again.stderr).toBe(`orderdesk: the new offer of change ${cr} is already approved by wang`)
    const [event] = await desk.query("select ref, data from events where action = 'quote.approve'")
    expect(event.ref).toBe(cr)
    expect(JSON.parse(event.data)).toEqual({
      change: cr,
      reasons: ['NW-017 is 99.97% below list (max 10%)', 'NW-009 is 99.99% below list (max 10%)'],
      total: 502,
      lines: [
        { sku: 'NW-017', unitPrice: 1, discountBp: 0 },
        { sku: 'NW-009', unitPrice: 1, discountBp: 0 },
      ],
    })

    const applied = await desk.json(['change', 'confirm', cr, '--customer', 'accept'])
    expect(applied.order).toMatchObject({ total: '5.02', contract: { number: `${n}-CT2` } })
    expect(applied.order.quote).toMatchObject({ status: 'approved', approvedBy: 'wang', approvedTotal: '5.02', approvedRevision: applied.order.revision })
    expect((await desk.run(['audit', 'verify'])).exitCode).toBe(0)
  })

  it('the approved total is what the manager saw: 18,117.00 approved, a change to 20,517.00 waits for a new approval', async () => {
    await settings('5000', '10')
    const n = await contracted(ORDER_18117, { mc: ['NW-029=2026-12-20'], approve: true })
    const [first] = await desk.query("select data from events where action = 'quote.approve'")
    expect(JSON.parse(first.data)).toMatchObject({
      total: 1811700,
      lines: [
        { sku: 'NW-029', unitPrice: 10000, discountBp: 0 },
        { sku: 'NW-012', unitPrice: 3800, discountBp: 0 },
        { sku: 'NW-006', unitPrice: 2500, discountBp: 0 },
        { sku: 'NW-013', unitPrice: 600, discountBp: 0 },
      ],
    })
    const r = await desk.json(['change', 'request', n, '--item', 'NW-022=100@24', '--source-ref', 'REC-8']) // +2,400.00 at above list
    expect(r.change).toMatchObject({ status: 'offered', total: { from: '18117.00', to: '20517.00' }, approval: { status: 'pending', reasons: ['total 20517.00 is above 5000.00'] } })

    // the view says what wang approved, not the total the change would make
    const view = (await desk.run(['order', 'show', n])).stdout
    expect(view).toMatch(/Quotation\s+approved by wang 2026-11-26 \(total 18117\.00 is above 5000\.00; NW-029 is 19\.22% below list \(max 10%\)\)\n/)
    expect(view.split('\n').find((l) => l.startsWith('Quotation'))).not.toContain('20517')
    expect(view).toContain(`${n}-CR1  offered  NW-022 0→100; waits for a manager's approval (total 20517.00 is above 5000.00)`)
    expect((await show(n)).quote).toMatchObject({ approvedTotal: '18117.00', approvedReasons: ['total 18117.00 is above 5000.00', 'NW-029 is 19.22% below list (max 10%)'] })
    expect((await desk.run(['change', 'confirm', `${n}-CR1`, '--customer', 'accept'])).exitCode).toBe(4)

    await desk.json(['quote', 'approve', n], asManager)
    const applied = await desk.json(['change', 'confirm', `${n}-CR1`, '--customer', 'accept'])
    expect(applied.order).toMatchObject({ total: '20517.00', quote: { approvedTotal: '20517.00', approvedReasons: ['total 20517.00 is above 5000.00'] } })
    const timeline = (await desk.run(['order', 'show', n])).stdout
    expect(timeline).toMatch(/wang\s+quote\.approve\s+total 18,117\.00\n/)
    expect(timeline).toMatch(/wang\s+quote\.approve\s+26-\d{5}-CR1; total 20,517\.00\n/)
  })
})

describe('a change within the limits', () => {
  it('needs no approval: applied as before, and quote approve says there is nothing to approve', async () => {
    await settings('5000', '10')
    const n = await contracted(['NW-011=5'])
    const r = await desk.json(['change', 'request', n, '--item', 'NW-011=8', '--source-ref', 'REC-1'])
    expect(r.change.approval).toEqual({ status: 'not_required', reasons: [], approvedBy: null, approvedAt: null, total: null, rejectedBy: null, rejectedDate: null, rejectedReason: null })
    const refused = await desk.run(['quote', 'approve', n], asManager)
    expect(refused.exitCode).toBe(4)
    expect(refused.stderr).toBe(
      `orderdesk: change ${n}-CR1 needs no new quotation approval under the current settings; confirm it with the customer: \`orderdesk change confirm ${n}-CR1 --customer accept|reject\``,
    )
    const a = await desk.json(['change', 'confirm', `${n}-CR1`, '--customer', 'accept'])
    expect(a.order).toMatchObject({ total: '168.00', contract: { number: `${n}-CT2` }, quote: { status: 'not_required', approvedBy: null } })
  })

  it('after an approval: the view, the quotation and the contract say the total approved (18,117.00), not the new total', async () => {
    await settings('50000', '10') // wang approves the discount; the totals stay under the threshold
    const n = await contracted(ORDER_18117, { mc: ['NW-029=2026-12-20'], approve: true })
    const r = await desk.json(['change', 'request', n, '--item', 'NW-022=100@24', '--source-ref', 'REC-9'])
    expect(r.change.approval.status).toBe('not_required')
    const a = await desk.json(['change', 'confirm', `${n}-CR1`, '--customer', 'accept'])
    expect(a.order).toMatchObject({ total: '20517.00', quote: { status: 'approved', approvedBy: 'wang', approvedTotal: '18117.00', approvedReasons: ['NW-029 is 19.22% below list (max 10%)'] } })

    const view = (await desk.run(['order', 'show', n])).stdout
    expect(view).toMatch(/Quotation\s+approved by wang 2026-11-26 \(NW-029 is 19\.22% below list \(max 10%\)\); total approved 18117\.00, now 20517\.00\n/)
    const zh = (await desk.run(['order', 'show', n, '--lang', 'zh-CN'])).stdout
    expect(zh).toContain('审批时合计 ¥18,117.00，现为 ¥20,517.00')
    const quotation = (await desk.run(['print', 'quotation', n])).stdout
    // the quotation is a record (issue 19 §1): it reprints as the manager approved it, at 18,117.00
    expect(quotation).toContain('18,117.00')
    expect(quotation).not.toContain('20,517.00')
    const contract = (await desk.run(['print', 'contract', n])).stdout
    expect(contract).toMatch(/Quotation 报价审批\s+approved by Wang Fang \(wang\) 2026-11-26; total approved 审批\s+金额 18,117\.00 \(this form 本单 20,517\.00\)/)
  })
})
