import { beforeAll, describe, expect, it } from 'vitest'
import { formatMoney, formatMoneyGrouped, lineAmount, parseMoney, percentOf } from '../../src/domain/money.js'
import { ValidationError } from '../../src/domain/errors.js'
import { msg, type Msg } from '../../src/domain/message.js'
import { installWords, t } from '../../src/messages/index.js'

// ValidationError words its reason (a message) through the catalogue the cli installs
beforeAll(installWords)

function thrown(fn: () => unknown): unknown {
  try {
    fn()
  } catch (e) {
    return e
  }
  throw new Error('expected the call to throw')
}

describe('parseMoney', () => {
  it.each([
    ['0', 0],
    ['1', 100],
    ['12.5', 1250],
    ['12.50', 1250],
    ['12.05', 1205],
    ['0.01', 1],
    ['0.1', 10],
    ['1234.5', 123450],
    ['21.00', 2100],
    ['007', 700],
    ['9999999999999.99', 999999999999999],
  ])('parses %j as %i minor units', (text, minor) => {
    expect(parseMoney(text, 'price')).toBe(minor)
  })

  it('trims surrounding whitespace', () => {
    expect(parseMoney('  12.50\t', 'price')).toBe(1250)
  })

  it('rejects three or more decimals with "at most two decimals"', () => {
    const e = thrown(() => parseMoney('21.505', 'price'))
    expect(e).toBeInstanceOf(ValidationError)
    expect((e as ValidationError).message).toBe('invalid price "21.505": at most two decimals')
    expect((e as ValidationError).field).toBe('price')
    expect((e as ValidationError).reason).toEqual(msg('common.atMostTwoDecimals', {}))
    expect(t((e as ValidationError).reason as Msg)).toBe('at most two decimals')
    expect((e as ValidationError).exitCode).toBe(2)
  })

  it('rejects 1.0000 as having too many decimals', () => {
    expect(() => parseMoney('1.0000', 'amount')).toThrow('invalid amount "1.0000": at most two decimals')
  })

  it.each(['', '   ', 'abc', '-1', '-0.50', '+1', '12.', '.5', '1,234.50', '1e3', '12.5.0', '12 50', '¥12', 'NaN'])(
    'rejects %j as not an amount',
    (text) => {
      const e = thrown(() => parseMoney(text, 'price'))
      expect(e).toBeInstanceOf(ValidationError)
      expect((e as ValidationError).message).toBe(`invalid price ${JSON.stringify(text)}: must be an amount like 12.50`)
    },
  )

  it('names the field and the original (untrimmed) value in the error', () => {
    const e = thrown(() => parseMoney(' x ', 'unit price')) as ValidationError
    expect(e.message).toBe('invalid unit price " x ": must be an amount like 12.50')
    expect(e.details).toEqual({ field: 'unit price', value: ' x ' })
  })

  it('rejects amounts with more than 13 whole digits', () => {
    expect(() => parseMoney('12345678901234', 'price')).toThrow(ValidationError)
  })
})

describe('formatMoney', () => {
  it.each([
    [0, '0.00'],
    [1, '0.01'],
    [5, '0.05'],
    [10, '0.10'],
    [99, '0.99'],
    [100, '1.00'],
    [1250, '12.50'],
    [123450, '1234.50'],
    [126579304, '1265793.04'],
    [-5, '-0.05'],
    [-123450, '-1234.50'],
    [-100, '-1.00'],
  ])('formats %i as %j', (minor, text) => {
    expect(formatMoney(minor)).toBe(text)
  })

  it('formats negative zero without a sign', () => {
    expect(formatMoney(-0)).toBe('0.00')
  })

  it('round-trips with parseMoney', () => {
    for (const s of ['0.00', '0.07', '12.34', '1234567.89']) expect(formatMoney(parseMoney(s, 'x'))).toBe(s)
  })
})

describe('formatMoneyGrouped', () => {
  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [99999, '999.99'],
    [100000, '1,000.00'],
    [123450, '1,234.50'],
    [12345678, '123,456.78'],
    [123456789, '1,234,567.89'],
    [100000000000, '1,000,000,000.00'],
    [-5, '-0.05'],
    [-123450, '-1,234.50'],
    [-123456789, '-1,234,567.89'],
    [-99999, '-999.99'],
  ])('formats %i as %j', (minor, text) => {
    expect(formatMoneyGrouped(minor)).toBe(text)
  })
})

describe('lineAmount', () => {
  it('multiplies qty by unit price without a discount', () => {
    expect(lineAmount(5, 2100)).toBe(10500)
    expect(lineAmount(1, 1)).toBe(1)
    expect(lineAmount(0, 2100)).toBe(0)
  })

  it('treats an explicit 0 bp discount like no discount', () => {
    expect(lineAmount(7, 333, 0)).toBe(2331)
  })

  it('applies a basis-point discount', () => {
    expect(lineAmount(10, 1000, 1000)).toBe(9000) // 10 %
    expect(lineAmount(4, 2500, 2500)).toBe(7500) // 25 %
    expect(lineAmount(1, 10000, 1)).toBe(9999) // 0.01 %
  })

  it('a 100 % discount (10000 bp) gives zero', () => {
    expect(lineAmount(12, 9999, 10000)).toBe(0)
  })

  it('rounds an exact half up', () => {
    expect(lineAmount(1, 999, 5000)).toBe(500) // 499.5
    expect(lineAmount(1, 1, 5000)).toBe(1) // 0.5
    expect(lineAmount(3, 5, 5000)).toBe(8) // 7.5
  })

  it('rounds below a half down', () => {
    expect(lineAmount(1, 1, 5001)).toBe(0) // 0.4999
    expect(lineAmount(3, 333, 1000)).toBe(899) // 899.1
    expect(lineAmount(1, 999, 5001)).toBe(499) // 499.4001
    expect(lineAmount(7, 1999, 333)).toBe(13527) // 13527.0331
    expect(lineAmount(3, 1999, 1250)).toBe(5247) // 5247.375
    expect(lineAmount(1, 1999, 1250)).toBe(1749) // 1749.125
  })

  it('rounds above a half up', () => {
    expect(lineAmount(1, 1, 4999)).toBe(1) // 0.5001
    expect(lineAmount(1, 999, 4999)).toBe(500) // 499.5999
    expect(lineAmount(1, 1999, 3333)).toBe(1333) // 1332.7333
    expect(lineAmount(7, 1234, 1240)).toBe(7567) // 7566.888
  })

  it('stays exact for amounts beyond float precision of the intermediate product', () => {
    // 1e9 × 9e11 × 9999 overflows 2^53 before the division; BigInt keeps it exact.
    expect(lineAmount(1_000_000, 900_000_000, 1)).toBe(899_910_000_000_000)
  })
})

describe('percentOf', () => {
  it('returns exact shares', () => {
    expect(percentOf(10000, 30)).toBe(3000)
    expect(percentOf(10000, 100)).toBe(10000)
    expect(percentOf(10000, 0)).toBe(0)
    expect(percentOf(0, 30)).toBe(0)
  })

  it('rounds a fractional share up', () => {
    expect(percentOf(3333, 30)).toBe(1000) // 999.9
    expect(percentOf(10001, 30)).toBe(3001) // 3000.3
    expect(percentOf(1, 1)).toBe(1) // 0.01
    expect(percentOf(199, 50)).toBe(100) // 99.5
  })

  it('does not round up an exact integer share because of float error', () => {
    expect(percentOf(700, 7)).toBe(49)
    expect(percentOf(2900, 29)).toBe(841)
    expect(percentOf(123456789, 100)).toBe(123456789)
  })
})
