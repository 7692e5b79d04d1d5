import { createHash } from 'node:crypto'
import type { Tx } from '../tx.js'
import type { EventRow } from '../schema.js'
import { sql, type Kysely } from 'kysely'
import type { Database } from '../schema.js'
import { dialectOf } from '../dialect.js'

export interface NewEvent {
  at: string
  businessDate: string
  actor: string
  action: string
  entity: string
  ref: string
  orderId?: number | null
  from?: string | null
  to?: string | null
  data?: Record<string, unknown> | null
}

export const GENESIS_HASH = '0'.repeat(64)

/**
 * The content an event's hash covers, in a fixed order; `sealed` (the rows its transaction
 * wrote, with their seals) only when there is one, so events written before it existed verify.
 */
export function eventHashInput(prevHash: string, e: Omit<EventRow, 'id' | 'hash' | 'prev_hash' | 'sealed'> & { sealed?: string | null }): string {
  const fields: unknown[] = [
    prevHash,
    e.at,
    e.business_date,
    e.actor,
    e.action,
    e.entity,
    e.ref,
    e.order_id,
    e.from_status,
    e.to_status,
    e.data,
  ]
  if (e.sealed != null) fields.push(e.sealed)
  return JSON.stringify(fields)
}

export function hashEvent(input: string): string {
  return createHash('sha256').update(input).digest('hex')
}

/** The stored columns of an event, before its hashes. */
export function eventRow(e: NewEvent): Omit<EventRow, 'id' | 'hash' | 'prev_hash' | 'sealed'> {
  return {
    at: e.at,
    business_date: e.businessDate,
    actor: e.actor,
    action: e.action,
    entity: e.entity,
    ref: e.ref,
    order_id: e.orderId ?? null,
    from_status: e.from ?? null,
    to_status: e.to ?? null,
    data: e.data ? JSON.stringify(e.data) : null,
  }
}

/**
 * Appends one audit event inside the caller's transaction. Each event's hash covers the
 * previous event's hash and its own content, so editing history breaks the chain.
 */
export async function appendEvent(tx: Tx, e: NewEvent): Promise<void> {
  const last = await tx.selectFrom('events').select(['id', 'hash']).orderBy('id', 'desc').limit(1).executeTakeFirst()
  const prevHash = last?.hash ?? GENESIS_HASH
  const row = eventRow(e)
  const hash = hashEvent(eventHashInput(prevHash, row))
  if (dialectOf(tx) === 'postgres') {
    const id = await reserveEventIds(tx, 1, last?.id ?? 0)
    await tx.insertInto('events').values({ id, ...row, prev_hash: prevHash, hash }).execute()
  } else {
    await tx.insertInto('events').values({ ...row, prev_hash: prevHash, hash }).execute()
  }
}

/**
 * The counter that plays sqlite_sequence's part for the audit trail on PostgreSQL: the last
 * event id ever issued. A PostgreSQL sequence is not transactional (a rolled-back write would
 * leave a gap that `audit verify` must read as deleted events), so event ids there are issued
 * from this row, inside the write transaction that holds the desk lock: gapless, never reused.
 */
export const EVENT_ID_COUNTER = 'audit.event_id'

/**
 * PostgreSQL: issues `n` event ids (inside the write transaction); gives the first. `lastId`
 * is the newest event's id when the caller has read it already.
 */
export async function reserveEventIds(tx: Tx, n: number, lastId?: number): Promise<number> {
  const last = lastId ?? (await tx.selectFrom('events').select('id').orderBy('id', 'desc').limit(1).executeTakeFirst())?.id ?? 0
  const row = await tx.selectFrom('counters').select('value').where('key', '=', EVENT_ID_COUNTER).executeTakeFirst()
  const first = Math.max(last, row?.value ?? 0) + 1
  const value = first + n - 1
  if (row) await tx.updateTable('counters').set({ value }).where('key', '=', EVENT_ID_COUNTER).execute()
  else await tx.insertInto('counters').values({ key: EVENT_ID_COUNTER, value }).execute()
  return first
}

/**
 * The last event id ever issued (events deleted from the end leave it behind): SQLite's
 * AUTOINCREMENT sequence, or the counter above on PostgreSQL. 0 when none.
 */
export async function lastIssuedEventId(db: Kysely<Database>): Promise<number> {
  if (dialectOf(db) === 'postgres') {
    const row = await db.selectFrom('counters').select('value').where('key', '=', EVENT_ID_COUNTER).executeTakeFirst()
    return Number(row?.value ?? 0)
  }
  const seq = await sql<{ seq: number }>`select seq from sqlite_sequence where name = 'events'`.execute(db)
  return Number(seq.rows[0]?.seq ?? 0)
}

/** The audit chain's last event (id and hash), null on an empty trail. */
export async function auditHead(db: Kysely<Database>): Promise<{ id: number; hash: string } | null> {
  const r = await db.selectFrom('events').select(['id', 'hash']).orderBy('id', 'desc').limit(1).executeTakeFirst()
  return r ? { id: Number(r.id), hash: r.hash } : null
}

/** The order's events (not the change's own) since change `change` was requested: what changed it meanwhile. */
export async function eventsSinceChangeRequest(db: Kysely<Database>, orderId: number, change: string): Promise<{ action: string; ref: string; actor: string }[]> {
  return db
    .selectFrom('events')
    .select(['action', 'ref', 'actor'])
    .where('order_id', '=', orderId)
    .where('id', '>', (eb) => eb.selectFrom('events').select((e) => e.fn.max('id').as('m')).where('ref', '=', change).where('action', '=', 'change.request'))
    .where('entity', '!=', 'change')
    .orderBy('id')
    .execute()
}

/** Up to `limit` events after id `after`, in id order (the audit walk's pages). */
export async function eventsAfter(db: Kysely<Database>, after: number, limit: number): Promise<EventRow[]> {
  return db.selectFrom('events').selectAll().where('id', '>', after).orderBy('id').limit(limit).execute()
}

export async function eventAt(db: Kysely<Database>, id: number): Promise<EventRow | undefined> {
  return db.selectFrom('events').selectAll().where('id', '=', id).executeTakeFirst()
}

/** The first event other than `notId` that links to `prevHash`: where the event that follows it stands. */
export async function eventLinkingTo(db: Kysely<Database>, prevHash: string, notId: number): Promise<EventRow | undefined> {
  return db.selectFrom('events').selectAll().where('prev_hash', '=', prevHash).where('id', '<>', notId).orderBy('id').limit(1).executeTakeFirst()
}

/** The id of the last event before `beforeId` whose hash is `hash`. */
export async function eventIdWithHash(db: Kysely<Database>, hash: string, beforeId: number): Promise<number | undefined> {
  return (await db.selectFrom('events').select('id').where('hash', '=', hash).where('id', '<', beforeId).orderBy('id', 'desc').limit(1).executeTakeFirst())?.id
}

/** One customer's or product's events, oldest first (the index of migration 0019): its history. */
export async function eventsOfRecord(db: Kysely<Database>, entity: 'customer' | 'product', ref: string): Promise<EventRow[]> {
  return db.selectFrom('events').selectAll().where('entity', '=', entity).where('ref', '=', ref).orderBy('id').execute()
}
