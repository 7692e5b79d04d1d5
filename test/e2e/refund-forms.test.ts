import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEMO_PIN, tempDesk, type Desk } from '../helpers/cli.js'

/**
 * Issue 19 §6 (refunds "with the balance and the forms showing it"): the sales order, the
 * latest order confirmation and the outbound slip list the order's payments as of the day
 * printed — number, date, kind, method and bank reference, amount (a refund its own negative
 * line, a voided one marked and not counted) — with received, refunded, net paid and the
 * balance or refund due; a later procedure fact, so a reprint after a payment still passes
 * `audit verify`. `order show` gets a Kind column and the same sums.
 */
let desk: Desk
beforeEach(async () => {
  desk = await tempDesk()
})
afterEach(() => desk.cleanup())

const manager = { user: 'wang', env: { ORDERDESK_PIN: DEMO_PIN } }
const finance = { user: 'wu' }

async function ok(args: string[], opts?: { user?: string; env?: Record<string, string> }): Promise<string> {
  const r = await desk.run(args, opts)
  if (r.exitCode !== 0) throw new Error(`orderdesk ${args.join(' ')} exited ${r.exitCode}: ${r.stderr}`)
  return r.stdout
}

/** NW-011=5 + NW-001=10 (all from stock): total 285.00, deposit 30 % = 85.50; signed contract. */
async function contracted(): Promise<string> {
  const n = (await desk.json(['inquiry', 'new', '--customer', 'ALFKI', '--item', 'NW-011=5', '--item', 'NW-001=10'])).order.number
  await desk.json(['stock', 'check', n])
  await desk.json(['contract', 'sign', n, '--payment-method', 'transfer', '--payment-due', '+7', '--deposit', '30'])
  return n
}

/** A deposit (PM1), the sales order, a cancellation and the refund (PM2). */
async function cancelledAndRefunded(): Promise<string> {
  const n = await contracted()
  await ok(['payment', 'record', n, '--amount', '85.50', '--method', 'transfer', '--ref', 'ICBC-1'])
  await ok(['order', 'confirm', n], manager)
  await desk.json(['change', 'request', n, '--cancel', '--source-ref', 'FAX-9', '--channel', 'fax'])
  await desk.json(['change', 'confirm', `${n}-CR1`, '--customer', 'accept'])
  await ok(['payment', 'refund', n, '--amount', '85.50', '--ref', 'ICBC-2', '--reason', 'order cancelled'], finance)
  return n
}

const print = (form: string, ref: string, extra: string[] = []) => ok(['print', form, ref, ...extra])

