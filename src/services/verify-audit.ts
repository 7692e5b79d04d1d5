import type { Kysely } from 'kysely'
import { eventHashInput, GENESIS_HASH, hashEvent, lastIssuedEventId } from '../store/queries/events.js'
import { checkState, SealBook, type StateReport } from '../store/audit-state.js'
import { SealedUnreadable } from '../store/audit-seal.js'
import { readKnownHead, type KnownHead } from '../store/known-head.js'
import type { AuditBreak, AuditReport } from '../store/audit-report.js'
import type { Database, EventRow } from '../store/schema.js'

export type { AuditReport } from '../store/audit-report.js'

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
    swappedWith: null,
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
    swappedWith: null,
    reason: next ? `${which}: the chain goes on at ${named(next)}` : `${which}: the trail ends early`,
  }
}

/**
 * Walks the audit trail's hash chain in id order, a page at a time inside one read snapshot
 * (others may go on writing), and reports the first event that was edited, deleted, inserted
 * or moved. Each event stores the previous event's hash and a hash over that and its own
 * content; ids are AUTOINCREMENT, so a gap, or a sqlite_sequence beyond the last id, means
 * deleted events. Then, with the chain intact, checks the desk's state against it: every row of
 * the business tables must be as the chain's last seal for it says (store/audit-state.ts).
 *
 * What a chain alone cannot catch: someone who knows the formula and recomputes every later
 * hash, or cuts the chain's tail. Keep the head (printed here, by `backup`, and in `report
 * status --json`) somewhere else and pass it back as `knownHead` (a hash) or `against` (a
 * file): the report is not ok unless that event is still in the verified chain.
 */
export async function verifyAudit(db: Kysely<Database>, opts: VerifyOptions = {}): Promise<AuditReport> {
  const against = opts.againstFile !== undefined ? await readKnownHead(opts.againstFile) : null
  // repeatable read: one snapshot for every page on PostgreSQL (a SQLite read transaction is one already)
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (tx) => walk(tx, opts.pageSize ?? 2000, opts.knownHead ?? null, against))
}

export interface VerifyOptions {
  pageSize?: number
  /** A head hash kept from earlier (64 hex digits). */
  knownHead?: string
  /** A file that recorded the head: a status report's JSON, a backup's JSON, or a backup itself. */
  againstFile?: string
}

/** `verifyAudit` inside a transaction the caller holds (`migrate-db` checks its copy before it commits). */
export async function verifyAuditIn(tx: Kysely<Database>, opts: { pageSize?: number; knownHead?: string } = {}): Promise<AuditReport> {
  return walk(tx, opts.pageSize ?? 2000, opts.knownHead ?? null, null)
}

async function walk(db: Kysely<Database>, pageSize: number, knownHead: string | null, against: KnownHead | null): Promise<AuditReport> {
  const cursor = new EventCursor(db, pageSize)
  const seals = new SealBook()
  let prev: { id: number; hash: string; at: string } | null = null
  let verified = 0
  let knownAt: number | null = null
  const report = async (b: AuditBreak | null): Promise<AuditReport> => {
    const state = b === null ? await checkState(db, seals) : null
    const vs = against === null ? null : { ...against, status: await againstStatus(db, against) }
    return {
      ok: b === null && (knownHead === null || knownAt !== null) && (vs === null || vs.status === 'found') && state!.ok,
      verified,
      head: prev,
      break: b,
      knownHead: knownHead === null ? null : { hash: knownHead, id: knownAt },
      against: vs,
      state,
    }
  }

  for (let row = await cursor.next(); row; row = await cursor.next()) {
    const prevId: number = prev?.id ?? 0
    const prevHash: string = prev?.hash ?? GENESIS_HASH
    if (row.id !== prevId + 1) return report(deleted(prevId + 1, row.id - 1, row))
    const ownOk = ownHashOk(row)
    const linkOk = row.prev_hash === prevHash
    if (ownOk && linkOk) {
      if (row.hash === knownHead) knownAt = row.id
      if (row.sealed) {
        try {
          seals.record(row.id, row.sealed)
        } catch (e) {
          if (!(e instanceof SealedUnreadable)) throw e
          return report(breakAt('edited', row, `${named(row)} holds a record of the rows it wrote that orderdesk did not write: it was made by hand`, await cursor.peek()))
        }
      }
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
    // This event is intact but does not link to the one before it. The event that does link
    // to the one before may stand at another id: events were swapped or moved.
    const belongs = await db
      .selectFrom('events')
      .selectAll()
      .where('prev_hash', '=', prevHash)
      .where('id', '<>', row.id)
      .orderBy('id')
      .limit(1)
      .executeTakeFirst()
    if (belongs && ownHashOk(belongs)) return report(await reordered(db, row, belongs, prevId, next))
    // Otherwise events were inserted before it (it links to an earlier one), or the one before
    // was edited and re-hashed.
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

/**
 * `row` stands at the id where `belongs` (which links to event #prevId) should be. When the
 * event at `belongs`'s id would link to `row`'s content, the two were swapped; else moved.
 */
async function reordered(db: Kysely<Database>, row: Row, belongs: Row, prevId: number, next: Row | null): Promise<AuditBreak> {
  const beforeBelongs = belongs.id - 1 === row.id ? belongs : await db.selectFrom('events').selectAll().where('id', '=', belongs.id - 1).executeTakeFirst()
  const swapped = beforeBelongs !== undefined && row.prev_hash === beforeBelongs.hash
  const reason = swapped
    ? `events #${row.id} and #${belongs.id} were swapped: ${namedAt(belongs)} links to #${prevId}, so it belongs at #${row.id}, and ${namedAt(row)} belongs at #${belongs.id}`
    : `events were moved: ${namedAt(belongs)} links to #${prevId}, so it belongs at #${row.id}, where ${namedAt(row)} stands`
  return { ...breakAt('reordered', row, reason, next), swappedWith: belongs.id }
}

/** `the event at #5 (payment.record 26-00001, wu, …)` */
function namedAt(r: Row): string {
  return `the event at #${r.id} (${r.action} ${r.ref}, ${r.actor}, ${r.at})`
}

async function againstStatus(db: Kysely<Database>, head: KnownHead): Promise<'found' | 'truncated' | 'rewritten'> {
  const at = await db.selectFrom('events').select('hash').where('id', '=', head.id).executeTakeFirst()
  if (!at) return 'truncated'
  return at.hash === head.hash ? 'found' : 'rewritten'
}

async function headAt(db: Kysely<Database>, id: number): Promise<{ id: number; hash: string; at: string }> {
  return db.selectFrom('events').select(['id', 'hash', 'at']).where('id', '=', id).executeTakeFirstOrThrow()
}
