import { UsageError } from '../domain/errors.js'
import { languageNamed, languageOfLocale, type Language } from '../domain/language.js'
import { msg } from '../domain/message.js'
import { useLanguage } from '../messages/index.js'

/**
 * Which language the desk speaks to this command (issue 18): `--lang`, else ORDERDESK_LANG,
 * else the desk's `desk.language` setting, else the locale (LC_ALL, LC_MESSAGES, LANG: `zh_*`
 * is Chinese), else English. `--help` and usage errors come before the desk is open, so they
 * follow the flag, the variable and the locale; the desk's setting applies once it is open.
 */
export interface LanguageChoice {
  language: Language
  /** Given by `--lang` or ORDERDESK_LANG: the desk's setting does not override it. */
  given: boolean
}

/** `--lang X` or `--lang=X` in argv (the last one wins, as commander takes it). */
function langFlag(args: string[]): string | undefined {
  let value: string | undefined
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!
    if (a === '--') break
    if (a === '--lang') value = args[++i] ?? ''
    else if (a.startsWith('--lang=')) value = a.slice('--lang='.length)
  }
  return value
}

/** The language before the desk is open; a `--lang` or ORDERDESK_LANG that names none is exit 2. */
export function languageBeforeDesk(args: string[], env: NodeJS.ProcessEnv): LanguageChoice {
  const flag = langFlag(args)
  if (flag !== undefined) return { language: named('--lang', flag), given: true }
  const variable = env.ORDERDESK_LANG
  if (variable) return { language: named('ORDERDESK_LANG', variable), given: true }
  return { language: languageOfLocale(env) ?? 'en', given: false }
}

function named(source: string, value: string): Language {
  const language = languageNamed(value)
  if (!language) throw new UsageError(msg('program.badLanguage', { source, value }))
  return language
}

let choice: LanguageChoice = { language: 'en', given: false }

/** Chooses and loads the language before the command tree is built (its help is in words). */
export async function chooseLanguage(args: string[]): Promise<LanguageChoice> {
  choice = languageBeforeDesk(args, process.env)
  await useLanguage(choice.language)
  return choice
}

/** Once the desk is open: its `desk.language` setting, unless `--lang` or ORDERDESK_LANG decided. */
export async function useDeskLanguage(setting: () => Promise<Language | undefined>): Promise<void> {
  if (choice.given) return
  const language = await setting()
  if (language && language !== choice.language) {
    choice = { language, given: false }
    await useLanguage(language)
  }
}

/** The language chosen so far, and whether `--lang` or ORDERDESK_LANG gave it. */
export function languageChoice(): LanguageChoice {
  return choice
}
