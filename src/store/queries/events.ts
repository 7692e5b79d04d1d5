import { createHash } from 'node:crypto'
import type { Tx } from '../transaction.js'
import type { EventRow } from '../schema.js'
import type { Kysely } from 'kysely'
import type { Database } from '../schema.js'

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

/** The content an event's hash covers, in a fixed order. */
export function eventHashInput(prevHash: string, e: Omit<EventRow, 'id' | 'hash' | 'prev_hash'>): string {
  return JSON.stringify([
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
  ])
}

export function hashEvent(input: string): string {
  return createHash('sha256').update(input).digest('hex')
}

/** The stored columns of an event, before its hashes. */
export function eventRow(e: NewEvent): Omit<EventRow, 'id' | 'hash' | 'prev_hash'> {
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
  const last = await tx.selectFrom('events').select('hash').orderBy('id', 'desc').limit(1).executeTakeFirst()
  const prevHash = last?.hash ?? GENESIS_HASH
  const row = eventRow(e)
  const hash = hashEvent(eventHashInput(prevHash, row))
  await tx.insertInto('events').values({ ...row, prev_hash: prevHash, hash }).execute()
}

export async function orderEvents(db: Kysely<Database>, orderId: number): Promise<EventRow[]> {
  return db.selectFrom('events').selectAll().where('order_id', '=', orderId).orderBy('id').execute()
}
