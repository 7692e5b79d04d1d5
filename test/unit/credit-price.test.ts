import { describe, expect, it } from 'vitest'
import { creditCheck } from '../../src/domain/credit.js'
import { pickPrice, type PriceEntry } from '../../src/domain/price-list.js'

describe('the credit check (issue 20 §4)', () => {
  const base = { limit: 100000, balance: 60000, order: 30000, overdue: 0, oldestLateDays: null, graceDays: 7 }

  it('lets an order through within the limit, saying what is left', () => {
    expect(creditCheck(base)).toEqual({ exposure: 90000, available: 10000, reasons: [] })
    expect(creditCheck({ ...base, order: 40000 })).toEqual({ exposure: 100000, available: 0, reasons: [] }) // exactly at the limit
  })

  it('holds an order that takes the customer over the limit, by how much', () => {
    expect(creditCheck({ ...base, order: 40001 })).toEqual({ exposure: 100001, available: -1, reasons: ['over_limit'] })
  })

  it('holds a customer overdue past the grace period, even without a limit', () => {
    expect(creditCheck({ ...base, overdue: 500, oldestLateDays: 7 }).reasons).toEqual([]) // within grace
    expect(creditCheck({ ...base, overdue: 500, oldestLateDays: 8 }).reasons).toEqual(['overdue'])
    expect(creditCheck({ ...base, limit: null, order: 10 ** 9, overdue: 500, oldestLateDays: 30 })).toEqual({ exposure: 10 ** 9 + 60000, available: null, reasons: ['overdue'] })
    expect(creditCheck({ ...base, order: 50000, overdue: 1, oldestLateDays: 9 }).reasons).toEqual(['over_limit', 'overdue'])
  })
})

describe('price lists (issue 20 §6)', () => {
  const e = (over: Partial<PriceEntry>): PriceEntry => ({ sku: 'NW-011', customer: null, group: null, price: 1000, minQty: 1, from: null, to: null, ...over })
  const line = { sku: 'NW-011', qty: 50, customer: 'ALFKI', group: 'wholesale', date: '2026-12-01' }

  it("takes the customer's own price before the group's, and the best quantity break met", () => {
    const list = [e({ group: 'wholesale', price: 900 }), e({ customer: 'ALFKI', price: 950 }), e({ customer: 'ALFKI', price: 920, minQty: 50 }), e({ customer: 'ALFKI', price: 880, minQty: 100 })]
    expect(pickPrice(list, line)?.price).toBe(920)
    expect(pickPrice(list, { ...line, qty: 49 })?.price).toBe(950)
    expect(pickPrice(list, { ...line, customer: 'BONAP' })?.price).toBe(900)
    expect(pickPrice(list, { ...line, customer: 'BONAP', group: null })).toBeNull()
  })

  it('only in its dates, the latest start winning a tie', () => {
    const list = [e({ customer: 'ALFKI', price: 990, from: '2026-01-01' }), e({ customer: 'ALFKI', price: 970, from: '2026-11-01', to: '2026-11-30' }), e({ customer: 'ALFKI', price: 960, from: '2026-12-02' })]
    expect(pickPrice(list, line)?.price).toBe(990)
    expect(pickPrice(list, { ...line, date: '2026-11-30' })?.price).toBe(970)
    expect(pickPrice(list, { ...line, date: '2026-12-02' })?.price).toBe(960)
    expect(pickPrice(list, { ...line, sku: 'NW-012' })).toBeNull()
  })
})
