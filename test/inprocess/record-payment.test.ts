import { describe, expect, it } from 'vitest'
import { run as issueInvoiceCommand } from '../../src/cli/commands/invoice/issue.js'
import { recordPayment } from '../../src/services/record-payment.js'
import { deskPerTest } from '../helpers/in-process.js'

const desk = deskPerTest()

/** An order taken, offered and contracted through the cli, as the clerk li would. */
async function contracted(): Promise<string> {
  const n = (await desk().desk.json(['inquiry', 'new', '--customer', 'ALFKI', '--item', 'NW-011=5'])).order.number as string
  await desk().desk.json(['stock', 'check', n])
  await desk().desk.json(['contract', 'sign', n, '--payment-method', 'transfer', '--payment-due', '+7', '--deposit', '50'])
  return n
}

describe('record payment, in-process', () => {
  it('adds up payments, one event each, and refuses over-payment with the words of the catalogue', async () => {
    const n = await contracted()
    const ctx = await desk().ctx('li')
    expect(await recordPayment(ctx, { number: n, amount: 5000 })).toEqual({ paid: 5000, total: 10500, paymentStatus: 'partial', payment: `${n}-PM1` }) // issue 19: its number
    expect(await recordPayment(ctx, { number: n, amount: 5500 })).toMatchObject({ paid: 10500, paymentStatus: 'paid' })
    await expect(recordPayment(ctx, { number: n, amount: 1 })).rejects.toThrow(
      `payment of 0.01 would over-pay order ${n}: total 105.00, paid 105.00, balance 0.00; use --allow-overpay if the money really came`,
    )
    const events = await desk().desk.query<{ action: string; actor: string; business_date: string }>(
      "select action, actor, business_date from events where action = 'payment.record' order by id",
    )
    expect(events).toEqual([
      { action: 'payment.record', actor: 'li', business_date: '2026-11-26' },
      { action: 'payment.record', actor: 'li', business_date: '2026-11-26' },
    ])
    expect((await desk().desk.query('select paid, revision from orders where number = ?', [n]))[0]).toMatchObject({ paid: 10500 })
  })

  it('a payment dated after today is a ValidationError naming the date', async () => {
    const n = await contracted()
    await expect(recordPayment(await desk().ctx('li'), { number: n, amount: 100, date: '2026-11-27' })).rejects.toThrow(
      'invalid date "2026-11-27": a payment cannot arrive after today (2026-11-26)',
    )
  })
})

describe('invoice issue, in-process', () => {
  it('run() asks for the invoice number on a terminal and says what it recorded', async () => {
    const n = await contracted()
    const { s, stderr } = desk().session('wu', { answers: ['FP-0001'] })
    await issueInvoiceCommand({ order: n, number: undefined, amount: '50.00' }, s)
    expect(stderr.text).toBe(`✓ invoice FP-0001 of 50.00 recorded for order ${n}; invoiced 50.00 of 105.00\n`)
    expect(await desk().desk.query('select number, amount from invoices')).toEqual([{ number: 'FP-0001', amount: 5000 }])
  })

  it('--json: the order and the invoice number on stdout, nothing asked', async () => {
    const n = await contracted()
    const { s, stdout } = desk().session('wu', { json: true })
    await issueInvoiceCommand({ order: n, number: 'FP-0002', amount: undefined }, s)
    const out = JSON.parse(stdout.text)
    expect(out.invoice).toBe('FP-0002')
    expect(out.order.number).toBe(n)
  })
})
