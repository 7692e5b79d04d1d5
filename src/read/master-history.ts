import type { Kysely } from 'kysely'
import type { IsoDate } from '../domain/dates.js'
import { eventsOfRecord } from '../store/queries/events.js'
import type { Database } from '../store/schema.js'

/** A stored value of a master record's field, as its event keeps it (minor units, days, 0/1 for producible). */
export type HistoryValue = string | number | null

/** One step of a customer's or product's history: added, edited by hand, or updated by an import. */
export interface HistoryEntry {
  at: string
  date: IsoDate
  actor: string
  /** add | edit | update (an import's) */
  kind: 'add' | 'edit' | 'update'
  /** Each changed field's value before and after (empty for `add`), by the stored field name. */
  changes: { field: string; from: HistoryValue; to: HistoryValue }[]
  /** The import file and line it came from, or null. */
  import: { file: string; line: number } | null
}

const KINDS = ['add', 'edit', 'update'] as const

/**
 * The history of a customer (by code) or a product (by sku), oldest first: its master-data
 * events from the audit trail (`customer.add`, `customer.edit`, `customer.update` of an
 * import; a product's stock moves are its stock's history, not this). The demo's records were
 * loaded by `init --demo` and have no `add` of their own.
 */
export async function masterHistory(db: Kysely<Database>, entity: 'customer' | 'product', ref: string): Promise<HistoryEntry[]> {
  const out: HistoryEntry[] = []
  for (const e of await eventsOfRecord(db, entity, ref)) {
    const kind = KINDS.find((k) => e.action === `${entity}.${k}`)
    if (!kind) continue
    const data = (e.data ? JSON.parse(e.data) : {}) as { changes?: Record<string, [HistoryValue, HistoryValue]>; import?: { file: string; line: number } }
    const changes = Object.entries(data.changes ?? {}).map(([field, [from, to]]) => ({ field, from, to }))
    out.push({ at: e.at, date: e.business_date, actor: e.actor, kind, changes, import: data.import ? { file: data.import.file, line: data.import.line } : null })
  }
  return out
}
