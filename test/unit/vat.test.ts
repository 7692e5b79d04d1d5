import { describe, expect, it } from 'vitest'
import { ValidationError } from '../../src/domain/errors.js'
import { lineAmount } from '../../src/domain/money.js'
import { DEFAULT_TAX_RATE, lineTax, parseTaxRate, sumTaxed, taxRatePercent } from '../../src/domain/vat.js'

describe('VAT on a line (issue 20 §1)', () => {
  it('a three-line order with 13 % and 9 % lines, prices including tax: each line rounded on its own', () => {
    const lines = [
      lineTax(lineAmount(10, 1234), 1300, true), // 123.40 @ 13 %
      lineTax(lineAmount(3, 9999), 900, true), // 299.97 @ 9 %
      lineTax(lineAmount(1, 5), 1300, true), // 0.05 @ 13 %
    ]
    expect(lines).toEqual([
      { gross: 12340, net: 10920, tax: 1420 }, // 123.40 / 1.13 = 109.2035…
      { gross: 29997, net: 27520, tax: 2477 }, // 299.97 / 1.09 = 275.2018…
      { gross: 5, net: 4, tax: 1 }, // 0.05 / 1.13 = 0.0442…
    ])
    // the order's figures are the sums of the lines', not the tax of the sum (42342 / 1.13 … would differ)
    expect(sumTaxed(lines)).toEqual({ gross: 42342, net: 38444, tax: 3898 })
  })

  it('tax-exclusive prices: the amount is the net, the tax rounded half up', () => {
    expect(lineTax(10000, 1300, false)).toEqual({ gross: 11300, net: 10000, tax: 1300 })
    // the 1-fen case: 0.50 × 13 % = 0.065 → 0.07
    expect(lineTax(50, 1300, false)).toEqual({ gross: 57, net: 50, tax: 7 })
    expect(lineTax(49, 1300, false)).toEqual({ gross: 55, net: 49, tax: 6 }) // 0.0637 → 0.06
  })

  it('a 1-fen line and a 0 % line', () => {
    expect(lineTax(1, 1300, true)).toEqual({ gross: 1, net: 1, tax: 0 }) // 0.00885 → 0.01
    expect(lineTax(12345, 0, true)).toEqual({ gross: 12345, net: 12345, tax: 0 })
    expect(lineTax(0, 1300, true)).toEqual({ gross: 0, net: 0, tax: 0 })
  })

  it('a red-letter (negative) amount is the mirror of the positive one', () => {
    expect(lineTax(-50, 1300, false)).toEqual({ gross: -57, net: -50, tax: -7 })
    expect(lineTax(-12340, 1300, true)).toEqual({ gross: -12340, net: -10920, tax: -1420 })
  })

  it('stays exact beyond what a double holds in the product', () => {
    const big = 9_000_000_000_000_00 // 9 trillion yuan in fen
    const t = lineTax(big, 1300, true)
    expect(t.net + t.tax).toBe(big)
    expect(Number.isSafeInteger(t.net)).toBe(true)
  })
})

describe('tax rates', () => {
  it('are percents with at most two decimals, 0 to 100', () => {
    expect(parseTaxRate('13', 'tax_rate')).toBe(1300)
    expect(parseTaxRate('9', 'tax_rate')).toBe(900)
    expect(parseTaxRate('1.5', 'tax_rate')).toBe(150)
    expect(parseTaxRate('13%', 'tax_rate')).toBe(1300)
    expect(parseTaxRate(' 0 ', 'tax_rate')).toBe(0)
    expect(parseTaxRate('100', 'tax_rate')).toBe(10000)
    expect(taxRatePercent(1300)).toBe(13)
    expect(taxRatePercent(150)).toBe(1.5)
    expect(taxRatePercent(DEFAULT_TAX_RATE)).toBe(13)
  })

  it.each(['', '-1', '101', '13.001', 'abc', '0x10', '1e1', '13 %%'])('refuses %j naming the field', (text) => {
    let err: unknown
    try {
      parseTaxRate(text, 'tax_rate')
    } catch (e) {
      err = e
    }
    expect(err).toBeInstanceOf(ValidationError)
    expect((err as ValidationError).field).toBe('tax_rate')
  })
})
