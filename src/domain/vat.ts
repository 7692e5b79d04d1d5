import { ValidationError } from './errors.js'
import { msg } from './message.js'
import type { Minor } from './money.js'

/**
 * VAT (增值税) on an order line, as the tax system computes it: per line, rounded half away from
 * zero to the fen (四舍五入), never on the order's sum (issue 20 §1).
 *
 * A rate is held in basis points of a percent: 13 % is 1300, 1.5 % is 150.
 *
 * @example
 * lineTax(11300, 1300, true)  // { gross: 11300, net: 10000, tax: 1300 }
 * lineTax(10000, 1300, false) // { gross: 11300, net: 10000, tax: 1300 }
 */
export type TaxRate = number

/** The rate a desk starts with: 13 %, goods (货物). */
export const DEFAULT_TAX_RATE: TaxRate = 1300

const RATE_RE = /^(\d{1,3})(?:\.(\d{1,2}))?\s*%?$/

/** Parses a percent (`13`, `9`, `1.5`, `13%`) from 0 to 100 with at most two decimals. */
export function parseTaxRate(text: string, field: string): TaxRate {
  const m = RATE_RE.exec(String(text).trim())
  const rate = m ? Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0')) : NaN
  if (!(rate >= 0 && rate <= 10000)) throw new ValidationError(field, text, msg('money.notATaxRate', {}))
  return rate
}

/** The rate as the percent `--json` shows (`taxRate: 13`, `1.5`), like `depositPercent`. */
export function taxRatePercent(rate: TaxRate): number {
  return rate / 100
}

/** What a line comes to: `gross` is what the customer pays (价税合计), `net` without tax (不含税金额), `tax` (税额). */
export interface TaxedAmount {
  gross: Minor
  net: Minor
  tax: Minor
}

/** a / b rounded half away from zero, exactly (b > 0). */
function divRound(a: bigint, b: bigint): bigint {
  const neg = a < 0n
  const abs = neg ? -a : a
  const q = (abs * 2n + b) / (2n * b)
  return neg ? -q : q
}

/**
 * A line's tax. With prices that include tax (the default, 含税价) the line's amount is the gross:
 * net = round(gross / (1 + rate)), tax = gross − net. With tax-exclusive prices the amount is the
 * net: tax = round(net × rate), gross = net + tax. A negative amount (a red-letter credit) is
 * the mirror of the positive one.
 */
export function lineTax(amount: Minor, rate: TaxRate, pricesIncludeTax: boolean): TaxedAmount {
  const a = BigInt(amount)
  const r = BigInt(rate)
  if (pricesIncludeTax) {
    const net = Number(divRound(a * 10000n, 10000n + r))
    return { gross: amount, net, tax: amount - net }
  }
  const tax = Number(divRound(a * r, 10000n))
  return { gross: amount + tax, net: amount, tax }
}

/** The order's figures: the sums of its lines' (each line is rounded on its own). */
export function sumTaxed(lines: readonly TaxedAmount[]): TaxedAmount {
  let gross = 0
  let net = 0
  let tax = 0
  for (const l of lines) {
    gross += l.gross
    net += l.net
    tax += l.tax
  }
  return { gross, net, tax }
}