describe('the sales order lists the payments as of the day printed', () => {
  it('deposit, cancellation, refund: PM1 and PM2 (-85.50) listed, net paid 0.00, balance due 0.00; the copy still verifies', async () => {
    const n = await cancelledAndRefunded()
    const so = await print('sales-order', n)
    expect(so).toContain('Payments as of 2026-11-26 收付款记录（截至 2026-11-26）')
    expect(so).toMatch(new RegExp(`${n}-PM1 +2026-11-26 +payment 回款 +transfer / ICBC-1 +85\\.50\n`))
    expect(so).toMatch(new RegExp(`${n}-PM2 +2026-11-26 +refund 退款 +ICBC-2 +-85\\.50\n`))
    expect(so).toMatch(/Received 已收 +85\.50\n/)
    expect(so).toMatch(/Refunded 已退 +85\.50\n/)
    expect(so).toMatch(/Net paid 实收 +0\.00\n/)
    expect(so).toMatch(/Balance due 未收 +0\.00\n/)
    // the stale "paid" of the copy as issued is no longer printed beside the list
    expect(so).not.toMatch(/Paid 已付/)
    // the refund came after the sales order was issued: its stored copy still verifies
    const v = await desk.run(['audit', 'verify'])
    expect(v.exitCode, v.stdout + v.stderr).toBe(0)
    expect((await desk.json(['audit', 'verify'])).documents).toMatchObject({ ok: true, mismatches: 0 })
    // the HTML form shows the same list
    const html = await print('sales-order', n, ['--format', 'html'])
    expect(html).toContain('<div class="payments">')
    expect(html).toContain(`${n}-PM2`)
    expect(html).toContain('-85.50')
  })

  it('a voided payment is marked VOID and not counted', async () => {
    const n = await contracted()
    await ok(['payment', 'record', n, '--amount', '85.50', '--ref', 'ICBC-1'])
    await ok(['payment', 'record', n, '--amount', '855.00', '--ref', 'TYPO', '--allow-overpay'])
    await ok(['order', 'confirm', n], manager)
    await ok(['payment', 'void', `${n}-PM2`, '--reason', 'typed 855.00 for 85.50'], finance)
    const so = await print('sales-order', n)
    expect(so).toMatch(new RegExp(`${n}-PM2 +2026-11-26 +payment 回款 VOID 作废 +TYPO +855\\.00\n`))
    expect(so).toMatch(/Received 已收 +85\.50\n/)
    expect(so).toMatch(/Net paid 实收 +85\.50\n/)
    expect(so).toMatch(/Balance due 未收 +199\.50\n/)
    const html = await print('sales-order', n, ['--format', 'html'])
    expect(html).toMatch(new RegExp(`<tr class="void"><td class="sku">${n}-PM2</td>`))
    expect((await desk.run(['audit', 'verify'])).exitCode).toBe(0)
  })

  it('more paid than the total: the refund due', async () => {
    const n = await contracted()
    await ok(['payment', 'record', n, '--amount', '300.00', '--allow-overpay'])
    await ok(['order', 'confirm', n], manager)
    const so = await print('sales-order', n)
    expect(so).toMatch(/Net paid 实收 +300\.00\n/)
    expect(so).toMatch(/Refund due 应退 +15\.00\n/)
  })

  it('in Chinese: 退款 and 作废, the title as of the day printed', async () => {
    const n = await cancelledAndRefunded()
    await ok(['payment', 'void', `${n}-PM2`, '--reason', '重复登记'], finance)
    await ok(['payment', 'refund', n, '--amount', '85.50', '--ref', 'ICBC-3'], finance)
    const so = await print('sales-order', n, ['--lang', 'zh-CN'])
    expect(so).toContain('收付款记录（截至 2026-11-26）')
    expect(so).toMatch(new RegExp(`${n}-PM1 +2026-11-26 +回款 +银行转账 / ICBC-1 +85\\.50\n`))
    expect(so).toMatch(new RegExp(`${n}-PM2 +2026-11-26 +退款（作废） +ICBC-2 +-85\\.50\n`))
    expect(so).toMatch(new RegExp(`${n}-PM3 +2026-11-26 +退款 +ICBC-3 +-85\\.50\n`))
    expect(so).toMatch(/已退 +85\.50\n/)
    expect(so).toMatch(/实收 +0\.00\n/)
    expect(so).toMatch(/未收余额 +0\.00\n/)
    expect(so).not.toMatch(/Payments|refund|VOID/)
    const html = await print('sales-order', n, ['--lang', 'zh-CN', '--format', 'html'])
    expect(html).toContain('退款（作废）')
    expect(html).toContain('收付款记录（截至 2026-11-26）')
  })
})

