import { describe, expect, it } from 'vitest'
import { msg } from '../../src/domain/message.js'
import { approvalReasons, changeApprovalReasons, changeApprovalStatus, discountOffListBp, quoteStatus, type PricedLine } from '../../src/domain/quote-approval.js'
import { t } from '../../src/messages/index.js'

const line = (over: Partial<PricedLine> = {}): PricedLine => ({ sku: 'NW-011', listPrice: 2100, unitPrice: 2100, discountBp: 0, ...over })

describe('discountOffListBp', () => {
  it('list 21.00, price 18.00 → 1429 bp (14.2857 % rounded)', () => {
    expect(discountOffListBp(line({ unitPrice: 1800 }))).toBe(1429)
  })

  it.each([
    [2100, 0],
    [2500, 0],
    [2099, 5],
  ] as const)('price %i against list 21.00 → %i bp (never negative)', (unitPrice, bp) => {
    expect(discountOffListBp(line({ unitPrice }))).toBe(bp)
  })

  it("takes the line's own discountBp into the effective price", () => {
    // 21.00 less 10 % = 18.90 → 10 % off list
    expect(discountOffListBp(line({ discountBp: 1000 }))).toBe(1000)
    // 20.00 list, priced 18.00 and a further 5 % off → 17.10 effective → 14.5 %
    expect(discountOffListBp(line({ listPrice: 2000, unitPrice: 1800, discountBp: 500 }))).toBe(1450)
    // above list, but the line discount brings it below: 22.00 less 10 % = 19.80 → 5.71 %
    expect(discountOffListBp(line({ unitPrice: 2200, discountBp: 1000 }))).toBe(571)
  })

  it('a 100 % line discount is 100 % off list', () => {
    expect(discountOffListBp(line({ discountBp: 10000 }))).toBe(10000)
  })

  it('list price 0 → 0 (no division by zero)', () => {
    expect(discountOffListBp(line({ listPrice: 0, unitPrice: 0 }))).toBe(0)
    expect(discountOffListBp(line({ listPrice: 0, unitPrice: 500 }))).toBe(0)
  })
})

/** The reasons as the catalogue words them (what the manager and the clerk read). */
const worded = (p: Parameters<typeof approvalReasons>[0]) => approvalReasons(p).map((r) => t(msg('order.approvalReason', r)))

describe('approvalReasons', () => {
  it('gives the reasons as values: the total and its threshold, a line and its discount', () => {
    expect(approvalReasons({ total: 9000, lines: [line({ unitPrice: 1800 })], approvalAbove: 5000, maxDiscountBp: 750 })).toEqual([
      { kind: 'total', total: 9000, above: 5000 },
      { kind: 'discount', sku: 'NW-011', offBp: 1429, maxBp: 750 },
    ])
  })

  it('threshold only: a total strictly above it needs approval', () => {
    expect(worded({ total: 600000, lines: [], approvalAbove: 500000, maxDiscountBp: null })).toEqual([
      'total 6000.00 is above 5000.00',
    ])
    expect(worded({ total: 500001, lines: [line()], approvalAbove: 500000, maxDiscountBp: null })).toEqual([
      'total 5000.01 is above 5000.00',
    ])
  })

  it('a total exactly at or below the threshold does not', () => {
    expect(worded({ total: 500000, lines: [], approvalAbove: 500000, maxDiscountBp: null })).toEqual([])
    expect(worded({ total: 499999, lines: [], approvalAbove: 500000, maxDiscountBp: null })).toEqual([])
  })

  it('a threshold of 0 makes every non-zero offer need approval', () => {
    expect(worded({ total: 1, lines: [], approvalAbove: 0, maxDiscountBp: null })).toEqual(['total 0.01 is above 0.00'])
    expect(worded({ total: 0, lines: [], approvalAbove: 0, maxDiscountBp: null })).toEqual([])
  })

  it('discount only: one reason per line strictly above the maximum', () => {
    const lines = [
      line({ sku: 'NW-011', unitPrice: 1800 }), // 14.29 % → over 10 %
      line({ sku: 'NW-012', listPrice: 3800, unitPrice: 3420 }), // exactly 10 % → not over
      line({ sku: 'NW-017', listPrice: 3900, unitPrice: 3900 }), // at list
      line({ sku: 'NW-020', listPrice: 1000, unitPrice: 800 }), // 20 %
    ]
    expect(worded({ total: 999999999, lines, approvalAbove: null, maxDiscountBp: 1000 })).toEqual([
      'NW-011 is 14.29% below list (max 10%)',
      'NW-020 is 20% below list (max 10%)',
    ])
  })

  it('a maximum of 7.5 % prints as 7.5', () => {
    expect(worded({ total: 0, lines: [line({ unitPrice: 1800 })], approvalAbove: null, maxDiscountBp: 750 })).toEqual([
      'NW-011 is 14.29% below list (max 7.5%)',
    ])
  })

  it('both: the total reason first, then the discounted lines', () => {
    expect(
      worded({ total: 9000, lines: [line({ sku: 'NW-011', unitPrice: 1800 })], approvalAbove: 5000, maxDiscountBp: 0 }),
    ).toEqual(['total 90.00 is above 50.00', 'NW-011 is 14.29% below list (max 0%)'])
  })

  it('nulls (no settings) → []', () => {
    expect(worded({ total: 999999999, lines: [line({ unitPrice: 1 })], approvalAbove: null, maxDiscountBp: null })).toEqual([])
  })
})

