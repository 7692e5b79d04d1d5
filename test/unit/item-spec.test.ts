import { beforeAll, describe, expect, it } from 'vitest'
import { parseItem, parseQty, parseSkuValue } from '../../src/domain/item-spec.js'
import { ValidationError } from '../../src/domain/errors.js'
import { msg, type Msg } from '../../src/domain/message.js'
import { installWords, t } from '../../src/messages/index.js'

// ValidationError words its reason (a message) through the catalogue the cli installs
beforeAll(installWords)

function validationError(fn: () => unknown): ValidationError {
  try {
    fn()
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError)
    return e as ValidationError
  }
  throw new Error('expected a ValidationError')
}

describe('parseItem', () => {
  it("parses 'NW-011=5' without a price", () => {
    expect(parseItem('NW-011=5')).toEqual({ sku: 'NW-011', qty: 5, price: null })
  })

  it("parses 'NW-011=5@21.5' with a price in minor units", () => {
    expect(parseItem('NW-011=5@21.5')).toEqual({ sku: 'NW-011', qty: 5, price: 2150 })
  })

  it('parses a price with two decimals and a whole price', () => {
    expect(parseItem('NW-011=5@21.00')).toEqual({ sku: 'NW-011', qty: 5, price: 2100 })
    expect(parseItem('NW-011=12@7')).toEqual({ sku: 'NW-011', qty: 12, price: 700 })
    expect(parseItem('NW-011=1@0')).toEqual({ sku: 'NW-011', qty: 1, price: 0 })
  })

  it('trims the whole spec and the qty', () => {
    expect(parseItem('  NW-011=5  ')).toEqual({ sku: 'NW-011', qty: 5, price: null })
    expect(parseItem('NW-011= 5 ')).toEqual({ sku: 'NW-011', qty: 5, price: null })
  })

  it('keeps the sku as typed', () => {
    expect(parseItem('nw_011.b/2=3')).toEqual({ sku: 'nw_011.b/2', qty: 3, price: null })
  })

  it.each([
    ['NW-011=0', '0'],
    ['NW-011=-1', '-1'],
    ['NW-011=1.5', '1.5'],
    ['NW-011=abc', 'abc'],
    ['NW-011=', ''],
    ['NW-011=+5', '+5'],
    ['NW-011=1e3', '1e3'],
    ['NW-011=0@21.50', '0'],
  ])('rejects %j: qty %j is not a positive whole number', (spec, qty) => {
    const e = validationError(() => parseItem(spec))
    expect(e.message).toBe(`invalid qty for NW-011 ${JSON.stringify(qty)}: must be a positive whole number`)
    expect(e.field).toBe('qty for NW-011')
    expect(e.reason).toEqual(msg('common.notPositiveWhole', {}))
    expect(t(e.reason as Msg)).toBe('must be a positive whole number')
    expect(e.exitCode).toBe(2)
  })

  it('rejects a qty over one billion as too large', () => {
    const e = validationError(() => parseItem('NW-011=1000000001'))
    expect(e.message).toBe('invalid qty for NW-011 "1000000001": too large')
  })

  it('rejects a price with three decimals', () => {
    const e = validationError(() => parseItem('NW-011=5@21.505'))
    expect(e.message).toBe('invalid price for NW-011 "21.505": at most two decimals')
    expect(e.field).toBe('price for NW-011')
  })

  it.each([
    ['NW-011=5@', ''],
    ['NW-011=5@abc', 'abc'],
    ['NW-011=5@-1', '-1'],
    ['NW-011=5@1@2', '1@2'],
    ['NW-011=5@1,000', '1,000'],
  ])('rejects %j: price %j is not an amount', (spec, price) => {
    const e = validationError(() => parseItem(spec))
    expect(e.message).toBe(`invalid price for NW-011 ${JSON.stringify(price)}: must be an amount like 12.50`)
  })

  it.each(['', '   ', 'NW-011', 'abc', 'NW-011 5', '=5', '=5@21.5', 'NW 011=5', 'NW-011@21.5=5', 'NW-011:5'])(
    'rejects %j as not sku=qty[@price]',
    (spec) => {
      const e = validationError(() => parseItem(spec))
      expect(e.message).toBe(`invalid item ${JSON.stringify(spec)}: must be sku=qty or sku=qty@price`)
      expect(e.field).toBe('item')
      expect(e.value).toBe(spec)
    },
  )
})

describe('parseQty', () => {
  it.each([
    ['1', 1],
    ['5', 5],
    ['007', 7],
    [' 12 ', 12],
    ['1000000000', 1_000_000_000],
  ])('parses %j as %i', (text, n) => {
    expect(parseQty(text)).toBe(n)
  })

  it.each(['0', '00', '-1', '1.5', '1.0', 'abc', '', ' ', '+3', '1e3', '0x10', '1 000'])('rejects %j', (text) => {
    const e = validationError(() => parseQty(text))
    expect(e.message).toBe(`invalid qty ${JSON.stringify(text)}: must be a positive whole number`)
  })

  it.each(['1000000001', '99999999999999999999'])('rejects %j as too large', (text) => {
    const e = validationError(() => parseQty(text))
    expect(e.message).toBe(`invalid qty ${JSON.stringify(text)}: too large`)
    expect(e.reason).toEqual(msg('common.tooLarge', {}))
    expect(t(e.reason as Msg)).toBe('too large')
  })

  it('uses the given field name', () => {
    expect(() => parseQty('x', 'stock qty')).toThrow('invalid stock qty "x": must be a positive whole number')
  })
})

describe('parseSkuValue', () => {
  it('splits sku=value', () => {
    expect(parseSkuValue('NW-011=2026-12-20', 'mc-date')).toEqual({ sku: 'NW-011', value: '2026-12-20' })
  })

  it('trims the whole pair and the value', () => {
    expect(parseSkuValue('  NW-011= 2026-12-20  ', 'mc-date')).toEqual({ sku: 'NW-011', value: '2026-12-20' })
  })

  it('splits at the first "="', () => {
    expect(parseSkuValue('A=b=c', 'mc-date')).toEqual({ sku: 'A', value: 'b=c' })
  })

  it.each(['NW-011', 'NW-011=', 'NW-011=   ', '=2026-12-20', '', 'NW 011=2026-12-20'])('rejects %j', (text) => {
    const e = validationError(() => parseSkuValue(text, 'mc-date'))
    expect(e.message).toBe(`invalid mc-date ${JSON.stringify(text)}: must be sku=value`)
    expect(e.field).toBe('mc-date')
  })
})
