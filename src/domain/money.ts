import { ValidationError } from './errors.js'
import { msg } from './message.js'

/**
 * Money is held as an integer number of minor units (fen / cents).
 *
 * @example
 * parseMoney('1234.5', 'price') // 123450
 * formatMoney(123450)           // "1234.50"
 */
export type Minor = number

const MONEY_RE = /^(\d{1,13})(?:\.(\d{1,2}))?$/

/** Parses a non-negative decimal with at most two decimals into minor units. */
export function parseMoney(text: string, field: string): Minor {
  const s = String(text).trim()
  const m = MONEY_RE.exec(s)
  if (!m) {
    if (/^\d+\.\d{3,}$/.test(s)) throw new ValidationError(field, text, msg('common.atMostTwoDecimals', {}))
    throw new ValidationError(field, text, msg('common.notAnAmount', {}))
  }
  const whole = Number(m[1])
  const frac = Number((m[2] ?? '').padEnd(2, '0'))
  const value = whole * 100 + frac
  if (!Number.isSafeInteger(value)) throw new ValidationError(field, text, msg('common.tooLarge', {}))
  return value
}

/** "1234.50"; negative amounts get a leading minus. */
export function formatMoney(minor: Minor): string {
  const sign = minor < 0 ? '-' : ''
  const abs = Math.abs(minor)
  const whole = Math.floor(abs / 100)
  const frac = String(abs % 100).padStart(2, '0')
  return `${sign}${whole}.${frac}`
}

/** "1,234.50" for people. */
export function formatMoneyGrouped(minor: Minor): string {
  const [whole, frac] = formatMoney(minor).split('.')
  return `${whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${frac}`
}

/** Discount as basis points (1/100 of a percent); 0 ≤ bp ≤ 10000. */
export type BasisPoints = number

/**
 * A line's amount: qty × unit price × (1 − discount), rounded half-up to the minor unit.
 * Integer arithmetic only: qty·price·(10000 − bp) / 10000.
 */
export function lineAmount(qty: number, unitPrice: Minor, discountBp: BasisPoints = 0): Minor {
  const gross = BigInt(qty) * BigInt(unitPrice) * BigInt(10000 - discountBp)
  const q = gross / 10000n
  const r = gross % 10000n
  return Number(r * 2n >= 10000n ? q + 1n : q)
}

/** Share of `total` for a percentage (deposit), rounded up so a deposit is never under-asked. */
export function percentOf(total: Minor, percent: number): Minor {
  return Math.ceil((total * percent) / 100)
}
