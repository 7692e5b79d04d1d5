import type { Language } from '../domain/language.js'
import { msg, sayForScripts, useWords, type MessageKey, type MessageParams, type Msg } from '../domain/message.js'
import { enHelp, type HelpKey } from './en/help.js'
import { en } from './en/index.js'
import type { HelpEntry } from './help-entry.js'
import { wordsOf, type Catalogue } from './words.js'

/**
 * The words of the program in the language in use: English until `useLanguage` loads another.
 * Only the catalogue in use is loaded: the Chinese one is imported on demand, and the build
 * makes that import read dist/zh-CN.cjs (scripts/build.mjs), so an English command never reads it.
 */
let current: { language: Language; words: Catalogue; help: Readonly<Record<HelpKey, HelpEntry>> } = { language: 'en', words: en, help: enHelp }

/** The environment variable that carries the language in use to the import reader thread. */
export const WORDS_LANGUAGE_VARIABLE = 'ORDERDESK_WORDS_LANG'

/** Loads a language's catalogue and help and makes it the one in use (also for the layers below). */
export async function useLanguage(language: Language): Promise<void> {
  if (language !== current.language) {
    if (language === 'en') current = { language, words: en, help: enHelp }
    else {
      const zh = await import('./zh-CN/index.js')
      current = { language, words: zh.zhCN, help: zh.zhCNHelp }
    }
  }
  process.env[WORDS_LANGUAGE_VARIABLE] = language
  installWords()
}

/** The language in use. */
export function language(): Language {
  return current.language
}

/** The words of a message in the language in use. */
export function t(m: Msg): string {
  return wordsOf(current.words, m)
}

/** A message's values, left out when it has none. */
type ParamsOf<K extends MessageKey> = MessageParams[K] extends Record<string, never> ? [] : [MessageParams[K]]

/**
 * The words of a message by its key, in the language in use: what render and cli write.
 *
 * @example
 * tr('order.recorded', { number: '26-0001' })
 * tr('common.empty')
 */
export function tr<K extends MessageKey>(key: K, ...params: ParamsOf<K>): string {
  return t(msg(key, (params[0] ?? {}) as MessageParams[K]))
}

/** The help of a command (`''`: orderdesk itself) in the language in use. */
export function helpOf(key: HelpKey): HelpEntry {
  return current.help[key]
}

/**
 * The words of a message in English, whatever the language in use: for what scripts read
 * (`--json` output stays the same in every language; docs/json.md).
 */
export function english(m: Msg): string {
  return sayForScripts(m)
}

/** Installs the catalogue in use for the layers below, which hold only keys and values (and English for scripts). */
export function installWords(): void {
  useWords(t, (m) => wordsOf(en, m))
}
