import { beforeAll, describe, expect, it } from 'vitest'
import { assembleOrder, MAX_ORDER_LINES, type RowInput } from '../../src/domain/import-order.js'
import { normalizeDate } from '../../src/domain/import-fields.js'
import { msg, say } from '../../src/domain/message.js'
import { lineAmount } from '../../src/domain/money.js'
import { installWords } from '../../src/messages/index.js'

const TODAY = '2026-11-26'

// the reasons are messages: worded here by the catalogue, as the cli installs it
beforeAll(installWords)

function row(line: number, cells: Record<string, string>): RowInput {
  return { line, cells: { ext_ref: 'PH-1', customer: 'ALFKI', sku: 'NW-011', qty: '5', ...cells } }
}

function problems(rows: RowInput[]) {
  const r = assembleOrder(rows, TODAY)
  if (r.ok) throw new Error('expected the order to be rejected')
  return r.problems.map((p) => [p.line, p.column, p.value, say(p.reason)])
}

function order(rows: RowInput[]) {
  const r = assembleOrder(rows, TODAY)
  if (!r.ok) throw new Error(`expected a valid order: ${JSON.stringify(r.problems)}`)
  return r.order
}

describe('assembleOrder: a valid order', () => {
  it('takes order-level fields from the rows, defaults the order date to today and the channel to phone', () => {
    const o = order([
      row(2, { unit_price: '21', discount: '0.05', requested_date: '2026-12-10', note: 'call back' }),
      row(3, { sku: 'NW-001', qty: '10', unit_price: '', discount: '' }),
    ])
    expect(o).toMatchObject({
      extRef: 'PH-1',
      customer: 'ALFKI',
      orderDate: TODAY,
      requestedDate: '2026-12-10',
      channel: 'phone',
      note: 'call back',
      firstLine: 2,
    })
    expect(o.lines).toEqual([
      { line: 2, sku: 'NW-011', qty: 5, unitPrice: 2100, discountBp: 500, freeReason: null },
      { line: 3, sku: 'NW-001', qty: 10, unitPrice: null, discountBp: 0, freeReason: null },
    ])
  })

  it('accepts order-level fields given only on the first row', () => {
    const o = order([row(2, { order_date: '2026-11-20', channel: 'FAX', source_ref: 'FAX-7' }), row(3, { customer: '', sku: 'NW-001' })])
    expect(o).toMatchObject({ orderDate: '2026-11-20', channel: 'fax', sourceRef: 'FAX-7', customer: 'ALFKI' })
  })

  it('reads discounts as fractions or percentages, in basis points', () => {
    const bp = (d: string) => order([row(2, { discount: d })]).lines[0]!.discountBp
    expect([bp('0'), bp('0.05'), bp('.1'), bp('0.15'), bp('1'), bp('0.0001'), bp('0.25000'), bp('5%'), bp('12.5 %')]).toEqual([0, 500, 1000, 1500, 10000, 1, 2500, 500, 1250])
  })

  it('normalizes dates (YYYY/M/D, a time part)', () => {
    expect(normalizeDate('1996/7/4')).toBe('1996-07-04')
    expect(normalizeDate('1996-07-04 00:00:00.000')).toBe('1996-07-04')
    expect(normalizeDate('1996-07-04T10:00:00Z')).toBe('1996-07-04')
    expect(normalizeDate('04.07.1996')).toBeNull()
    expect(normalizeDate('2026-02-30')).toBeNull()
  })

  it('has the same content key whatever the line order; any change in content changes it', () => {
    const a = order([row(2, {}), row(3, { sku: 'NW-001', qty: '2' })])
    const b = order([row(7, { sku: 'NW-001', qty: '2' }), row(8, {})])
    expect(a.contentKey).toBe(b.contentKey)
    expect(order([row(2, {}), row(3, { sku: 'NW-001', qty: '3' })]).contentKey).not.toBe(a.contentKey)
    expect(order([row(2, { unit_price: '21.00' }), row(3, { sku: 'NW-001', qty: '2' })]).contentKey).not.toBe(a.contentKey)
    // 21 and 21.00 are the same price
    expect(order([row(2, { unit_price: '21' })]).contentKey).toBe(order([row(5, { unit_price: '21.00' })]).contentKey)
  })
})

