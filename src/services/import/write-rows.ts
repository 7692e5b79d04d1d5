import type { Kysely } from 'kysely'
import type { MasterSummary } from '../../domain/import-summary.js'
import type { Database } from '../../store/schema.js'
import type { ServiceContext } from '../context.js'
import type { MasterRow } from './assemble-rows.js'
import type { BatchEvents } from './events.js'
import type { BatchRun, Taken } from './run.js'

/**
 * One batch of master-data rows as the writer of each kind gets it (write-customers.ts,
 * write-products.ts, write-stock.ts): the rows in file order, the batch's transaction,
 * whether to write (else only count), and its audit events (null when it only counts).
 */
export interface RowBatch {
  q: Kysely<Database>
  rows: Taken<MasterRow>[]
  write: boolean
  ctx: ServiceContext
  at: string
  events: BatchEvents | null
  run: BatchRun<MasterSummary>
}

/** The batch's codes (or skus), each once. */
export const codesOf = (b: RowBatch) => [...new Set(b.rows.map((r) => r.value.code))]

/** How one kind of master data is upserted by its code (customers, products). */
export interface Upsert<R, E> {
  /** The desk's records of these codes. */
  find(q: Kysely<Database>, codes: string[]): Promise<E[]>
  codeOf(e: E): string
  /** Adds the row (when the batch writes); gives the record as it is now. */
  add(b: RowBatch, r: R, line: number): Promise<E>
  /** The fields the row would change (none: unchanged). */
  changes(e: E, r: R): string[]
  /** Changes them (when the batch writes) and in `e`. */
  change(b: RowBatch, e: E, r: R, changed: string[], line: number): Promise<void>
}

/** A code not in the desk is added; for a known code the fields that differ are changed, else the row is counted unchanged. */
export async function upsertRows<R, E>(b: RowBatch, u: Upsert<R, E>): Promise<void> {
  const w = b.run.summary.written
  const existing = new Map((await u.find(b.q, codesOf(b))).map((e) => [u.codeOf(e), e]))
  for (const { value } of b.rows) {
    const r = value.row as R
    const ex = existing.get(value.code)
    if (!ex) {
      w.created++
      existing.set(value.code, await u.add(b, r, value.line))
      continue
    }
    const changed = u.changes(ex, r)
    if (changed.length === 0) w.unchanged++
    else {
      w.updated++
      await u.change(b, ex, r, changed, value.line)
    }
  }
}
