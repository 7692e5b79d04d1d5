import { beforeAll, describe, expect, it } from 'vitest'
import { addDays, daysBetween, isValidDate, maxDate, parseDate } from '../../src/domain/dates.js'
import { ValidationError } from '../../src/domain/errors.js'
import { installWords } from '../../src/messages/index.js'

// ValidationError words its reason (a message) through the catalogue the cli installs
beforeAll(installWords)

const TODAY = '2026-11-26'

describe('isValidDate', () => {
  it.each(['2026-11-26', '2026-01-01', '2026-12-31', '2028-02-29', '2000-02-29', '2026-02-28', '2026-04-30', '2027-01-31'])(
    '%s is valid',
    (d) => {
      expect(isValidDate(d)).toBe(true)
    },
  )

  it.each([
    '2026-02-29', // 2026 is not a leap year
    '2100-02-29', // century, not divisible by 400
    '2026-02-30',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '2026-01-32',
    '2026-1-5',
    '26-11-26',
    '2026/11/26',
    '2026-11-26T00:00:00Z',
    ' 2026-11-26',
    '2026-11-26 ',
    '',
    'today',
    'abcd-ef-gh',
  ])('%j is invalid', (d) => {
    expect(isValidDate(d)).toBe(false)
  })
})

describe('parseDate', () => {
  it('returns a valid date unchanged', () => {
    expect(parseDate('2026-12-20', 'requested', TODAY)).toBe('2026-12-20')
  })

  it('accepts a date earlier than today (no ordering check here)', () => {
    expect(parseDate('2020-01-01', 'requested', TODAY)).toBe('2020-01-01')
  })

  it('trims surrounding whitespace', () => {
    expect(parseDate('  2026-12-20 ', 'requested', TODAY)).toBe('2026-12-20')
  })

  it('today → the business date', () => {
    expect(parseDate('today', 'requested', TODAY)).toBe(TODAY)
    expect(parseDate(' TODAY ', 'requested', TODAY)).toBe(TODAY)
  })

  it('tomorrow → the next day, across month and year ends', () => {
    expect(parseDate('tomorrow', 'requested', TODAY)).toBe('2026-11-27')
    expect(parseDate('Tomorrow', 'requested', '2026-11-30')).toBe('2026-12-01')
    expect(parseDate('tomorrow', 'requested', '2026-12-31')).toBe('2027-01-01')
  })

  it('+N → N days from today', () => {
    expect(parseDate('+0', 'requested', TODAY)).toBe(TODAY)
    expect(parseDate('+1', 'requested', TODAY)).toBe('2026-11-27')
    expect(parseDate('+7', 'requested', TODAY)).toBe('2026-12-03')
    expect(parseDate('+36', 'requested', TODAY)).toBe('2027-01-01')
    expect(parseDate('+365', 'requested', TODAY)).toBe('2027-11-26')
    expect(parseDate('+9999', 'requested', '2026-01-01')).toBe('2053-05-18')
  })

  it('+Nd is accepted too', () => {
    expect(parseDate('+14d', 'requested', TODAY)).toBe('2026-12-10')
    expect(parseDate('+14D', 'requested', TODAY)).toBe('2026-12-10')
  })

  it.each(['', ' ', 'yesterday', 'next week', '-1', '+', '+-1', '+1.5', '+10000', '+7w', '2026-02-29', '2026-13-01', '2026-1-5', '26-12-01', '2026/12/01', '20261201'])(
    'rejects %j with a ValidationError naming the field and value',
    (text) => {
      let err: unknown
      try {
        parseDate(text, 'requested', TODAY)
      } catch (e) {
        err = e
      }
      expect(err).toBeInstanceOf(ValidationError)
      const v = err as ValidationError
      expect(v.message).toBe(`invalid requested ${JSON.stringify(text)}: must be a date YYYY-MM-DD`)
      expect(v.field).toBe('requested')
      expect(v.value).toBe(text)
      expect(v.exitCode).toBe(2)
    },
  )

  it('uses the given field name in the message', () => {
    expect(() => parseDate('soon', 'mc-date for NW-011', TODAY)).toThrow('invalid mc-date for NW-011 "soon": must be a date YYYY-MM-DD')
  })
})

describe('addDays', () => {
  it('adds within a month', () => {
    expect(addDays('2026-11-26', 7)).toBe('2026-12-03')
    expect(addDays('2026-11-01', 10)).toBe('2026-11-11')
  })

  it('zero days is the same date', () => {
    expect(addDays('2026-11-26', 0)).toBe('2026-11-26')
  })

  it('crosses month ends', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01')
    expect(addDays('2026-04-30', 1)).toBe('2026-05-01')
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01')
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29')
    expect(addDays('2028-02-29', 1)).toBe('2028-03-01')
  })

  it('crosses year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDays('2026-12-20', 14)).toBe('2027-01-03')
    expect(addDays('2026-01-01', 365)).toBe('2027-01-01')
    expect(addDays('2028-01-01', 366)).toBe('2029-01-01')
  })

  it('goes backwards with negative days', () => {
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31')
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28')
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29')
  })

  it('is not affected by daylight-saving changes (UTC only)', () => {
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30')
    expect(addDays('2026-10-24', 2)).toBe('2026-10-26')
  })
})

describe('daysBetween', () => {
  it('is zero for the same date', () => {
    expect(daysBetween('2026-11-26', '2026-11-26')).toBe(0)
  })

  it('is positive when b is later, negative when earlier', () => {
    expect(daysBetween('2026-11-26', '2026-12-03')).toBe(7)
    expect(daysBetween('2026-12-03', '2026-11-26')).toBe(-7)
  })

  it('crosses month and year ends', () => {
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1)
    expect(daysBetween('2026-01-31', '2026-03-01')).toBe(29)
    expect(daysBetween('2028-01-31', '2028-03-01')).toBe(30)
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365)
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366)
  })

  it('is the inverse of addDays', () => {
    for (const n of [-400, -1, 0, 1, 30, 59, 366, 1000]) expect(daysBetween('2026-11-26', addDays('2026-11-26', n))).toBe(n)
  })
})

describe('maxDate', () => {
  it('returns null for no dates', () => {
    expect(maxDate([])).toBeNull()
  })

  it('returns the only date', () => {
    expect(maxDate(['2026-11-26'])).toBe('2026-11-26')
  })

  it('returns the latest date regardless of order', () => {
    expect(maxDate(['2026-12-01', '2027-01-05', '2026-12-31'])).toBe('2027-01-05')
    expect(maxDate(['2027-01-05', '2026-12-01'])).toBe('2027-01-05')
    expect(maxDate(['2026-12-01', '2026-12-01'])).toBe('2026-12-01')
  })

  it('does not modify its input', () => {
    const input = ['2026-12-31', '2026-01-01']
    maxDate(input)
    expect(input).toEqual(['2026-12-31', '2026-01-01'])
  })
})