describe('quoteStatus', () => {
  const base = { reasons: ['total 90.00 is above 50.00'], approvedRevision: null, revision: 3, rejectedReason: null }

  it('no reasons → not_required, whatever approval or rejection is on file', () => {
    expect(quoteStatus({ ...base, reasons: [] })).toBe('not_required')
    expect(quoteStatus({ ...base, reasons: [], approvedRevision: 3 })).toBe('not_required')
    expect(quoteStatus({ ...base, reasons: [], rejectedReason: 'too cheap' })).toBe('not_required')
  })

  it('reasons and no decision → pending', () => {
    expect(quoteStatus(base)).toBe('pending')
  })

  it('approved only for the same revision', () => {
    expect(quoteStatus({ ...base, approvedRevision: 3 })).toBe('approved')
    expect(quoteStatus({ ...base, approvedRevision: 2 })).toBe('pending')
    expect(quoteStatus({ ...base, approvedRevision: 4 })).toBe('pending')
  })

  it('revision 0 approved at 0 is approved (null check, not truthiness)', () => {
    expect(quoteStatus({ ...base, revision: 0, approvedRevision: 0 })).toBe('approved')
  })

  it('rejected when a reason is on file and there is no current approval', () => {
    expect(quoteStatus({ ...base, rejectedReason: 'too cheap' })).toBe('rejected')
    expect(quoteStatus({ ...base, rejectedReason: 'too cheap', approvedRevision: 2 })).toBe('rejected')
  })

  it('a current approval wins over an old rejection; an empty rejection text is no rejection', () => {
    expect(quoteStatus({ ...base, rejectedReason: 'too cheap', approvedRevision: 3 })).toBe('approved')
    expect(quoteStatus({ ...base, rejectedReason: '' })).toBe('pending')
  })
})

describe('discountOffListBp rounds half a basis point up, in integers', () => {
  it('list 4.00, unit 3.00, line discount 0.5 % is 2538 bp (exactly 2537.5)', async () => {
    const { discountOffListBp } = await import('../../src/domain/quote-approval.js')
    expect(discountOffListBp({ sku: 'X', listPrice: 400, unitPrice: 300, discountBp: 50 })).toBe(2538)
    expect(discountOffListBp({ sku: 'X', listPrice: 800, unitPrice: 300, discountBp: 900 })).toBe(6588)
  })
})

// issue 19: approvals bind to what was approved
describe('changeApprovalReasons: what a change needs approved again', () => {
  const base = { approvalAbove: 500000, maxDiscountBp: 1000 } // 5000.00, 10 %
  const approved = { total: 1811700, lines: [{ sku: 'NW-029', unitPrice: 10000, discountBp: 0 }], reasons: [] }

  it('the issue: prices of 0.01 on an order never approved → both lines, the total falls so it is not a reason', () => {
    const priced = [line({ sku: 'NW-017', listPrice: 3900, unitPrice: 1 }), line({ sku: 'NW-009', listPrice: 9700, unitPrice: 1 })]
    expect(changeApprovalReasons({ ...base, totalFrom: 56300, totalTo: 502, priced, approved: null })).toEqual([
      { kind: 'discount', sku: 'NW-017', offBp: 9997, maxBp: 1000 },
      { kind: 'discount', sku: 'NW-009', offBp: 9999, maxBp: 1000 },
    ])
  })

  it('a total raised past the threshold, or past the total approved, needs approval; one within them does not', () => {
    expect(changeApprovalReasons({ ...base, totalFrom: 400000, totalTo: 600000, priced: [], approved: null })).toEqual([{ kind: 'total', total: 600000, above: 500000 }])
    expect(changeApprovalReasons({ ...base, totalFrom: 1811700, totalTo: 2051700, priced: [], approved })).toEqual([{ kind: 'total', total: 2051700, above: 500000 }])
    expect(changeApprovalReasons({ ...base, totalFrom: 1811700, totalTo: 1700000, priced: [], approved })).toEqual([]) // smaller
    expect(changeApprovalReasons({ ...base, totalFrom: 1700000, totalTo: 1811700, priced: [], approved })).toEqual([]) // back up to what was approved
    expect(changeApprovalReasons({ ...base, totalFrom: 300000, totalTo: 450000, priced: [], approved: null })).toEqual([]) // under the threshold
  })

  it('a price at or above the one the manager approved for the product is covered; a lower one is not', () => {
    const at = (unitPrice: number) => [line({ sku: 'NW-029', listPrice: 12379, unitPrice })]
    expect(changeApprovalReasons({ ...base, totalFrom: 0, totalTo: 0, priced: at(10000), approved })).toEqual([])
    expect(changeApprovalReasons({ ...base, totalFrom: 0, totalTo: 0, priced: at(10500), approved })).toEqual([])
    expect(changeApprovalReasons({ ...base, totalFrom: 0, totalTo: 0, priced: at(9000), approved })).toEqual([{ kind: 'discount', sku: 'NW-029', offBp: 2730, maxBp: 1000 }])
  })

  it('no settings, no reasons', () => {
    const priced = [line({ unitPrice: 1 })]
    expect(changeApprovalReasons({ totalFrom: 0, totalTo: 9999999, priced, approvalAbove: null, maxDiscountBp: null, approved: null })).toEqual([])
  })
})

describe('changeApprovalStatus', () => {
  it.each([
    [[], null, true, 'not_required'],
    [['r'], null, true, 'pending'],
    [['r'], 'wang', true, 'approved'],
    [['r'], null, false, 'not_approved'],
  ] as const)('reasons %j, approved by %s, open %s → %s', (reasons, approvedBy, open, status) => {
    expect(changeApprovalStatus({ reasons, approvedBy, open })).toBe(status)
  })
})
