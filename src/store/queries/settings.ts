import type { Kysely } from 'kysely'
import type { Database } from '../schema.js'

export async function getSetting(db: Kysely<Database>, key: string): Promise<string | null> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst()
  return row?.value ?? null
}

export async function allSettings(db: Kysely<Database>): Promise<Map<string, string>> {
  const rows = await db.selectFrom('settings').selectAll().execute()
  return new Map(rows.map((r) => [r.key, r.value]))
}
