import { describe, expect, it } from 'vitest'
import { DOCUMENT_KINDS, documentNumber, orderCounterKey, orderNumber } from '../../src/domain/numbering.js'

describe('orderNumber', () => {
  it('is YY-NNNNN', () => {
    expect(orderNumber('2026-11-26', 42)).toBe('26-00042')
    expect(orderNumber('2026-01-01', 1)).toBe('26-00001')
    expect(orderNumber('2027-12-31', 99999)).toBe('27-99999')
    expect(orderNumber('2030-06-15', 12345)).toBe('30-12345')
  })

  it('uses the year of the business date', () => {
    expect(orderNumber('2026-12-31', 7)).toBe('26-00007')
    expect(orderNumber('2027-01-01', 7)).toBe('27-00007')
    expect(orderNumber('2100-03-01', 7)).toBe('00-00007')
  })

  it('grows beyond five digits rather than truncating', () => {
    expect(orderNumber('2026-11-26', 123456)).toBe('26-123456')
  })
})

describe('documentNumber', () => {
  it('appends kind and sequence to the order number', () => {
    expect(documentNumber('26-00042', 'CT', 1)).toBe('26-00042-CT1')
    expect(documentNumber('26-00042', 'MO', 12)).toBe('26-00042-MO12')
    expect(documentNumber('27-00001', DOCUMENT_KINDS.outbound_slip, 3)).toBe('27-00001-OS3')
  })
})

describe('DOCUMENT_KINDS', () => {
  it('has one distinct prefix per document kind', () => {
    expect(DOCUMENT_KINDS).toEqual({
      contract: 'CT',
      sales_order: 'SO',
      production_order: 'MO',
      change_request: 'CR',
      change_form: 'CF',
      outbound_slip: 'OS',
    })
    const prefixes = Object.values(DOCUMENT_KINDS)
    expect(new Set(prefixes).size).toBe(prefixes.length)
  })
})

describe('orderCounterKey', () => {
  it('is one counter per calendar year', () => {
    expect(orderCounterKey('2026-11-26')).toBe('order:2026')
    expect(orderCounterKey('2026-01-01')).toBe('order:2026')
    expect(orderCounterKey('2027-01-01')).toBe('order:2027')
  })
})
