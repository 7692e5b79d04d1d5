import type { Kysely } from 'kysely'
import type { Language } from '../domain/language.js'
import type { IsoDate } from '../domain/dates.js'
import type { Database } from '../store/schema.js'
import { getSetting, replaceSetting } from '../store/queries/settings.js'
import { immediate } from '../store/transaction.js'
import { recordEvent } from './record-step.js'

/**
 * `init` records the language of the desk it sets up (`desk.language`), once: only while the
 * setting is unset, so no sign-off is needed; after that it is a manager's `settings set`.
 * Gives whether it was recorded (false: the desk already had one, which stays).
 */
export async function recordDeskLanguage(
  db: Kysely<Database>,
  ctx: { actor: string; today: IsoDate; now(): string },
  language: Language,
): Promise<boolean> {
  return immediate(db, async (tx) => {
    if ((await getSetting(tx, 'desk.language')) !== null) return false
    await replaceSetting(tx, 'desk.language', language)
    await recordEvent(tx, { today: ctx.today, actor: { name: ctx.actor } }, ctx.now(), {
      action: 'settings.set',
      entity: 'setting',
      ref: 'desk.language',
      data: { from: null, to: language },
    })
    return true
  })
}
