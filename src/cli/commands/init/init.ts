import type { Command } from 'commander'
import type { infer as Infer } from 'zod/mini'
import { LANGUAGES, type Language } from '../../../domain/language.js'
import { language as languageInUse, tr, useLanguage } from '../../../messages/index.js'
import { deskLanguage } from '../../../read/desk-language.js'
import { countUsers } from '../../../read/users.js'
import { deskReadyText } from '../../../render/desk-ready.js'
import { recordDeskLanguage } from '../../../services/record-desk-language.js'
import { action } from '../../action.js'
import { actorName, type Session } from '../../context.js'
import { flag, z } from '../../flags.js'
import { described } from '../../help.js'
import { languageChoice } from '../../language.js'

export const schema = z.object({ demo: flag() })
export type Options = Infer<typeof schema>

/** `orderdesk init [--demo] [--lang zh-CN|en]`: create (or upgrade) the database; optionally load demo data. */
export function register(program: Command): void {
  const cmd = program.command('init').option('--demo')
  described(cmd, 'init').action(action(schema, run, { anyUser: true, access: 'init' }))
}

/**
 * Creates the desk or brings its schema up to date (the session did that); records the desk's
 * language the first time (`--lang` or ORDERDESK_LANG, else asked on a terminal); `--demo`
 * fills it.
 */
export async function run(opts: Options, s: Session): Promise<void> {
  const language = await languageOfNewDesk(s)
  let demo = null
  // the Chinese desk gets the Chinese demo (a wood-products company), the English one Northwind
  const kind = languageInUse() === 'zh-CN' ? 'wood' : 'northwind'
  if (opts.demo) {
    const { loadDemoData } = await import('../../../services/load-demo-data.js')
    demo = await loadDemoData(s.store.db, { actor: actorName(s.opts), today: s.today, now: s.now }, kind)
  }
  // after the demo, which loads only into a desk without events
  const ctx = { actor: actorName(s.opts), today: s.today, now: s.now }
  const recorded = language && (await recordDeskLanguage(s.store.db, ctx, language)) ? language : null
  const users = await countUsers(s.store.db)
  s.out.result({ database: s.store.path, demo, users, ...(recorded ? { language: recorded } : {}) }, () => deskReadyText(s.store.path, demo && { ...demo, kind }, users, recorded))
}

/** The language to record for a desk that has none yet: given, or asked; null when it keeps the one it has (or none is chosen). */
async function languageOfNewDesk(s: Session): Promise<Language | null> {
  if ((await deskLanguage(s.store.db)) !== undefined) return null
  const choice = languageChoice()
  let language: Language | undefined = choice.given ? choice.language : undefined
  if (!language && s.interactive) {
    language = await s.prompt.select(
      tr('desk.askLanguage'),
      LANGUAGES.map((l) => ({ name: tr('desk.languageName', { language: l }), value: l })),
      choice.language,
    )
    await useLanguage(language)
  }
  return language ?? null
}
