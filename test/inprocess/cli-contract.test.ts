import { describe, expect, it } from 'vitest'
import { run, schema } from '../../src/cli/commands/contract/sign.js'
import { deskPerTest, type scriptedPrompter } from '../helpers/in-process.js'
import { options, takeOffer } from '../helpers/in-process-cli.js'

const desk = deskPerTest()

const asked = (p: unknown) => (p as ReturnType<typeof scriptedPrompter>).asked
const order = async (n: string) =>
  (await desk().desk.query('select status, payment_method, payment_due, deposit_pct from orders where number = ?', [n]))[0]
const reserved = () => desk().desk.query('select qty, status from reservations order by id')

describe('contract sign, in-process', () => {
  it('from flags: signs, reserves the stock and names the deposit to record next', async () => {
    const n = await takeOffer(desk(), ['NW-011=5'])
    const { s, stdout, stderr } = desk().session('li')
    await run(options(schema, { paymentMethod: 'transfer', paymentDue: '+7', deposit: '50' }, { order: n }), s)
    expect(stdout.text).toBe('')
    expect(stderr.text).toBe(
      `✓ contract ${n}-CT1 signed for order ${n}: total 105.00, transfer, due 2026-12-03\n` +
        '  reserved: NW-011 × 5\n' +
        `  next: orderdesk payment record ${n} --amount 52.50   (deposit 50 %)\n`,
    )
    expect(await order(n)).toEqual({ status: 'contracted', payment_method: 'transfer', payment_due: '2026-12-03', deposit_pct: 50 })
    expect(await reserved()).toEqual([{ qty: 5, status: 'active' }])
  })

  it('--json: the order with the contract number and what was reserved', async () => {
    const n = await takeOffer(desk(), ['NW-011=5'])
    const { s, stdout, stderr } = desk().session('li', { json: true })
    await run(options(schema, { paymentMethod: 'cash', paymentDue: '2026-12-10' }, { order: n }), s)
    const out = JSON.parse(stdout.text)
    expect(out.contract).toBe(`${n}-CT1`)
    expect(out.reserved).toEqual([{ sku: 'NW-011', qty: 5 }])
    expect(out.order).toMatchObject({ number: n, status: 'contracted' })
    expect(stderr.text).toBe('')
  })

  it('on a terminal, asks the terms: another method typed, the due date, and the deposit (none: the manager confirms next)', async () => {
    const n = await takeOffer(desk(), ['NW-011=5'])
    const { s, stderr } = desk().session('li', { answers: ['', 'letter of credit, 90 days', '+10', '0'] })
    await run(options(schema, {}, { order: n }), s)
    expect(asked(s.prompt)).toEqual(['Payment method', 'Payment method', 'Payment due (YYYY-MM-DD or +N days)', 'Deposit before production, percent'])
    expect(stderr.text).toBe(
      `✓ contract ${n}-CT1 signed for order ${n}: total 105.00, letter of credit, 90 days, due 2026-12-06\n` +
        '  reserved: NW-011 × 5\n' +
        `  next: orderdesk order confirm ${n}   (no deposit: a manager signs the sales order)\n`,
    )
    expect(await order(n)).toEqual({ status: 'contracted', payment_method: 'letter of credit, 90 days', payment_due: '2026-12-06', deposit_pct: 0 })
  })

  it('a bad flag fails before anything is asked or written', async () => {
    const n = await takeOffer(desk())
    const { s } = desk().session('li', { answers: [] })
    await expect(run(options(schema, { deposit: '101' }, { order: n }), s)).rejects.toThrow('invalid --deposit "101": must be a whole percent from 0 to 100')
    await expect(run(options(schema, { paymentDue: 'someday' }, { order: n }), s)).rejects.toThrow('invalid payment-due "someday": must be a date YYYY-MM-DD')
    expect(asked(s.prompt)).toEqual([])
    expect(await order(n)).toMatchObject({ status: 'offered' })
    expect(await reserved()).toEqual([])
  })
})