describe('the confirmation and the outbound slip list them too', () => {
  it('the latest confirmation: no payment yet, then the deposit', async () => {
    const n = await contracted()
    const before = await print('confirmation', n)
    expect(before).toContain('none recorded 暂无')
    expect(before).toMatch(/Balance due 未收 +285\.00\n/)
    await ok(['payment', 'record', n, '--amount', '85.50', '--ref', 'ICBC-1'])
    const after = await print('confirmation', n)
    expect(after).toMatch(new RegExp(`${n}-PM1 +2026-11-26 +payment 回款 +ICBC-1 +85\\.50\n`))
    expect(after).toMatch(/Balance due 未收 +199\.50\n/)
    expect((await desk.run(['audit', 'verify'])).exitCode).toBe(0)
  })

  it('the outbound slip lists the payments; a payment after its issue is shown and the copy still verifies', async () => {
    const n = await contracted()
    await ok(['payment', 'record', n, '--amount', '285.00', '--method', 'transfer', '--ref', 'BOC-1'])
    await ok(['order', 'confirm', n], manager)
    await ok(['ship', n, '--date', '2026-11-26'])
    const slip = await print('outbound-slip', n)
    expect(slip).toContain('Payments as of 2026-11-26')
    expect(slip).toMatch(new RegExp(`${n}-PM1 +2026-11-26 +payment 回款 +transfer / BOC-1 +285\\.00\n`))
    expect(slip).toMatch(/Balance due 未收 +0\.00\n/)
    // an over-payment after the slip was issued: the reprint lists it, the stored copy is unchanged
    await ok(['payment', 'record', n, '--amount', '5.00', '--ref', 'BOC-2', '--allow-overpay'])
    const again = await print('outbound-slip', n)
    expect(again).toMatch(new RegExp(`${n}-PM2 +2026-11-26 +payment 回款 +BOC-2 +5\\.00\n`))
    expect(again).toMatch(/Refund due 应退 +5\.00\n/)
    const v = await desk.run(['audit', 'verify'])
    expect(v.exitCode, v.stdout + v.stderr).toBe(0)
    const zh = await print('outbound-slip', n, ['--lang', 'zh-CN'])
    expect(zh).toContain('收付款记录（截至 2026-11-26）')
    expect(zh).toMatch(/应退款 +5\.00\n/)
  })
})

describe('order show: a Kind column and the sums', () => {
  it('payment, refund and a voided one; the sums count what is not voided; --json keeps number, kind, voided', async () => {
    const n = await cancelledAndRefunded()
    const view = (await desk.run(['order', 'show', n])).stdout
    expect(view).toMatch(/Number +Date +Kind +Amount +Method +Reference +By +Voided\n/)
    expect(view).toMatch(new RegExp(`${n}-PM1 +2026-11-26 +payment +85\\.50 +transfer +ICBC-1 +li`))
    expect(view).toMatch(new RegExp(`${n}-PM2 +2026-11-26 +refund +-85\\.50 +ICBC-2 +wu`))
    expect(view).toContain('  received 85.50   refunded 85.50   net paid 0.00   balance due 0.00\n')
    await ok(['payment', 'void', `${n}-PM2`, '--reason', 'never left the bank'], finance)
    const voided = (await desk.run(['order', 'show', n])).stdout
    expect(voided).toContain('  received 85.50   refunded 0.00   net paid 85.50   refund due 85.50\n')
    const zh = (await desk.run(['order', 'show', n, '--lang', 'zh-CN'])).stdout
    expect(zh).toMatch(/单号 +日期 +类别 +金额 +付款方式 +银行流水号 +登记人 +作废\n/)
    expect(zh).toMatch(new RegExp(`${n}-PM2 +2026-11-26 +退款 +-85\\.50`))
    expect(zh).toContain('  已收 ¥85.50   已退 ¥0.00   实收 ¥85.50   应退款 ¥85.50\n')
    const json = await desk.json(['order', 'show', n])
    expect(json.payments.map((p: any) => [p.number, p.kind, p.voided === null])).toEqual([
      [`${n}-PM1`, 'payment', true],
      [`${n}-PM2`, 'refund', false],
    ])
  })
})

describe('payment record and refund share their preamble', () => {
  it('a bad --amount or --date is a user error before anything is read; --amount is needed off a terminal', async () => {
    const n = await contracted()
    for (const verb of ['record', 'refund']) {
      const user = verb === 'refund' ? finance : undefined
      const bad = await desk.run(['payment', verb, n, '--amount', 'abc'], { user: user?.user })
      expect(bad.exitCode).toBe(2)
      expect(bad.stderr).toContain('amount')
      const date = await desk.run(['payment', verb, n, '--amount', '1', '--date', 'yesterday-ish'], { user: user?.user })
      expect(date.exitCode).toBe(2)
      expect(date.stderr).toContain('date')
      const missing = await desk.run(['payment', verb, n], { user: user?.user })
      expect(missing.exitCode).toBe(2)
      expect(missing.stderr).toContain('--amount')
    }
    expect((await desk.json(['order', 'show', n])).payments).toEqual([])
  })
})
