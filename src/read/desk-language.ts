import type { Kysely } from 'kysely'
import { languageNamed, type Language } from '../domain/language.js'
import type { Database } from '../store/schema.js'
import { getSetting } from '../store/queries/settings.js'

/** The language the desk's `desk.language` setting names, if it is set (one indexed read). */
export async function deskLanguage(db: Kysely<Database>): Promise<Language | undefined> {
  const value = await getSetting(db, 'desk.language')
  return value === null ? undefined : languageNamed(value)
}
