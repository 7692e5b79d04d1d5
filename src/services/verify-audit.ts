import type { Kysely } from 'kysely'
import { msg, type Msg } from '../domain/message.js'
import type { BreakKey, EventNamed } from '../domain/messages/audit.js'
import { eventAt, eventHashInput, eventIdWithHash, eventLinkingTo, eventsAfter, GENESIS_HASH, hashEvent, lastIssuedEventId } from '../store/queries/events.js'
import { checkDocuments, IssuedHashes } from '../store/audit-documents.js'
import { checkAttachments } from '../store/audit-attachments.js'
import { checkState, SealBook } from '../store/audit-state.js'
import { SealedUnreadable } from '../store/audit-seal.js'
import { readKnownHead, type KnownHead } from '../store/known-head.js'
import type { AuditBreak, AuditReport } from '../store/audit-report.js'
import type { Database, EventRow } from '../store/schema.js'
import { readSnapshot } from '../store/transaction.js'

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
    this.page = await eventsAfter(this.db, this.after, this.pageSize)
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

/** An event as a break's sentence names it. */
function named(r: Row): EventNamed {
  return { id: r.id, action: r.action, ref: r.ref, actor: r.actor, at: r.at }
}

/** The break at event `r`; its reason as a message, for the JSON report and the refusal to word. */
function breakAt(kind: AuditBreak['kind'], r: Row, reason: Msg<BreakKey>, next: Row | null, swappedWith: number | null = null): AuditBreak {
  return {
    kind,
    id: r.id,
    action: r.action,
    ref: r.ref,
    actor: r.actor,
    at: r.at,
    missing: null,
    next: next ? { id: next.id, action: next.action, ref: next.ref } : null,
    swappedWith,
    reason,
  }
}

