import type { Tx } from '../tx.js'

/** Next value of a named sequence, inside the caller's write transaction. */
export async function nextCounter(tx: Tx, key: string): Promise<number> {
  const row = await tx.selectFrom('counters').select('value').where('key', '=', key).executeTakeFirst()
  const next = (row?.value ?? 0) + 1
  if (row) await tx.updateTable('counters').set({ value: next }).where('key', '=', key).execute()
  else await tx.insertInto('counters').values({ key, value: next }).execute()
  return next
}
