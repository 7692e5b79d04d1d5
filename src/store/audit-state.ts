import type { Kysely } from 'kysely'
import { parseSealed, rowSeal, SEAL_HEX, SEALED_TABLES, tablePages, type SealedTable } from './audit-seal.js'
import type { Database } from './schema.js'
import type { RowFinding } from '../domain/messages/audit.js'

/** A row of the desk that is not as the audit chain's last seal for it says (its messages name it: domain/messages/audit.ts). */
export type StateFinding = RowFinding

export interface StateReport {
  ok: boolean
  /** Rows read and checked. */
  rows: number
  /** Rows that do not match, all of them counted. */
  mismatches: number
  /** The first of them (at most `FINDINGS_SHOWN`), in table and key order. */
  findings: StateFinding[]
}

export const FINDINGS_SHOWN = 20

const BY_TABLE = new Map(SEALED_TABLES.map((t) => [t.name as string, t]))

const SEAL_BYTES = SEAL_HEX / 2
const SEALED = 1
const GONE = 2
const SEEN = 4

/**
 * The seal the chain holds last for each row, filled in chain order while `audit verify` walks
 * it. Integer keys (every table but settings) live in flat typed arrays — 16 bytes of seal and
 * the sealing event's id per row — so that a desk of a million orders fits in tens of MB.
 */
export class SealBook {
  private readonly tables = new Map<string, TableSeals>()
  /** Rows an event found other than the chain's last seal for them, in chain order. */
  readonly overwritten: { table: string; key: string; event: number }[] = []

  /**
   * Records event `eventId`'s seals (its `sealed` column, already verified by its hash), after
   * checking that each row was, when the event's transaction found it, as the chain last said.
   * Throws SealedUnreadable for a `sealed` orderdesk did not write.
   */
  record(eventId: number, sealed: string): void {
    for (const [table, key, seal, before] of parseSealed(sealed)) {
      const t = this.table(table)
      if (before !== undefined && before !== t.peek(key)) this.overwritten.push({ table, key, event: eventId })
      t.set(key, seal, eventId)
    }
  }

  table(name: string): TableSeals {
    let t = this.tables.get(name)
    if (!t) this.tables.set(name, (t = new TableSeals()))
    return t
  }
}

export class TableSeals {
  private flags = new Uint8Array(0)
  private seals = Buffer.alloc(0)
  private events = new Uint32Array(0)
  private readonly text = new Map<string, { seal: string; event: number; flags: number }>()

  set(key: string, seal: string, event: number): void {
    const n = intKey(key)
    if (n === null) {
      this.text.set(key, { seal, event, flags: seal ? SEALED : GONE })
      return
    }
    this.grow(n + 1)
    this.flags[n] = seal ? SEALED : GONE
    this.events[n] = event
    if (seal) this.seals.write(seal, n * SEAL_BYTES, SEAL_BYTES, 'hex')
  }

  /** The row's last seal ('' when none, or when it is gone), without marking it seen. */
  peek(key: string): string {
    const n = intKey(key)
    if (n === null) {
      const e = this.text.get(key)
      return e && e.flags & SEALED ? e.seal : ''
    }
    if (n >= this.flags.length || !(this.flags[n]! & SEALED)) return ''
    return this.seals.toString('hex', n * SEAL_BYTES, (n + 1) * SEAL_BYTES)
  }

  /** The row's seal and sealing event, marking the row as seen; null when no event sealed it. */
  take(key: string): { seal: string | null; event: number } | null {
    const n = intKey(key)
    if (n === null) {
      const e = this.text.get(key)
      if (!e) return null
      e.flags |= SEEN
      return { seal: e.flags & SEALED ? e.seal : null, event: e.event }
    }
    if (n >= this.flags.length || this.flags[n] === 0) return null
    this.flags[n]! |= SEEN
    const seal = this.flags[n]! & SEALED ? this.seals.toString('hex', n * SEAL_BYTES, (n + 1) * SEAL_BYTES) : null
    return { seal, event: this.events[n]! }
  }

  /** Rows sealed as present that were never seen: gone from the table. */
  *unseen(): Generator<{ key: string; event: number }> {
    for (let n = 0; n < this.flags.length; n++) {
      if (this.flags[n] === SEALED) yield { key: String(n), event: this.events[n]! }
    }
    for (const [key, e] of this.text) if (e.flags === SEALED) yield { key, event: e.event }
  }

  private grow(size: number): void {
    if (size <= this.flags.length) return
    const cap = Math.max(size, this.flags.length * 2, 1024)
    const flags = new Uint8Array(cap)
    flags.set(this.flags)
    const seals = Buffer.alloc(cap * SEAL_BYTES)
    this.seals.copy(seals)
    const events = new Uint32Array(cap)
    events.set(this.events)
    this.flags = flags
    this.seals = seals
    this.events = events
  }
}

/** Ids kept in the flat arrays (beyond: in the map, so a forged huge id cannot make them huge). */
const FLAT_IDS = 2 ** 24

function intKey(key: string): number | null {
  return /^(0|[1-9]\d{0,7})$/.test(key) && Number(key) < FLAT_IDS ? Number(key) : null
}

/**
 * Reads every row of every sealed table (a page at a time, in the caller's snapshot) and
 * compares it with the seal `book` holds for it: changed, added and removed rows are counted,
 * the first ones named.
 */
export async function checkState(db: Kysely<Database>, book: SealBook): Promise<StateReport> {
  const findings: StateFinding[] = []
  let rows = 0
  let mismatches = 0
  const events = new Map<number, { id: number; action: string; ref: string }>()
  const eventOf = async (id: number) => {
    let e = events.get(id)
    if (!e) {
      const r = await db.selectFrom('events').select(['id', 'action', 'ref']).where('id', '=', id).executeTakeFirst()
      e = r ?? { id, action: '?', ref: '?' }
      events.set(id, e)
    }
    return e
  }
  const add = async (kind: StateFinding['kind'], t: SealedTable, key: string, row: Record<string, unknown> | null, event: number | null) => {
    mismatches++
    if (findings.length >= FINDINGS_SHOWN) return
    const label = row && t.label ? String(row[t.label] ?? '') || null : null
    findings.push({ kind, table: t.name, key, label, event: event === null ? null : await eventOf(event) })
  }
  for (const o of book.overwritten) await add('row_overwritten', BY_TABLE.get(o.table) ?? { name: o.table as SealedTable['name'], key: 'id' }, o.key, null, o.event)
  for (const t of SEALED_TABLES) {
    const seals = book.table(t.name)
    for await (const page of tablePages(db, t)) {
      for (const row of page) {
        rows++
        const key = String(row[t.key])
        const sealed = seals.take(key)
        if (!sealed || sealed.seal === null) await add('row_added', t, key, row, null)
        else if (sealed.seal !== rowSeal(row)) await add('row_changed', t, key, row, sealed.event)
      }
    }
    for (const gone of seals.unseen()) await add('row_deleted', t, gone.key, null, gone.event)
  }
  return { ok: mismatches === 0, rows, mismatches, findings }
}
