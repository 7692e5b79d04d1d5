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

/** Sets a setting (or, with null, removes it) inside the caller's transaction; gives the value it had. */
export async function replaceSetting(tx: Kysely<Database>, key: string, value: string | null): Promise<string | null> {
  const before = await getSetting(tx, key)
  if (value === null) await tx.deleteFrom('settings').where('key', '=', key).execute()
  else if (before !== null) await tx.updateTable('settings').set({ value }).where('key', '=', key).execute()
  else await tx.insertInto('settings').values({ key, value }).execute()
  return before
}
