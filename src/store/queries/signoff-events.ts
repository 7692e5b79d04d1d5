import type { Kysely } from 'kysely'
import type { Database } from '../schema.js'

/** The audit events the PIN lock-out is counted from. */
export const SIGNOFF_ACTIONS = ['signoff.pin_attempt', 'signoff.pin_ok', 'signoff.pin_failed', 'signoff.locked'] as const

export interface SignoffEvent {
  id: number
  action: string
  at: string
  data: string | null
}

/**
 * One user's sign-off events since `cutoff` (ISO time), in id order. Reads only the events of
 * that window: the newest event older than the window is found by scanning ids downwards.
 */
export async function signoffEventsSince(db: Kysely<Database>, user: string, cutoff: string): Promise<SignoffEvent[]> {
  const boundary = await db.selectFrom('events').select('id').where('at', '<', cutoff).orderBy('id', 'desc').limit(1).executeTakeFirst()
  const rows = await db
    .selectFrom('events')
    .select(['id', 'action', 'at', 'data'])
    .where('id', '>', boundary?.id ?? 0)
    .where('actor', '=', user)
    .where('action', 'in', [...SIGNOFF_ACTIONS])
    .where('at', '>=', cutoff)
    .orderBy('id')
    .execute()
  return rows.map((r) => ({ ...r, id: Number(r.id) }))
}

/** The id of the newest event: inside a write transaction, the one it just appended. */
export async function newestEventId(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('events').select('id').orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow()
  return Number(row.id)
}
