import { ValidationError } from './errors.js'
import { formatMoney, parseMoney } from './money.js'

/**
 * The desk's settings (`orderdesk settings show|set|unset`): known keys only, each with its
 * parser; values are stored as text in the database.
 *
 * @example
 * SETTINGS['quote.approvalAbove'].parse('50000') // '5000000' (minor units)
 */
export interface SettingDef {
  description: string
  /** Validates user input and returns the stored text. */
  parse(value: string): string
  /** The stored text shown to people. */
  format(stored: string): string
}

const percent = (key: string): SettingDef['parse'] => (v) => {
  const s = v.trim().replace(/%$/, '')
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(s) || Number(s) > 100) throw new ValidationError(key, v, 'must be a percent from 0 to 100 (at most two decimals)')
  return String(Math.round(Number(s) * 100))
}

export const SETTINGS = {
  'quote.approvalAbove': {
    description: 'an offer whose total is above this amount needs a manager\'s `quote approve`',
    parse: (v: string) => String(parseMoney(v, 'quote.approvalAbove')),
    format: (s: string) => formatMoney(Number(s)),
  },
  'quote.maxDiscount': {
    description: 'an offer with a line priced more than this percent below list needs a manager\'s `quote approve`',
    parse: percent('quote.maxDiscount'),
    format: (s: string) => `${Number(s) / 100}`,
  },
} as const satisfies Record<string, SettingDef>

export type SettingKey = keyof typeof SETTINGS

export function isSettingKey(key: string): key is SettingKey {
  return Object.hasOwn(SETTINGS, key)
}
