import { describe, expect, it } from 'vitest'
import { evaluateStockCheck, shortSkus, type CheckInput, type CheckLineInput, type CheckResult } from '../../src/domain/stock-check.js'
import { msg } from '../../src/domain/message.js'
import { t } from '../../src/messages/index.js'

/** The lost reason as the catalogue words it (the order keeps it so). */
const lostReason = (r: CheckResult) => (r.outcome.kind === 'lost' ? t(msg('stock.lostReason', r.outcome.lost)) : null)

const TODAY = '2026-11-26'

function line(lineNo: number, sku: string, qty: number, over: Partial<CheckLineInput> = {}): CheckLineInput {
  return { lineNo, sku, qty, producible: true, leadDays: 14, ...over }
}

function check(over: Partial<CheckInput>): ReturnType<typeof evaluateStockCheck> {
  return evaluateStockCheck({ today: TODAY, lines: [], available: {}, mcDates: {}, ...over })
}

describe('evaluateStockCheck: everything from stock', () => {
  it('offers today when every line is covered by stock', () => {
    const r = check({
      lines: [line(1, 'A', 10), line(2, 'B', 3)],
      available: { A: 20, B: 3 },
    })
    expect(r.lines).toEqual([
      { lineNo: 1, sku: 'A', qty: 10, available: 20, stockQty: 10, shortfall: 0, source: 'stock', date: TODAY, proposedDate: null },
      { lineNo: 2, sku: 'B', qty: 3, available: 3, stockQty: 3, shortfall: 0, source: 'stock', date: TODAY, proposedDate: null },
    ])
    expect(r.outcome).toEqual({ kind: 'offered', promisedDate: TODAY })
  })

  it('ignores MC dates for skus that are not short', () => {
    const r = check({ lines: [line(1, 'A', 5)], available: { A: 5 }, mcDates: { A: '2027-03-01' } })
    expect(r.lines[0]!.date).toBe(TODAY)
    expect(r.outcome).toEqual({ kind: 'offered', promisedDate: TODAY })
  })

  it('an order without lines is offered for today', () => {
    expect(check({ lines: [] })).toEqual({ lines: [], outcome: { kind: 'offered', promisedDate: TODAY } })
  })
})

describe('evaluateStockCheck: partial stock', () => {
  it('splits a line into stockQty and shortfall and uses the MC date', () => {
    const r = check({
      lines: [line(1, 'A', 10, { leadDays: 14 })],
      available: { A: 4 },
      mcDates: { A: '2026-12-20' },
    })
    expect(r.lines).toEqual([
      {
        lineNo: 1,
        sku: 'A',
        qty: 10,
        available: 4,
        stockQty: 4,
        shortfall: 6,
        source: 'production',
        date: '2026-12-20',
        proposedDate: '2026-12-10',
      },
    ])
    expect(r.outcome).toEqual({ kind: 'offered', promisedDate: '2026-12-20' })
  })

  it('a sku with no stock entry has nothing available', () => {
    const r = check({ lines: [line(1, 'A', 3, { leadDays: 5 })], mcDates: { A: '2026-12-05' } })
    expect(r.lines[0]).toMatchObject({ available: 0, stockQty: 0, shortfall: 3, source: 'production', proposedDate: '2026-12-01' })
  })

  it('proposes a date from lead days across the year end', () => {
    const r = check({ today: '2026-12-20', lines: [line(1, 'A', 1, { leadDays: 30 })], mcDates: { A: '2027-01-25' } })
    expect(r.lines[0]!.proposedDate).toBe('2027-01-19')
  })

  it('negative lead days propose today', () => {
    const r = check({ lines: [line(1, 'A', 1, { leadDays: -3 })], mcDates: { A: '2026-12-01' } })
    expect(r.lines[0]!.proposedDate).toBe(TODAY)
  })

  it('zero lead days propose today', () => {
    const r = check({ lines: [line(1, 'A', 1, { leadDays: 0 })], mcDates: { A: '2026-12-01' } })
    expect(r.lines[0]!.proposedDate).toBe(TODAY)
  })
})

