import { beforeAll, describe, expect, it } from 'vitest'
import { extraFieldsProblem, normalizeColumnName, parseColumnMap, pickColumns, resolveColumns } from '../../src/domain/import-columns.js'
import { UsageError, ValidationError } from '../../src/domain/errors.js'
import { installWords } from '../../src/messages/index.js'

// the errors' frames are the catalogue's words, as the cli installs them
beforeAll(installWords)

describe('header names', () => {
  it.each([
    ['ext_ref', 'ext_ref'],
    ['  EXT_REF ', 'ext_ref'],
    ['Ext Ref', 'ext_ref'],
    ['unit-price', 'unit_price'],
    ['\uFEFFext_ref', 'ext_ref'],
    ['Requested  Date', 'requested_date'],
  ])('%j is column %j', (raw, name) => expect(normalizeColumnName(raw)).toBe(name))
})

describe('--map target=source', () => {
  it('maps targets to normalized source names, across repeated flags', () => {
    const m = parseColumnMap(['customer=CustomerID,sku=Product Code', 'qty=Menge'], 'orders')
    expect([...m]).toEqual([
      ['customer', 'customerid'],
      ['sku', 'product_code'],
      ['qty', 'menge'],
    ])
  })

  it('refuses unknown targets, missing sources, bad pairs and a target mapped twice', () => {
    expect(() => parseColumnMap(['custo=CustomerID'], 'orders')).toThrow(/custo is not a column of import orders/)
    expect(() => parseColumnMap(['customer'], 'orders')).toThrow(ValidationError)
    expect(() => parseColumnMap(['sku=a,sku=b'], 'orders')).toThrow(/sku is mapped twice/)
    expect(() => parseColumnMap(['price=Preis'], 'orders')).toThrow(/not a column of import orders/)
    expect([...parseColumnMap(['price=Preis'], 'products')]).toEqual([['price', 'preis']])
  })
})

describe('resolveColumns', () => {
  it('finds columns case-insensitively, ignores unknown ones, -1 for absent optional ones', () => {
    const cols = resolveColumns('orders', ['Note', 'EXT_REF', 'whatever', 'Customer', 'SKU', 'Qty'], new Map())
    expect(cols.index).toMatchObject({ ext_ref: 1, customer: 3, sku: 4, qty: 5, note: 0, unit_price: -1, discount: -1 })
    expect(pickColumns(['call me ', 'PH-1', 'x', ' ALFKI', 'NW-001', '5'], cols, ['ext_ref', 'customer', 'note', 'unit_price'])).toEqual({
      ext_ref: 'PH-1',
      customer: 'ALFKI',
      note: 'call me',
      unit_price: '',
    })
  })

  it('a mapped source wins over a column named like the target', () => {
    const cols = resolveColumns('orders', ['ext_ref', 'customer', 'CustomerID', 'sku', 'qty'], parseColumnMap(['customer=CustomerID'], 'orders'))
    expect(cols.index.customer).toBe(2)
    expect(cols.source.customer).toBe('CustomerID')
  })

  it('names every missing required column', () => {
    const e = (() => {
      try {
        resolveColumns('orders', ['ext_ref', 'qty'], new Map())
      } catch (err) {
        return err as UsageError
      }
    })()
    expect(e).toBeInstanceOf(UsageError)
    expect(e!.message).toBe('the file has no `customer`, `sku` columns (header: ext_ref, qty); name them so or use --map customer=<column>')
  })

  it('refuses a mapped column that is not in the header, and a column named twice', () => {
    expect(() => resolveColumns('orders', ['ext_ref', 'customer', 'sku', 'qty'], parseColumnMap(['qty=Menge'], 'orders'))).toThrow(
      'column "menge" (mapped to qty by --map) is not in the file\'s header (ext_ref, customer, sku, qty)',
    )
    expect(() => resolveColumns('orders', ['ext_ref', 'customer', 'SKU', 'sku', 'qty'], new Map())).toThrow('the header names column "sku" 2 times')
  })
})

describe('extraFieldsProblem', () => {
  it('rejects non-empty fields beyond the header; fewer fields and trailing empties are fine', () => {
    expect(extraFieldsProblem(['a', 'b'], 3)).toBeNull()
    expect(extraFieldsProblem(['a', 'b', 'c', ''], 3)).toBeNull()
    expect(extraFieldsProblem(['a', 'b', 'c', ' 12209 Berlin'], 3)).toBe('has 4 fields, the header has 3 (an unquoted comma?)')
  })
})