function deleted(from: number, to: number, next: Row | null): AuditBreak {
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
    reason: msg('audit.deleted', { from, to, next: next ? named(next) : null }),
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
  return readSnapshot(db, async (tx) => walk(tx, opts.pageSize ?? 2000, opts.knownHead ?? null, against))
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

/** How far the chain verified: its last verified event, and how many there are up to it. */
interface Walked {
  prev: { id: number; hash: string; at: string } | null
  verified: number
}

async function walk(db: Kysely<Database>, pageSize: number, knownHead: string | null, against: KnownHead | null): Promise<AuditReport> {
  const cursor = new EventCursor(db, pageSize)
  const seals = new SealBook()
  const issued = new IssuedHashes()
  let walked: Walked = { prev: null, verified: 0 }
  let knownAt: number | null = null
  const report = async (b: AuditBreak | null): Promise<AuditReport> => {
    const state = b === null ? await checkState(db, seals) : null
    const documents = b === null ? await checkDocuments(db, issued) : null
    const attachments = b === null ? await checkAttachments(db) : null
    const vs = against === null ? null : { ...against, status: await againstStatus(db, against) }
    return {
      ok: b === null && (knownHead === null || knownAt !== null) && (vs === null || vs.status === 'found') && state!.ok && documents!.ok && attachments!.ok,
      verified: walked.verified,
      head: walked.prev,
      break: b,
      knownHead: knownHead === null ? null : { hash: knownHead, id: knownAt },
      against: vs,
      state,
      documents,
      attachments,
    }
  }

  for (let row = await cursor.next(); row; row = await cursor.next()) {
    const prevId: number = walked.prev?.id ?? 0
    if (row.id !== prevId + 1) return report(deleted(prevId + 1, row.id - 1, row))
    if (ownHashOk(row) && row.prev_hash === (walked.prev?.hash ?? GENESIS_HASH)) {
      if (row.hash === knownHead) knownAt = row.id
      if (!sealsRead(seals, row)) return report(breakAt('edited', row, msg('audit.handSealed', { event: named(row) }), await cursor.peek()))
      issued.record(row)
      walked = { prev: { id: row.id, hash: row.hash, at: row.at }, verified: walked.verified + 1 }
      continue
    }
    const broke = await whatBroke(db, row, walked, await cursor.peek())
    walked = broke.walked
    return report(broke.at)
  }

  const lastId = await lastIssuedEventId(db)
  const prevId = walked.prev?.id ?? 0
  if (lastId > prevId) return report(deleted(prevId + 1, lastId, null))
  return report(null)
}

/** Records the seals of a verified event; false when they are not what the program writes (made by hand). */
function sealsRead(seals: SealBook, row: Row): boolean {
  if (!row.sealed) return true
  try {
    seals.record(row.id, row.sealed)
    return true
  } catch (e) {
    if (!(e instanceof SealedUnreadable)) throw e
    return false
  }
}

/**
 * The first event that does not verify (`row`, after the chain verified up to `walked`): what
 * was done to the chain there, and how far it verifies when the break lies before `row`.
 */
async function whatBroke(db: Kysely<Database>, row: Row, walked: Walked, next: Row | null): Promise<{ at: AuditBreak; walked: Walked }> {
  const prevId = walked.prev?.id ?? 0
  const prevHash = walked.prev?.hash ?? GENESIS_HASH
  if (!ownHashOk(row)) {
    // The next event still pointing at the one before this one: this one was put in between.
    if (row.prev_hash === prevHash && next && next.prev_hash === prevHash && next.id === row.id + 1) {
      return { at: breakAt('inserted', row, msg('audit.insertedBetween', { event: named(row), next: next.id, linksTo: prevId }), next), walked }
    }
    return { at: breakAt('edited', row, msg('audit.edited', { event: named(row), last: !next }), next), walked }
  }
  // This event is intact but does not link to the one before it. The event that does link
  // to the one before may stand at another id: events were swapped or moved.
  const belongs = await eventLinkingTo(db, prevHash, row.id)
  if (belongs && ownHashOk(belongs)) return { at: await reordered(db, row, belongs, prevId, next), walked }
  // Otherwise events were inserted before it (it links to an earlier one), or the one before
  // was edited and re-hashed.
  const earlier = await eventIdWithHash(db, row.prev_hash, row.id)
  if (earlier !== undefined && earlier < prevId) {
    const first = (await eventAt(db, earlier + 1))!
    // ids run 1, 2, 3, ... (checked by the walk)
    return { at: breakAt('inserted', first, msg('audit.insertedBefore', { event: named(first), linkedBy: row.id, linksTo: earlier }), row), walked: { prev: await headAt(db, earlier), verified: earlier } }
  }
  if (walked.prev === null) return { at: breakAt('edited', row, msg('audit.notFirst', { event: named(row) }), next), walked }
  const before = (await eventAt(db, prevId))!
  const rehashed = breakAt('edited', before, msg('audit.rehashed', { event: named(before), next: row.id }), row)
  return { at: rehashed, walked: { prev: prevId > 1 ? await headAt(db, prevId - 1) : null, verified: prevId - 1 } }
}

/**
 * `row` stands at the id where `belongs` (which links to event #prevId) should be. When the
 * event at `belongs`'s id would link to `row`'s content, the two were swapped; else moved.
 */
async function reordered(db: Kysely<Database>, row: Row, belongs: Row, prevId: number, next: Row | null): Promise<AuditBreak> {
  const beforeBelongs = belongs.id - 1 === row.id ? belongs : await eventAt(db, belongs.id - 1)
  const swapped = beforeBelongs !== undefined && row.prev_hash === beforeBelongs.hash
  const which = { row: named(row), belongs: named(belongs), linksTo: prevId }
  return breakAt('reordered', row, swapped ? msg('audit.swapped', which) : msg('audit.moved', which), next, belongs.id)
}

async function againstStatus(db: Kysely<Database>, head: KnownHead): Promise<'found' | 'truncated' | 'rewritten'> {
  const at = await eventAt(db, head.id)
  if (!at) return 'truncated'
  return at.hash === head.hash ? 'found' : 'rewritten'
}

async function headAt(db: Kysely<Database>, id: number): Promise<{ id: number; hash: string; at: string }> {
  const e = (await eventAt(db, id))!
  return { id: e.id, hash: e.hash, at: e.at }
}
