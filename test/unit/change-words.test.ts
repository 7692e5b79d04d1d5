import { describe, expect, it } from 'vitest'
import { planDifferences, type ChangePlan } from '../../src/domain/change-plan.js'
import { change as en } from '../../src/messages/en/change.js'
import { change as zh } from '../../src/messages/zh-CN/change.js'

const plan = (o: Partial<ChangePlan>): ChangePlan => ({
  lines: [],
  cancel: false,
  dateFrom: null,
  dateTo: null,
  needsMc: false,
  reasons: [],
  promisedDate: null,
  totalFrom: 0,
  totalTo: 0,
  ...o,
})
const line = (reserve: number, produce: number) => ({ sku: 'NW-011', lineId: 1, from: 5, to: 20, unitPrice: 2100, reserve, release: 0, produce })

describe('a stale change: what differs, as values and in words', () => {
  const stored = plan({ lines: [line(15, 0)], totalTo: 42000 })
  const now = plan({ lines: [line(7, 8)], needsMc: true, totalTo: 42100 })
  const diffs = planDifferences(stored, now)

  it('planDifferences gives values', () => {
    expect(diffs).toEqual([
      { kind: 'mcNow' },
      { kind: 'lines', was: [{ sku: 'NW-011', from: 5, to: 20, reserve: 15, release: 0, produce: 0 }], now: [{ sku: 'NW-011', from: 5, to: 20, reserve: 7, release: 0, produce: 8 }] },
      { kind: 'total', from: 42000, to: 42100 },
    ])
    expect(planDifferences(stored, plan({ lines: [line(15, 0)], totalTo: 42000 }))).toEqual([])
  })

  it('English words as before; Chinese words', () => {
    expect(diffs.map(en['change.difference'])).toEqual([
      'production must now change',
      'was [NW-011:5->20 reserve 15 release 0 produce 0], now [NW-011:5->20 reserve 7 release 0 produce 8]',
      'total was 42000, now 42100',
    ])
    expect(diffs.map(zh['change.difference'])).toEqual([
      '现在需要变更生产',
      '原为 [NW-011：5→20，预留 15，释放 0，生产 0]，现为 [NW-011：5→20，预留 7，释放 0，生产 8]',
      '合计原为 ¥420.00，现为 ¥421.00',
    ])
  })

  it('what a change asks for, a cell of change list', () => {
    const what = { cancel: false, lines: [{ sku: 'NW-011', from: 5, to: 8 }, { sku: 'NW-001', from: 0, to: 4 }], date: '2026-12-30' }
    expect(en['change.what'](what)).toBe('NW-011 5→8, NW-001 0→4, date→2026-12-30')
    expect(zh['change.what'](what)).toBe('NW-011 5→8，NW-001 0→4，交期→2026-12-30')
    expect(zh['change.what']({ ...what, cancel: true })).toBe('取消订单')
  })
})
