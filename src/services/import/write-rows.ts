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
