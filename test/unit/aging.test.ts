import { describe, expect, it } from 'vitest'
import { ageAmounts, agingBucket } from '../../src/domain/aging.js'

describe('receivables aging (issue 20 §5)', () => {
  it('puts an amount in the bucket of its days overdue; due today is not yet overdue', () => {
    const asOf = '2026-12-01'
    expect(agingBucket('2026-12-15', asOf)).toBe('current')
    expect(agingBucket('2026-12-01', asOf)).toBe('current')
    expect(agingBucket('2026-11-30', asOf)).toBe('0-30')
    expect(agingBucket('2026-11-01', asOf)).toBe('0-30') // 30 days
    expect(agingBucket('2026-10-31', asOf)).toBe('31-60')
    expect(agingBucket('2026-10-02', asOf)).toBe('31-60') // 60 days
    expect(agingBucket('2026-10-01', asOf)).toBe('61-90')
    expect(agingBucket('2026-09-02', asOf)).toBe('61-90') // 90 days
    expect(agingBucket('2026-09-01', asOf)).toBe('90+')
  })

  it('sums a customer\'s open amounts into buckets, balance and overdue', () => {
    const r = ageAmounts(
      [
        { due: '2026-12-20', amount: 1000 },
        { due: '2026-11-20', amount: 250 },
        { due: '2026-08-01', amount: 75 },
        { due: '2026-11-25', amount: -50 }, // a credit reduces its bucket
      ],
      '2026-12-01',
    )
    expect(r.buckets).toEqual({ current: 1000, '0-30': 200, '31-60': 0, '61-90': 0, '90+': 75 })
    expect(r.balance).toBe(1275)
    expect(r.overdue).toBe(275)
  })
})
