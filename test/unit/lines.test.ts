import { beforeAll, describe, expect, it } from 'vitest'
import { evaluateChange, lineItems, type ChangeLineState, type ChangeState } from '../../src/domain/change-plan.js'
import { UsageError, ValidationError } from '../../src/domain/errors.js'
import { freeInChange, freeLines, isFree } from '../../src/domain/free-lines.js'
import { parseLineItem } from '../../src/domain/item-spec.js'
import { mergeRepeated } from '../../src/domain/repeated-lines.js'
import { installWords } from '../../src/messages/index.js'

// issue 19: one line per product, lines by number, lines at no charge
beforeAll(installWords)

const entry = (sku: string, qty: number, unitPrice = 2100, discountBp = 0) => ({ sku, qty, unitPrice, discountBp })

describe('mergeRepeated: one line per product', () => {
  it('adds the quantities of a repeated product into the first one’s place, saying so', () => {
    const r = mergeRepeated([entry('NW-011', 5), entry('NW-001', 1, 1800), entry('NW-011', 3), entry('NW-011', 2)])
    expect(r.lines).toEqual([entry('NW-011', 10), entry('NW-001', 1, 1800)])
    expect(r.merged).toEqual([{ sku: 'NW-011', qty: 10, parts: [5, 3, 2], entries: [0, 2, 3] }])
    expect(r.clashes).toEqual([])
  })

  it('leaves distinct products alone, and does not touch the entries given', () => {
    const given = [entry('NW-011', 5), entry('NW-001', 1)]
    const r = mergeRepeated(given)
    expect(r.lines).toEqual(given)
    expect(r.merged).toEqual([])
    r.lines[0]!.qty = 99
    expect(given[0]!.qty).toBe(5)
  })

  it('a repeated product at another price or discount is a clash, not merged', () => {
    const r = mergeRepeated([entry('NW-011', 5), entry('NW-011', 3, 1900), entry('NW-011', 1, 2100, 500)])
    expect(r.lines).toEqual([entry('NW-011', 5)])
    expect(r.clashes.map((c) => [c.firstEntry, c.otherEntry, c.other.unitPrice, c.other.discountBp])).toEqual([[0, 1, 1900, 0], [0, 2, 2100, 500]])
  })
})

describe('free lines', () => {
  it('a line is free at a zero price or all discounted', () => {
    expect(isFree({ unitPrice: 0, discountBp: 0 })).toBe(true)
    expect(isFree({ unitPrice: 2100, discountBp: 10000 })).toBe(true)
    expect(isFree({ unitPrice: 1, discountBp: 9999 })).toBe(false)
  })

  const lines = [{ lineNo: 1, sku: 'NW-001', qty: 2, unitPrice: 1800, discountBp: 0 }, { lineNo: 2, sku: 'NW-011', qty: 5, unitPrice: 0, discountBp: 0 }]

  it('without a grant a zero price is refused, naming the item and the value', () => {
    let e: unknown
    try {
      freeLines(lines, null)
    } catch (x) {
      e = x
    }
    expect(e).toBeInstanceOf(ValidationError)
    expect((e as ValidationError).field).toBe('price for NW-011')
    expect((e as ValidationError).message).toBe('invalid price for NW-011 "0.00": a zero price is only for goods given free (samples): add --free --reason <text>')
    expect(freeLines([lines[0]!], null)).toEqual([])
  })

  it('with a grant the free lines are named; a grant with no free line is a mistake', () => {
    expect(freeLines(lines, { reason: 'samples' })).toEqual([{ lineNo: 2, sku: 'NW-011', qty: 5 }])
    expect(() => freeLines([lines[0]!], { reason: 'samples' })).toThrow(UsageError)
  })
})

