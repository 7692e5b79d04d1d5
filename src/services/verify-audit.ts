import type { Kysely } from 'kysely'
import { eventHashInput, GENESIS_HASH, hashEvent, lastIssuedEventId } from '../store/queries/events.js'
import type { Database, EventRow } from '../store/schema.js'

/** What broke the chain first. */
export interface AuditBreak {
  /** `edited`: the event's content no longer matches its hash (or it was re-hashed and the next no longer links to it);
   *  `deleted`: events are missing; `inserted`: an event was put into the chain afterwards. */
  kind: 'edited' | 'deleted' | 'inserted'
  /** The first event edited, deleted or inserted. */
  id: number
  /** Its action, ref, actor and time (null for a deleted event: its content is gone). */
  action: string | null
  ref: string | null
  actor: string | null
  at: string | null
  /** For `deleted`: the ids that are missing. */
  missing: { from: number; to: number } | null
  /** The event after the break, where the chain goes on (null at the end). */
  next: { id: number; action: string; ref: string } | null
  /** One sentence for the person reading it. */
  reason: string
}

export interface AuditReport {
  ok: boolean
  /** Events whose hash and link verified (all of them when ok). */
  verified: number
  /** The last event of the chain as verified (null on an empty trail). */
  head: { id: number; hash: string; at: string } | null
  break: AuditBreak | null
  /** With `knownHead`: where that event is in the verified chain (id null: it is not — history was rewritten). */
  knownHead: { hash: string; id: number | null } | null
}

type Row = EventRow

/** Reads the events in id order a page at a time, with one row of look-ahead. */
class EventCursor {
  private page: Row[] = []
  private i = 0
  private after = 0
  private done = false

  constructor(
    private readonly db: Kysely<Database>,
    private readonly pageSize: number,
  ) {}

  private async fill(): Promise<void> {
    if (this.i < this.page.length || this.done) return
    this.page = await this.db.selectFrom('events').selectAll().where('id', '>', this.after).orderBy('id').limit(this.pageSize).execute()
    this.i = 0
    if (this.page.length === 0) this.done = true
    else this.after = this.page[this.page.length - 1]!.id
  }

  async next(): Promise<Row | null> {
    await this.fill()
    return this.done ? null : this.page[this.i++]!
  }

  async peek(): Promise<Row | null> {
    await this.fill()
    return this.done ? null : this.page[this.i]!
  }
}

function ownHashOk(r: Row): boolean {
  return hashEvent(eventHashInput(r.prev_hash, r)) === r.hash
}

/** `event #6 (payment.record 26-00001, wu, 2026-11-26T10:00:00.000Z)` */
function named(r: Row): string {
  return `event #${r.id} (${r.action} ${r.ref}, ${r.actor}, ${r.at})`
}

function breakAt(kind: AuditBreak['kind'], r: Row, reason: string, next: Row | null): AuditBreak {
  return {
    kind,
    id: r.id,
    action: r.action,
    ref: r.ref,
    actor: r.actor,
    at: r.at,
    missing: null,
    next: next ? { id: next.id, action: next.action, ref: next.ref } : null,
    reason,
  }
}

function deleted(from: number, to: number, next: Row | null): AuditBreak {
  const which = from === to ? `event #${from} was deleted` : `events #${from} to #${to} were deleted`
  return {
    kind: 'deleted',
    id: from,
    action: null,
    ref: null,
    actor: null,
    at: null,
    missing: { from, to },
    next: next ? { id: next.id, action: next.action, ref: next.ref } : null,
    reason: next ? `${which}: the chain goes on at ${named(next)}` : `${which}: the trail ends early`,
  }
}

/**
 * Walks the audit trail's hash chain in id order, a page at a time inside one read snapshot
 * (others may go on writing), and reports the first event that was edited, deleted or
 * inserted. Each event stores the previous event's hash and a hash over that and its own
 * content (SPEC: tamper-evident audit trail); ids are AUTOINCREMENT, so a gap, or a
 * sqlite_sequence beyond the last id, means deleted events.
 *
 * What a chain alone cannot catch: someone who knows the formula and recomputes every later
 * hash. Keep the head hash (printed here and by `backup`) somewhere else and pass it back as
 * `knownHead`: the report is not ok unless that event is still in the verified chain.
 */