describe('evaluateStockCheck: lines of the same sku share availability', () => {
  it('the second line only gets what the first left', () => {
    const r = check({
      lines: [line(1, 'A', 6), line(2, 'A', 6)],
      available: { A: 10 },
      mcDates: { A: '2026-12-15' },
    })
    expect(r.lines.map((l) => [l.available, l.stockQty, l.shortfall, l.source, l.date])).toEqual([
      [10, 6, 0, 'stock', TODAY],
      [4, 4, 2, 'production', '2026-12-15'],
    ])
    expect(r.outcome).toEqual({ kind: 'offered', promisedDate: '2026-12-15' })
  })

  it('a third line gets nothing once stock is used up', () => {
    const r = check({
      lines: [line(1, 'A', 5), line(2, 'A', 5), line(3, 'A', 5)],
      available: { A: 7 },
      mcDates: { A: '2026-12-15' },
    })
    expect(r.lines.map((l) => [l.available, l.stockQty, l.shortfall])).toEqual([
      [7, 5, 0],
      [2, 2, 3],
      [0, 0, 5],
    ])
  })

  it('other skus are not affected', () => {
    const r = check({ lines: [line(1, 'A', 10), line(2, 'B', 1)], available: { A: 10, B: 1 } })
    expect(r.lines.map((l) => l.shortfall)).toEqual([0, 0])
  })

  it('does not modify the available map it was given', () => {
    const available = { A: 10 }
    check({ lines: [line(1, 'A', 6), line(2, 'A', 6)], available, mcDates: { A: '2026-12-15' } })
    expect(available).toEqual({ A: 10 })
  })
})

describe('evaluateStockCheck: missing MC dates', () => {
  it('needs dates for every short sku without one, each listed once in line order', () => {
    const r = check({
      lines: [line(1, 'B', 5), line(2, 'A', 5), line(3, 'B', 5), line(4, 'C', 5), line(5, 'D', 5)],
      available: { C: 5 },
      mcDates: { D: '2026-12-30' },
    })
    expect(r.outcome).toEqual({ kind: 'needs_dates', skus: ['B', 'A'] })
    expect(r.lines.map((l) => l.date)).toEqual([null, null, null, TODAY, '2026-12-30'])
    expect(r.lines.map((l) => l.proposedDate)).toEqual(['2026-12-10', '2026-12-10', '2026-12-10', null, '2026-12-10'])
  })

  it('one line short without a date is enough', () => {
    const r = check({ lines: [line(1, 'A', 1), line(2, 'B', 2)], available: { A: 1, B: 1 } })
    expect(r.outcome).toEqual({ kind: 'needs_dates', skus: ['B'] })
  })
})

describe('evaluateStockCheck: lost', () => {
  it('a short product that is not producible loses the order', () => {
    const r = check({
      lines: [line(1, 'A', 10, { producible: false })],
      available: { A: 4 },
    })
    expect(r.outcome).toEqual({ kind: 'lost', lost: { why: 'not_producible', sku: 'A', shortfall: 6 } })
    expect(lostReason(r)).toBe('A is short by 6 and is not producible')
    expect(r.lines[0]).toMatchObject({ stockQty: 4, shortfall: 6, source: 'production' })
  })

  it('a not-producible product is lost even when an MC date was given', () => {
    const r = check({ lines: [line(1, 'A', 10, { producible: false })], mcDates: { A: '2026-12-20' } })
    expect(r.outcome).toEqual({ kind: 'lost', lost: { why: 'not_producible', sku: 'A', shortfall: 10 } })
    expect(lostReason(r)).toBe('A is short by 10 and is not producible')
  })

  it("MC's notProducible answer loses the order with MC's reason", () => {
    const r = check({
      lines: [line(1, 'A', 2), line(2, 'B', 10)],
      available: { A: 2 },
      notProducible: { B: 'discontinued' },
    })
    expect(r.outcome).toEqual({ kind: 'lost', lost: { why: 'mc_refused', sku: 'B', reason: 'discontinued' } })
    expect(lostReason(r)).toBe('B cannot be produced: discontinued')
  })

  it("MC's answer wins over the product flag for the reason", () => {
    const r = check({
      lines: [line(1, 'A', 3, { producible: false })],
      notProducible: { A: 'force majeure' },
    })
    expect(r.outcome).toEqual({ kind: 'lost', lost: { why: 'mc_refused', sku: 'A', reason: 'force majeure' } })
    expect(lostReason(r)).toBe('A cannot be produced: force majeure')
  })

  it('lost takes precedence over missing dates', () => {
    const r = check({
      lines: [line(1, 'A', 5), line(2, 'B', 5, { producible: false })],
    })
    expect(r.outcome).toEqual({ kind: 'lost', lost: { why: 'not_producible', sku: 'B', shortfall: 5 } })
    expect(lostReason(r)).toBe('B is short by 5 and is not producible')
  })

  it('the first lost line is reported', () => {
    const r = check({
      lines: [line(1, 'A', 5, { producible: false }), line(2, 'B', 5)],
      notProducible: { B: 'discontinued' },
    })
    expect(r.outcome).toEqual({ kind: 'lost', lost: { why: 'not_producible', sku: 'A', shortfall: 5 } })
    expect(lostReason(r)).toBe('A is short by 5 and is not producible')
  })

  it('still returns every checked line when lost', () => {
    const r = check({ lines: [line(1, 'A', 5, { producible: false }), line(2, 'B', 1)], available: { B: 1 } })
    expect(r.lines).toHaveLength(2)
    expect(r.lines[1]).toMatchObject({ sku: 'B', source: 'stock', shortfall: 0 })
  })
})

