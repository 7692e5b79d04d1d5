import { describe, expect, it } from 'vitest'
import { ValidationError } from '../../src/domain/errors.js'
import { DEFAULT_TERMS, dueSchedule, endOfMonth, formatPaymentTerms, parsePaymentTerms } from '../../src/domain/payment-terms.js'

describe('payment terms (issue 20 §3)', () => {
  it('parses each kind and spells it back the same', () => {
    for (const text of ['prepaid', 'deposit:30', 'deposit:100', 'monthly:30', 'instalments:30@0,60@30,10@90']) {
      expect(formatPaymentTerms(parsePaymentTerms(text, 'terms'))).toBe(text)
    }
    expect(parsePaymentTerms(' Monthly:60 ', 'terms')).toEqual({ kind: 'monthly', days: 60 })
    expect(parsePaymentTerms('instalments:50@0, 50@30', 'terms')).toEqual({ kind: 'instalments', parts: [{ percent: 50, days: 0 }, { percent: 50, days: 30 }] })
    expect(formatPaymentTerms(DEFAULT_TERMS)).toBe('deposit:100')
  })

  it.each([
    ['', 'money.notTerms'],
    ['deposit', 'money.notTerms'],
    ['deposit:101', 'money.notTerms'],
    ['deposit:-5', 'money.notTerms'],
    ['monthly:', 'money.notTerms'],
    ['monthly:3.5', 'money.notTerms'],
    ['weekly:7', 'money.notTerms'],
    ['instalments:', 'money.notTerms'],
    ['instalments:0@0,100@30', 'money.notTerms'],
    ['instalments:50@0@1,50@30', 'money.notTerms'],
    ['instalments:30@0,60@30', 'money.instalmentsSum'],
    ['instalments:50@30,50@30', 'money.instalmentsOrder'],
    ['instalments:50@30,50@0', 'money.instalmentsOrder'],
  ])('refuses %j (%s)', (text, key) => {
    let err: unknown
    try {
      parsePaymentTerms(text, 'terms')
    } catch (e) {
      err = e
    }
    expect(err).toBeInstanceOf(ValidationError)
    expect((err as ValidationError).field).toBe('terms')
    expect(JSON.stringify(err)).toContain(key)
  })
})

describe('what falls due when', () => {
  it('deposit:30 asks the deposit before the sales order, the balance before shipment, adding up exactly', () => {
    expect(dueSchedule({ kind: 'deposit', percent: 30 }, 10001, { signed: null, shipped: null })).toEqual([
      { amount: 3001, when: { at: 'before_order' } }, // rounded up, as deposits are
      { amount: 7000, when: { at: 'before_shipment' } },
    ])
    expect(dueSchedule(DEFAULT_TERMS, 500, { signed: null, shipped: null })).toEqual([{ amount: 500, when: { at: 'before_order' } }])
    expect(dueSchedule({ kind: 'deposit', percent: 0 }, 500, { signed: null, shipped: null })).toEqual([{ amount: 500, when: { at: 'before_shipment' } }])
  })

  it('monthly:30 falls due 30 days after the end of the month it shipped in', () => {
    expect(endOfMonth('2026-02-10')).toBe('2026-02-28')
    expect(endOfMonth('2028-02-10')).toBe('2028-02-29')
    expect(endOfMonth('2026-12-31')).toBe('2026-12-31')
    expect(dueSchedule({ kind: 'monthly', days: 30 }, 900, { signed: '2026-01-05', shipped: '2026-01-20' })).toEqual([{ amount: 900, when: { at: 'date', date: '2026-03-02' } }])
    expect(dueSchedule({ kind: 'monthly', days: 30 }, 900, { signed: '2026-01-05', shipped: null })).toEqual([{ amount: 900, when: { at: 'before_shipment' } }])
  })

  it('instalments count from the contract, the last share takes what rounding left', () => {
    const terms = parsePaymentTerms('instalments:30@0,60@30,10@90', 'terms')
    const shares = dueSchedule(terms, 100001, { signed: '2026-12-01', shipped: null })
    expect(shares).toEqual([
      { amount: 30001, when: { at: 'date', date: '2026-12-01' } },
      { amount: 60001, when: { at: 'date', date: '2026-12-31' } },
      { amount: 9999, when: { at: 'date', date: '2027-03-01' } },
    ])
    expect(shares.reduce((a, s) => a + s.amount, 0)).toBe(100001)
  })
})
