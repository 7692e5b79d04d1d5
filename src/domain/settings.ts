import { ValidationError } from './errors.js'
import { msg } from './message.js'
import { languageNamed } from './language.js'
import { formatMoney, parseMoney } from './money.js'
import { textProblem } from './text-rules.js'

/**
 * The desk's settings (`orderdesk settings show|set|unset`): known keys only, each with its
 * parser; values are stored as text in the database. What each means is in the catalogue
 * (`settings.meaning`).
 *
 * @example
 * SETTINGS['quote.approvalAbove'].parse('50000') // '5000000' (minor units)
 */
export interface SettingDef {
  /** Validates user input and returns the stored text. */
  parse(value: string): string
  /** The stored text shown to people. */
  format(stored: string): string
}

const percent = (key: string): SettingDef['parse'] => (v) => {
  const s = v.trim().replace(/%$/, '')
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(s) || Number(s) > 100) throw new ValidationError(key, v, msg('master.settingNotAPercent', {}))
  return String(Math.round(Number(s) * 100))
}

/** Free text for printed forms, stored as given: one line, or (`note`) with line breaks. */
const freeText = (key: string, opts: { max?: number; kind?: 'line' | 'note' } = {}): SettingDef => ({
  parse: (v) => {
    const max = opts.max ?? 300
    if (!v.trim()) throw new ValidationError(key, v, msg('master.settingEmpty', { key }))
    if (v.length > max) throw new ValidationError(key, v, msg('common.tooLong', { max }))
    const problem = textProblem(v, opts.kind ?? (key === 'company.address' ? 'note' : 'line'))
    if (problem) throw new ValidationError(key, v, problem)
    return v
  },
  format: (s) => s,
})

/** The largest file `attach` keeps unless the setting `attach.maxBytes` says otherwise: 20 MB (a fax scan, a call recording). */
export const ATTACH_MAX_BYTES_DEFAULT = 20 * 1024 * 1024
/** The most `attach.maxBytes` may allow: 200 MB (the file is read into memory and written in one transaction). */
export const ATTACH_MAX_BYTES_CEILING = 200 * 1024 * 1024

/** The size limit for attachments from the stored setting (its text), or the default. */
export function attachMaxBytes(stored: string | null | undefined): number {
  const n = stored === null || stored === undefined ? NaN : Number(stored)
  return Number.isInteger(n) && n > 0 ? n : ATTACH_MAX_BYTES_DEFAULT
}

export const SETTINGS = {
  'quote.approvalAbove': {
    parse: (v: string) => String(parseMoney(v, 'quote.approvalAbove')),
    format: (s: string) => formatMoney(Number(s)),
  },
  'quote.maxDiscount': {
    parse: percent('quote.maxDiscount'),
    format: (s: string) => `${Number(s) / 100}`,
  },
  'quote.validityDays': {
    parse: (v: string) => {
      const s = v.trim()
      if (!/^\d{1,4}$/.test(s) || Number(s) < 1 || Number(s) > 3650) throw new ValidationError('quote.validityDays', v, msg('master.settingNotDays', { min: 1, max: 3650 }))
      return String(Number(s))
    },
    format: (s: string) => s,
  },
  'desk.language': {
    parse: (v: string) => {
      const language = languageNamed(v)
      if (!language) throw new ValidationError('desk.language', v, msg('master.settingNotALanguage', {}))
      return language
    },
    format: (s: string) => s,
  },
  'company.name': freeText('company.name'),
  'company.address': freeText('company.address'),
  'company.phone': freeText('company.phone'),
  'company.taxId': freeText('company.taxId'),
  'company.bank': freeText('company.bank'),
  // issue 19: master (the seller's block, 供方, and the contract's terms)
  'company.account': freeText('company.account'),
  'company.representative': freeText('company.representative'),
  'terms.quality': freeText('terms.quality', { max: 1000, kind: 'note' }),
  'terms.delivery': freeText('terms.delivery', { max: 1000, kind: 'note' }),
  'terms.breach': freeText('terms.breach', { max: 1000, kind: 'note' }),
  'terms.disputes': freeText('terms.disputes', { max: 1000, kind: 'note' }),
  // issue 19: countersign and attachments
  'attach.maxBytes': {
    parse: (v: string) => {
      const s = v.trim()
      if (!/^\d{1,10}$/.test(s) || Number(s) < 1 || Number(s) > ATTACH_MAX_BYTES_CEILING) {
        throw new ValidationError('attach.maxBytes', v, msg('paper.settingNotBytes', { min: 1, max: ATTACH_MAX_BYTES_CEILING }))
      }
      return String(Number(s))
    },
    format: (s: string) => s,
  },
} as const satisfies Record<string, SettingDef>

export type SettingKey = keyof typeof SETTINGS

/** The contract's terms (合同条款) a desk sets once, in the order the forms number them. */
export const TERM_KEYS = ['terms.quality', 'terms.delivery', 'terms.breach', 'terms.disputes'] as const
export type TermKey = (typeof TERM_KEYS)[number]

export function isSettingKey(key: string): key is SettingKey {
  return Object.hasOwn(SETTINGS, key)
}