describe('evaluateStockCheck: not producible but in stock', () => {
  it('a not-producible product fully in stock is offered', () => {
    const r = check({ lines: [line(1, 'A', 5, { producible: false })], available: { A: 5 } })
    expect(r.outcome).toEqual({ kind: 'offered', promisedDate: TODAY })
    expect(r.lines[0]).toMatchObject({ stockQty: 5, shortfall: 0, source: 'stock', date: TODAY, proposedDate: null })
  })

  it("MC's notProducible for a sku that is not short does not lose the order", () => {
    const r = check({
      lines: [line(1, 'A', 5), line(2, 'B', 2)],
      available: { A: 5 },
      notProducible: { A: 'discontinued' },
      mcDates: { B: '2026-12-24' },
    })
    expect(r.outcome).toEqual({ kind: 'offered', promisedDate: '2026-12-24' })
  })
})

describe('evaluateStockCheck: promised date', () => {
  it('is the latest line date', () => {
    const r = check({
      lines: [line(1, 'A', 1), line(2, 'B', 1), line(3, 'C', 1), line(4, 'D', 1)],
      available: { A: 1 },
      mcDates: { B: '2026-12-20', C: '2027-01-05', D: '2026-12-31' },
    })
    expect(r.lines.map((l) => l.date)).toEqual([TODAY, '2026-12-20', '2027-01-05', '2026-12-31'])
    expect(r.outcome).toEqual({ kind: 'offered', promisedDate: '2027-01-05' })
  })
})

describe('evaluateStockCheck: negative availability', () => {
  it('is treated as zero', () => {
    const r = check({ lines: [line(1, 'A', 3)], available: { A: -4 }, mcDates: { A: '2026-12-10' } })
    expect(r.lines[0]).toEqual({
      lineNo: 1,
      sku: 'A',
      qty: 3,
      available: 0,
      stockQty: 0,
      shortfall: 3,
      source: 'production',
      date: '2026-12-10',
      proposedDate: '2026-12-10',
    })
  })

  it('does not eat into a later line of the same sku', () => {
    const r = check({ lines: [line(1, 'A', 3), line(2, 'A', 2)], available: { A: -4 }, mcDates: { A: '2026-12-10' } })
    expect(r.lines.map((l) => [l.available, l.stockQty, l.shortfall])).toEqual([
      [0, 0, 3],
      [0, 0, 2],
    ])
  })
})

describe('shortSkus', () => {
  it('lists short skus once, in line order', () => {
    const r = check({
      lines: [line(1, 'C', 5), line(2, 'A', 5), line(3, 'C', 5), line(4, 'B', 1)],
      available: { B: 1 },
    })
    expect(shortSkus(r)).toEqual(['C', 'A'])
  })

  it('is empty when everything is in stock', () => {
    expect(shortSkus(check({ lines: [line(1, 'A', 1)], available: { A: 1 } }))).toEqual([])
  })
})
