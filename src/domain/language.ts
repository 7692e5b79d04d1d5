/** The languages the desk speaks: English, and Simplified Chinese for the clerks. */
export const LANGUAGES = ['en', 'zh-CN'] as const

export type Language = (typeof LANGUAGES)[number]

/**
 * The language a `--lang` value, ORDERDESK_LANG or the `desk.language` setting names:
 * `zh-CN` (also `zh`, `zh_CN`, `cn`, any case) or `en`; undefined for anything else.
 *
 * @example
 * languageNamed('zh_cn') // 'zh-CN'
 */
export function languageNamed(value: string): Language | undefined {
  const v = value.trim().toLowerCase().replace('_', '-')
  if (v === 'zh-cn' || v === 'zh' || v === 'cn' || v === 'zh-hans') return 'zh-CN'
  if (v === 'en' || v === 'en-us' || v === 'en-gb') return 'en'
  return undefined
}

/** The locale variables in POSIX order: the first one set (not empty) decides. */
export interface LocaleVariables {
  LC_ALL?: string
  LC_MESSAGES?: string
  LANG?: string
}

/**
 * The language of the terminal's locale: `zh_*` (zh_CN.UTF-8, zh_TW, zh) → zh-CN; any
 * other locale, or none, → undefined (English).
 *
 * @example
 * languageOfLocale({ LANG: 'zh_CN.UTF-8' })               // 'zh-CN'
 * languageOfLocale({ LC_ALL: 'C', LANG: 'zh_CN.UTF-8' })  // undefined: LC_ALL decides
 */
export function languageOfLocale(env: LocaleVariables): Language | undefined {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || ''
  return /^zh([_.@-]|$)/i.test(locale) ? 'zh-CN' : undefined
}