export async function verifyAudit(db: Kysely<Database>, opts: { pageSize?: number; knownHead?: string } = {}): Promise<AuditReport> {
  // repeatable read: one snapshot for every page on PostgreSQL (a SQLite read transaction is one already)
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (tx) => walk(tx, opts.pageSize ?? 2000, opts.knownHead ?? null))
}

/** `verifyAudit` inside a transaction the caller holds (`migrate-db` checks its copy before it commits). */
export async function verifyAuditIn(tx: Kysely<Database>, opts: { pageSize?: number; knownHead?: string } = {}): Promise<AuditReport> {
  return walk(tx, opts.pageSize ?? 2000, opts.knownHead ?? null)
}

async function walk(db: Kysely<Database>, pageSize: number, knownHead: string | null): Promise<AuditReport> {
  const cursor = new EventCursor(db, pageSize)
  let prev: { id: number; hash: string; at: string } | null = null
  let verified = 0
  let knownAt: number | null = null
  const report = (b: AuditBreak | null): AuditReport => ({
    ok: b === null && (knownHead === null || knownAt !== null),
    verified,
    head: prev,
    break: b,
    knownHead: knownHead === null ? null : { hash: knownHead, id: knownAt },
  })

  for (let row = await cursor.next(); row; row = await cursor.next()) {
    const prevId: number = prev?.id ?? 0
    const prevHash: string = prev?.hash ?? GENESIS_HASH
    if (row.id !== prevId + 1) return report(deleted(prevId + 1, row.id - 1, row))
    const ownOk = ownHashOk(row)
    const linkOk = row.prev_hash === prevHash
    if (ownOk && linkOk) {
      if (row.hash === knownHead) knownAt = row.id
      prev = { id: row.id, hash: row.hash, at: row.at }
      verified++
      continue
    }
    const next = await cursor.peek()
    if (!ownOk) {
      // The next event still pointing at the one before this one: this one was put in between.
      if (linkOk && next && next.prev_hash === prevHash && next.id === row.id + 1) {
        return report(breakAt('inserted', row, `${named(row)} was inserted: the next event #${next.id} links to #${prevId}`, next))
      }
      const last = next ? '' : ' (the last event: edited, or added by hand)'
      return report(breakAt('edited', row, `${named(row)} does not match its hash: it was edited after it was written${last}`, next))
    }
    // This event is intact but does not link to the one before it: events were inserted
    // before it (it links to an earlier one), or the one before was edited and re-hashed.
    const earlier = await db
      .selectFrom('events')
      .select('id')
      .where('hash', '=', row.prev_hash)
      .where('id', '<', row.id)
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst()
    if (earlier && earlier.id < prevId) {
      const first = await db.selectFrom('events').selectAll().where('id', '=', earlier.id + 1).executeTakeFirstOrThrow()
      verified = earlier.id // ids run 1, 2, 3, ... (checked above)
      prev = await headAt(db, earlier.id)
      return report(
        breakAt('inserted', first, `${named(first)} was inserted: event #${row.id} links to #${earlier.id}, before it`, row),
      )
    }
    if (prev === null) return report(breakAt('edited', row, `${named(row)} was edited: it no longer starts the chain`, next))
    const before = await db.selectFrom('events').selectAll().where('id', '=', prevId).executeTakeFirstOrThrow()
    verified = prevId - 1
    prev = prevId > 1 ? await headAt(db, prevId - 1) : null
    return report(
      breakAt('edited', before, `${named(before)} was edited and its hash recomputed: the next event #${row.id} no longer links to it`, row),
    )
  }

  const lastId = await lastIssuedEventId(db)
  const prevId = prev?.id ?? 0
  if (lastId > prevId) return report(deleted(prevId + 1, lastId, null))
  return report(null)
}

async function headAt(db: Kysely<Database>, id: number): Promise<{ id: number; hash: string; at: string }> {
  return db.selectFrom('events').select(['id', 'hash', 'at']).where('id', '=', id).executeTakeFirstOrThrow()
}
