import { describe, expect, it } from 'vitest'
import { depositAmount, paymentStatus } from '../../src/domain/payment-status.js'

describe('paymentStatus with the default deposit (100 %, null)', () => {
  const total = 10000
  it.each([
    [0, 'unpaid'],
    [1, 'partial'],
    [3000, 'partial'],
    [9999, 'partial'],
    [10000, 'paid'],
    [12000, 'refund_due'], // issue 19: more than the total is money to give back
  ] as const)('paid %i of 100.00 → %s', (paid, status) => {
    expect(paymentStatus({ total, paid, depositPct: null })).toBe(status)
  })

  it('explicit 100 % behaves the same: partial straight to paid, never deposit_met', () => {
    expect(paymentStatus({ total, paid: 0, depositPct: 100 })).toBe('unpaid')
    expect(paymentStatus({ total, paid: 9999, depositPct: 100 })).toBe('partial')
    expect(paymentStatus({ total, paid: 10000, depositPct: 100 })).toBe('paid')
  })
})

describe('paymentStatus with a 30 % deposit', () => {
  const total = 10000
  it.each([
    [0, 'unpaid'],
    [-500, 'unpaid'],
    [1, 'partial'],
    [2999, 'partial'],
    [3000, 'deposit_met'],
    [3001, 'deposit_met'],
    [9999, 'deposit_met'],
    [10000, 'paid'],
    [10001, 'refund_due'], // issue 19
  ] as const)('paid %i of 100.00 → %s', (paid, status) => {
    expect(paymentStatus({ total, paid, depositPct: 30 })).toBe(status)
  })

  it('uses the rounded-up deposit as the threshold', () => {
    // 30 % of 33.33 is 9.999 → deposit 10.00
    expect(paymentStatus({ total: 3333, paid: 999, depositPct: 30 })).toBe('partial')
    expect(paymentStatus({ total: 3333, paid: 1000, depositPct: 30 })).toBe('deposit_met')
  })
})

describe('paymentStatus with a 0 % deposit', () => {
  const total = 10000
  it.each([
    [0, 'unpaid'],
    [1, 'deposit_met'],
    [5000, 'deposit_met'],
    [9999, 'deposit_met'],
    [10000, 'paid'],
  ] as const)('paid %i of 100.00 → %s', (paid, status) => {
    expect(paymentStatus({ total, paid, depositPct: 0 })).toBe(status)
  })
})

describe('paymentStatus for a zero total (issue 19: free lines)', () => {
  it('is nothing_due with nothing paid, not paid', () => {
    expect(paymentStatus({ total: 0, paid: 0, depositPct: null })).toBe('nothing_due')
    expect(paymentStatus({ total: 0, paid: 0, depositPct: 30 })).toBe('nothing_due')
    expect(paymentStatus({ total: 0, paid: 0, depositPct: 0 })).toBe('nothing_due')
  })

  it('a total above zero with nothing paid is still unpaid', () => {
    expect(paymentStatus({ total: 1, paid: 0, depositPct: 0 })).toBe('unpaid')
  })
})

describe('depositAmount', () => {
  it('defaults to the whole total when no percent is set', () => {
    expect(depositAmount(10000, null)).toBe(10000)
    expect(depositAmount(3333, null)).toBe(3333)
  })

  it('is the percent of the total', () => {
    expect(depositAmount(10000, 30)).toBe(3000)
    expect(depositAmount(10000, 100)).toBe(10000)
    expect(depositAmount(10000, 50)).toBe(5000)
  })

  it('0 % is zero, not the default', () => {
    expect(depositAmount(10000, 0)).toBe(0)
  })

  it('rounds up to the next minor unit', () => {
    expect(depositAmount(3333, 30)).toBe(1000) // 999.9
    expect(depositAmount(10001, 30)).toBe(3001) // 3000.3
    expect(depositAmount(1, 1)).toBe(1) // 0.01
    expect(depositAmount(1, 99)).toBe(1) // 0.99
    expect(depositAmount(12345, 33)).toBe(4074) // 4073.85
  })

  it('is zero for a zero total', () => {
    expect(depositAmount(0, 30)).toBe(0)
  })
})

describe('issue 19: refund_due and refunded', () => {
  it('a cancelled order (total 0) with its deposit still paid is refund_due; once it went back, refunded', () => {
    expect(paymentStatus({ total: 0, paid: 8550, depositPct: 30, status: 'cancelled' })).toBe('refund_due')
    expect(paymentStatus({ total: 0, paid: 0, depositPct: 30, refunded: 8550, status: 'cancelled' })).toBe('refunded')
    expect(paymentStatus({ total: 0, paid: 4000, depositPct: 30, refunded: 4550, status: 'cancelled' })).toBe('refund_due')
  })
  it('a refund on an order that goes on leaves it paid once paid equals the total', () => {
    expect(paymentStatus({ total: 8400, paid: 8400, depositPct: 30, refunded: 2100, status: 'confirmed' })).toBe('paid')
  })
})
