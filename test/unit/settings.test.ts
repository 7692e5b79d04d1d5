import { beforeAll, describe, expect, it } from 'vitest'
import { ValidationError } from '../../src/domain/errors.js'
import { SETTINGS, isSettingKey } from '../../src/domain/settings.js'
import { installWords } from '../../src/messages/index.js'

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

describe("settings 'quote.approvalAbove'", () => {
  const s = SETTINGS['quote.approvalAbove']

  it.each([
    ['50', '5000'],
    ['50000', '5000000'],
    ['1234.5', '123450'],
    ['0.01', '1'],
    ['0', '0'],
    [' 99.99 ', '9999'],
  ] as const)('parse(%j) → %j (minor units as text)', (input, stored) => {
    expect(s.parse(input)).toBe(stored)
  })

  it.each([
    ['5000', '50.00'],
    ['5000000', '50000.00'],
    ['123450', '1234.50'],
    ['1', '0.01'],
    ['0', '0.00'],
  ] as const)('format(%j) → %j', (stored, shown) => {
    expect(s.format(stored)).toBe(shown)
  })

  it('round-trips through parse and format', () => {
    expect(s.format(s.parse('5000.5'))).toBe('5000.50')
  })

  it('three decimals are rejected with a ValidationError naming the key', () => {
    const e = validationError(() => s.parse('50.123'))
    expect(e.field).toBe('quote.approvalAbove')
    expect(e.message).toBe('invalid quote.approvalAbove "50.123": at most two decimals')
  })

  it.each(['abc', '-5', '', '1,000'])('parse(%j) is rejected as not an amount', (input) => {
    const e = validationError(() => s.parse(input))
    expect(e.message).toBe(`invalid quote.approvalAbove ${JSON.stringify(input)}: must be an amount like 12.50`)
  })
})

describe("settings 'quote.maxDiscount'", () => {
  const s = SETTINGS['quote.maxDiscount']

  it.each([
    ['7.5', '750'],
    ['7.5%', '750'],
    ['100', '10000'],
    ['100%', '10000'],
    ['0', '0'],
    ['12.25', '1225'],
    [' 10 ', '1000'],
  ] as const)('parse(%j) → %j (basis points as text)', (input, stored) => {
    expect(s.parse(input)).toBe(stored)
  })

  it.each(['101', '-1', 'abc', '1.234', '100.01', '', '%', '1000'])('parse(%j) is rejected', (input) => {
    const e = validationError(() => s.parse(input))
    expect(e.field).toBe('quote.maxDiscount')
    expect(e.message).toBe(`invalid quote.maxDiscount ${JSON.stringify(input)}: must be a percent from 0 to 100 (at most two decimals)`)
  })

  it.each([
    ['750', '7.5'],
    ['10000', '100'],
    ['0', '0'],
    ['1225', '12.25'],
  ] as const)('format(%j) → %j', (stored, shown) => {
    expect(s.format(stored)).toBe(shown)
  })
})

describe('the contract terms (issue 19)', () => {
  it('take free text of up to 1000 characters with line breaks, stored as given; an empty one or a control character is refused', () => {
    const clause = '按国家标准验收；\n需方收货后 7 日内书面提出异议。'
    expect(SETTINGS['terms.quality'].parse(clause)).toBe(clause)
    expect(SETTINGS['terms.disputes'].parse('x'.repeat(1000))).toHaveLength(1000)
    expect(() => SETTINGS['terms.breach'].parse('x'.repeat(1001))).toThrow(ValidationError)
    expect(() => SETTINGS['terms.delivery'].parse('  ')).toThrow(ValidationError)
    expect(() => SETTINGS['terms.delivery'].parse('a\u001b[2Jb')).toThrow(ValidationError)
    // the seller's representative and account are one line each
    expect(() => SETTINGS['company.representative'].parse('a\nb')).toThrow(ValidationError)
    expect(SETTINGS['company.account'].parse('1520 1234 5678 9012 3')).toBe('1520 1234 5678 9012 3')
  })
})

describe('isSettingKey', () => {
  it('accepts exactly the known keys', () => {
    expect(Object.keys(SETTINGS)).toEqual(['quote.approvalAbove', 'quote.maxDiscount', 'quote.validityDays', 'desk.language', 'company.name', 'company.address', 'company.phone', 'company.taxId', 'company.bank', 'company.account', 'company.representative', 'terms.quality', 'terms.delivery', 'terms.breach', 'terms.disputes', 'attach.maxBytes'])
    expect(isSettingKey('quote.approvalAbove')).toBe(true)
    expect(isSettingKey('quote.maxDiscount')).toBe(true)
  })

  it.each(['quote', 'quote.approvalabove', 'quote.maxdiscount', 'Quote.maxDiscount', '', 'toString', 'constructor', '__proto__', 'hasOwnProperty'])(
    'rejects %j',
    (key) => {
      expect(isSettingKey(key)).toBe(false)
    },
  )
})

describe('desk.language', () => {
  const s = SETTINGS['desk.language']
  it.each([
    ['zh-CN', 'zh-CN'],
    ['zh_CN', 'zh-CN'],
    ['ZH', 'zh-CN'],
    ['en', 'en'],
  ] as const)('parse(%j) → %j', (given, stored) => {
    expect(s.parse(given)).toBe(stored)
  })
  it.each(['fr', '', 'chinese', 'zh-TW'])('refuses %j naming the key', (given) => {
    expect(() => s.parse(given)).toThrow(/desk\.language/)
  })
})
