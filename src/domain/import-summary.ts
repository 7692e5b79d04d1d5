import type { ImportKind } from './import-columns.js'
import type { CappedList, ConflictEntry, RejectedEntry } from './import-outcome.js'
import type { Msg } from './message.js'
import type { Minor } from './money.js'

/**
 * What an import run reports (SPEC §6), for orders and master data alike: the file, the mode,
 * what was read, what was written, what was refused, and what the run found of earlier runs.
 * Built by the import's runner (services/import/run.ts); printed by render/import-summary.ts.
 */
export type MasterKind = Exclude<ImportKind, 'orders'>

/** What an order import wrote: what `--strict` rolls back, and what a stopped run reports as of its last committed batch. */
export interface OrdersWritten {
  ordersImported: number
  linesImported: number
  total: Minor
  customersCreated: number
  firstNumber: string | null
  lastNumber: string | null
}

/** What a master-data import wrote (stock: `updated` counts the stock moves booked). */
export interface RowsWritten {
  created: number
  updated: number
  unchanged: number
}

/** What every import reports, whatever it imports: the file, the mode, what was read and refused. */
export interface SummaryOfAnyKind {
  file: string
  format: string
  encoding: string
  dryRun: boolean
  strict: boolean
  /** false when --strict rolled everything back (or --dry-run). */
  committed: boolean
  batch: number | null
  rowsRead: number
  duplicates: number
  conflicts: CappedList<ConflictEntry>
  rejected: CappedList<RejectedEntry>
  /** Where the file stopped being readable, and why. */
  fileError: { line: number | null; reason: Msg } | null
  /** Rows written to --errors. */
  errorRows: number
  elapsedMs: number
  /** Earlier runs found stopped before their end, and finished by this one (services/import/recovery.ts). */
  interrupted: InterruptedBatch[]
  /** Earlier runs still running in another process (left alone). */
  stillRunning: BatchRef[]
  /** Set when the environment stopped this run (disk full, ...): the counts are what was committed. */
  stopped: RunStopped | null
}

export interface OrdersSummary extends SummaryOfAnyKind {
  kind: 'orders'
  ordersRead: number
  written: OrdersWritten
  stockCheck: { offered: number; lost: number; failed: { number: string; reason: string }[] } | null
  /** Whether the file was read in a worker thread. */
  threaded: boolean
  // issue 19: lines
  /** Products on more than one row of one order, each merged into one line. */
  merged: CappedList<MergedEntry>
}

/** A product on several rows of one imported order, written as one line: the order, the rows, the line's quantity. */
export interface MergedEntry {
  ref: string
  sku: string
  lines: number[]
  qty: number
}

export interface MasterSummary extends SummaryOfAnyKind {
  kind: MasterKind
  written: RowsWritten
}

export type ImportSummary = OrdersSummary | MasterSummary

/** An import run as the desk records it in `import_batches`. */
export interface BatchRef {
  batch: number
  kind: string
  file: string
  actor: string
  startedAt: string
}

/** What an order import had committed: its orders, their lines and total, first and last number. */
export interface CommittedOrders {
  orders: number
  lines: number
  total: number
  firstNumber: string | null
  lastNumber: string | null
}

/** What a master-data run had committed (the progress it wrote with its last committed batch). */
export interface CommittedRows {
  rowsRead: number
  created: number
  updated: number
  unchanged: number
}

export interface InterruptedBatch extends BatchRef {
  /** Orders for an order import; rows for master data; null when a master-data run recorded none. */
  committed: CommittedOrders | CommittedRows | null
}

/** How the environment stopped a run: what, and whether its batch could still be marked interrupted. */
export interface RunStopped {
  code: string
  reason: string
  /** false: the desk let nothing more be written; the next import marks the batch interrupted. */
  batchFinished: boolean
}