describe('assembleOrder: every rule, with line, column and reason', () => {
  it.each([
    [{ ext_ref: '' }, 'ext_ref', 'is required'],
    [{ customer: 'AL FKI' }, 'customer', 'must be a code of letters, digits, . _ - (at most 32)'],
    [{ sku: '' }, 'sku', 'is required'],
    [{ qty: '' }, 'qty', 'is required'],
    [{ qty: '0' }, 'qty', 'must be a positive whole number'],
    [{ qty: '1.5' }, 'qty', 'must be a positive whole number'],
    [{ qty: '-3' }, 'qty', 'must be a positive whole number'],
    [{ qty: '2000000000' }, 'qty', 'too large (at most 1000000000)'],
    [{ unit_price: '12.345' }, 'unit_price', 'at most two decimals'],
    [{ unit_price: '12,50' }, 'unit_price', 'must be an amount like 12.50'],
    [{ unit_price: '-1' }, 'unit_price', 'must be an amount like 12.50'],
    [{ discount: '1.5' }, 'discount', 'must be a fraction from 0 to 1 (0.05 = 5 %)'],
    [{ discount: '5' }, 'discount', 'must be a fraction from 0 to 1 (0.05 = 5 %)'],
    [{ discount: '0.123456' }, 'discount', 'at most four decimals (0.0001 = 0.01 %)'],
    [{ order_date: '2026-13-01' }, 'order_date', 'must be a date YYYY-MM-DD'],
    [{ requested_date: 'next week' }, 'requested_date', 'must be a date YYYY-MM-DD'],
    [{ order_date: '2026-11-27' }, 'order_date', 'is after today (2026-11-26): the date of the call cannot be in the future'],
    [{ order_date: '2026-11-20', requested_date: '2026-11-19' }, 'requested_date', 'is before the order date 2026-11-20'],
    [{ requested_date: '2026-11-25' }, 'requested_date', 'is before the order date 2026-11-26 (today)'],
    [{ channel: 'pigeon' }, 'channel', 'must be one of phone, fax, email, web, agent, platform, visit'],
    [{ note: 'x'.repeat(501) }, 'note', 'at most 500 characters'],
  ])('%j → %s: %s', (cells, column, reason) => {
    expect(problems([row(4, cells as Record<string, string>)])).toEqual([[4, column, (cells as Record<string, string>)[column], reason]])
  })

  it('one customer per ext_ref, and order-level fields may not differ between rows', () => {
    expect(problems([row(2, { order_date: '2026-11-20' }), row(3, { customer: 'VINET' }), row(4, { order_date: '2026-11-21' })])).toEqual([
      [3, 'customer', 'VINET', 'differs from line 2 (ALFKI): one customer per ext_ref'],
      [4, 'order_date', '2026-11-21', 'differs from line 2 (2026-11-20): one order_date per order'],
    ])
  })

  it('reports every problem of every row; a good row does not save the order', () => {
    expect(problems([row(2, {}), row(3, { qty: 'x', unit_price: '1.001' }), row(5, { sku: 'NW 1' })])).toEqual([
      [3, 'qty', 'x', 'must be a positive whole number'],
      [3, 'unit_price', '1.001', 'at most two decimals'],
      [5, 'sku', 'NW 1', 'must be a code of letters, digits, . _ - (at most 32)'],
    ])
  })

  it('date rules are checked even when a line is bad', () => {
    expect(problems([row(2, { order_date: '2026-11-20', requested_date: '2026-11-01' }), row(3, { qty: '0' })])).toEqual([
      [2, 'requested_date', '2026-11-01', 'is before the order date 2026-11-20'],
      [3, 'qty', '0', 'must be a positive whole number'],
    ])
  })

  it('a row that could not be read cleanly rejects the order', () => {
    expect(problems([{ ...row(9, {}), problem: msg('import.extraFields', { fields: 6, width: 4 }) }])).toEqual([
      [9, null, '', 'has 6 fields, the header has 4 (an unquoted comma?)'],
    ])
  })

  it(`an order has at most ${MAX_ORDER_LINES} lines`, () => {
    const rows = Array.from({ length: MAX_ORDER_LINES + 1 }, (_, i) => row(i + 2, {}))
    expect(problems(rows)).toEqual([[MAX_ORDER_LINES + 2, null, '', `an order may have at most ${MAX_ORDER_LINES} lines (this one has ${MAX_ORDER_LINES + 1})`]])
  })
})

describe('line amounts (Northwind)', () => {
  it('qty × unit price × (1 − discount), rounded half-up per line', () => {
    // order 10250: Manjimup Dried Apples 35 × 42.40 less 15 % = 1261.40
    expect(lineAmount(35, 4240, 1500)).toBe(126140)
    // 10263: 60 × 2.00 × 0.75 = 90.00;  10260: 21 × 15.20 × 0.75 = 239.40 (float: 239.39999…)
    expect(lineAmount(60, 200, 2500)).toBe(9000)
    expect(lineAmount(21, 1520, 2500)).toBe(23940)
    // half a cent rounds up: 1 × 0.05 × (1 − 0.1) = 0.045 → 0.05
    expect(lineAmount(1, 5, 1000)).toBe(5)
  })
})