const line = (lineNo: number, sku: string, qty: number, unitPrice = 2100): ChangeLineState => ({
  lineId: 100 + lineNo, lineNo, sku, qty, unitPrice, discountBp: 0, reserved: qty, shipped: 0, openProduction: 0, readyBy: null,
})
const state = (lines: ChangeLineState[]): ChangeState => ({
  today: '2026-11-26',
  promisedDate: '2026-11-26',
  requestedDate: null,
  dispatched: false,
  lines,
  products: {
    'NW-011': { sku: 'NW-011', producible: true, listPrice: 2100, available: 10 },
    'NW-001': { sku: 'NW-001', producible: true, listPrice: 1800, available: 10 },
  },
})

describe('a change by line number', () => {
  it('parses n=qty and n=qty@price; qty 0 takes the line off', () => {
    expect(parseLineItem('2=8')).toEqual({ line: 2, qty: 8, price: null })
    expect(parseLineItem(' 2=8@19.50 ')).toEqual({ line: 2, qty: 8, price: 1950 })
    expect(parseLineItem('1=0')).toEqual({ line: 1, qty: 0, price: null })
    for (const bad of ['0=1', 'NW-011=1', '2', '2=x', '2=-1']) expect(() => parseLineItem(bad)).toThrow(ValidationError)
  })

  it('lineItems gives each line its sku and refuses a number the order has not', () => {
    const s = state([line(1, 'NW-011', 5), line(2, 'NW-001', 2, 1800)])
    expect(lineItems(s, [{ line: 2, qty: 3, price: null }])).toEqual([{ sku: 'NW-001', qty: 3, price: null, line: 2 }])
    expect(() => lineItems(s, [{ line: 3, qty: 3, price: null }])).toThrow('the order has no such line (its lines: 1, 2')
  })

  it('changes just the line named, even where the product is on two lines (an older order)', () => {
    const s = state([line(1, 'NW-011', 5), line(2, 'NW-011', 3)])
    const plan = evaluateChange(s, { items: [{ sku: 'NW-011', qty: 4, line: 1 }], date: null, cancel: false })
    expect(plan.lines).toEqual([expect.objectContaining({ lineId: 101, lineNo: 1, from: 5, to: 4 })])
    expect(plan.totalTo).toBe(4 * 2100 + 3 * 2100)
  })

  it('by sku, a product on two lines is refused naming them; on one line it is that line', () => {
    expect(() => evaluateChange(state([line(1, 'NW-011', 5), line(2, 'NW-011', 3)]), { items: [{ sku: 'NW-011', qty: 4 }], date: null, cancel: false })).toThrow(
      'NW-011 is on lines 1 and 2 of this order',
    )
    const plan = evaluateChange(state([line(1, 'NW-011', 8)]), { items: [{ sku: 'NW-011', qty: 4 }], date: null, cancel: false })
    expect(plan.totalTo).toBe(8400)
  })

  it('the same line by --item and --line is given twice', () => {
    const s = state([line(1, 'NW-011', 5)])
    expect(() => evaluateChange(s, { items: [{ sku: 'NW-011', qty: 6 }, { sku: 'NW-011', qty: 7, line: 1 }], date: null, cancel: false })).toThrow('line 1 is given twice')
  })

  it('a cancellation takes every line to 0, the repeated ones too', () => {
    const plan = evaluateChange(state([line(1, 'NW-011', 5), line(2, 'NW-011', 3)]), { items: [], date: null, cancel: true })
    expect(plan.lines.map((l) => [l.lineNo, l.to])).toEqual([[1, 0], [2, 0]])
    expect(plan.totalTo).toBe(0)
  })

  it('freeInChange: a line put at a zero price, not one that was free already', () => {
    const s = state([line(1, 'NW-011', 5), line(2, 'NW-001', 2, 0)])
    const plan = evaluateChange(s, { items: [{ sku: 'NW-011', qty: 5, price: 0, line: 1 }, { sku: 'NW-001', qty: 4, line: 2 }], date: null, cancel: false })
    expect(freeInChange(s, plan).filter((l) => isFree(l))).toEqual([{ lineNo: 1, sku: 'NW-011', qty: 5, unitPrice: 0, discountBp: 0 }])
  })
})
