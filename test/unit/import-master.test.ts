import { beforeAll, describe, expect, it } from 'vitest'
import { customerChanges, parseCustomerRow, parseProductRow, parseStockRow, productChanges, rowKey, type MasterParse } from '../../src/domain/import-master.js'
import { say } from '../../src/domain/message.js'
import { installWords } from '../../src/messages/index.js'

const at = (line: number, cells: Record<string, string>) => ({ line, cells })

// the reasons are messages: worded here by the catalogue, as the cli installs it
beforeAll(installWords)
const worded = <T>(r: MasterParse<T>) => (r.ok ? r : { ok: false, problems: r.problems.map((p) => ({ ...p, reason: say(p.reason) })) })

describe('master-data rows', () => {
  it('customers: code and name required; optional fields may be empty', () => {
    expect(parseCustomerRow(at(2, { code: 'ALFKI', name: 'Alfreds Futterkiste', contact: '', phone: '030-0074321', address: '' }))).toEqual({
      ok: true,
      value: { code: 'ALFKI', name: 'Alfreds Futterkiste', phone: '030-0074321' },
    })
    expect(worded(parseCustomerRow(at(3, { code: 'AL FKI', name: '' })))).toEqual({
      ok: false,
      problems: [
        { line: 3, column: 'code', value: 'AL FKI', reason: 'must be a code of letters, digits, . _ - (at most 32)' },
        { line: 3, column: 'name', value: '', reason: 'is required' },
      ],
    })
  })

  it('products: price in minor units, lead days and producible parsed', () => {
    expect(parseProductRow(at(2, { sku: 'NW-001', name: 'Chai', price: '18', unit: 'case', lead_days: '14', producible: 'no' }))).toEqual({
      ok: true,
      value: { sku: 'NW-001', name: 'Chai', price: 1800, unit: 'case', lead_days: 14, producible: false },
    })
    const bad = parseProductRow(at(4, { sku: 'NW-002', name: 'Chang', price: '19.001', lead_days: '2 weeks', producible: 'maybe' }))
    expect(bad.ok ? [] : bad.problems.map((p) => `${p.column}: ${say(p.reason)}`)).toEqual([
      'price: at most two decimals',
      'lead_days: must be a whole number of days',
      'producible: must be yes or no (1/0, true/false)',
    ])
  })

  it('stock: a count of 0 or more', () => {
    expect(parseStockRow(at(2, { sku: 'NW-001', qty: '0', reason: '' }))).toEqual({ ok: true, value: { sku: 'NW-001', qty: 0 } })
    const bad = worded(parseStockRow(at(3, { sku: 'NW-001', qty: '-2' })))
    expect(bad.ok ? null : bad.problems[0]).toEqual({ line: 3, column: 'qty', value: '-2', reason: 'must be a whole number (0 or more)' })
  })
})

describe('upsert changes', () => {
  const chai = { name: 'Chai', price: 1800, unit: 'case', lead_days: 14, producible: 1 }

  it('lists only the fields the row gives and changes', () => {
    expect(productChanges(chai, { sku: 'NW-001', name: 'Chai', price: 1800 })).toEqual([])
    expect(productChanges(chai, { sku: 'NW-001', name: 'Chai', price: 1900, unit: 'case', producible: false })).toEqual(['price', 'producible'])
    const alfki = { name: 'Alfreds Futterkiste', contact: 'Maria Anders', phone: '030-0074321', address: null }
    expect(customerChanges(alfki, { code: 'ALFKI', name: 'Alfreds Futterkiste' })).toEqual([])
    expect(customerChanges(alfki, { code: 'ALFKI', name: 'Alfreds Futterkiste', address: 'Obere Str. 57' })).toEqual(['address'])
  })

  it('rowKey is the same for the same values in any key order', () => {
    expect(rowKey({ a: 1, b: 'x' })).toBe(rowKey({ b: 'x', a: 1 }))
    expect(rowKey({ a: 1, b: 'x' })).not.toBe(rowKey({ a: 1, b: 'y' }))
  })
})
