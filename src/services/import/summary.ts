import type { ImportKind } from '../../domain/import-columns.js'
import { CappedList } from '../../domain/import-outcome.js'
import type { CommittedOrders, CommittedRows, ImportSummary, OrdersWritten, RowsWritten, SummaryOfAnyKind } from '../../domain/import-summary.js'
import type { ImportedSoFar } from '../../domain/messages/import.js'
import type { Feed } from './feed.js'

/**
 * The one summary of an import run, orders and master data alike (domain/import-summary.ts):
 * how it starts, what it counts as committed, what `--strict` rolls back, and what the run's
 * record in the desk keeps. What differs by kind is only which counts a run writes.
 */
const NO_ORDERS: OrdersWritten = { ordersImported: 0, linesImported: 0, total: 0, customersCreated: 0, firstNumber: null, lastNumber: null }
const NO_ROWS: RowsWritten = { created: 0, updated: 0, unchanged: 0 }

/** A run's summary before anything is read: the parts every kind has, with the kind's own. */
export function startSummary<S extends ImportSummary>(feed: Feed<unknown>, mode: { dryRun: boolean; strict: boolean }, own: Omit<S, keyof SummaryOfAnyKind>): S {
  const common: SummaryOfAnyKind = {
    file: feed.name,
    format: feed.format,
    encoding: feed.encoding,
    dryRun: mode.dryRun,
    strict: mode.strict,
    committed: false,
    batch: null,
    rowsRead: 0,
    duplicates: 0,
    conflicts: new CappedList(),
    rejected: new CappedList(),
    fileError: null,
    errorRows: 0,
    elapsedMs: 0,
    interrupted: [],
    stillRunning: [],
    stopped: null,
  }
  return { ...common, ...own } as S
}

/** What an order import has written before its first batch. */
export const noOrdersWritten = (): OrdersWritten => ({ ...NO_ORDERS })
/** What a master-data import has written before its first batch. */
export const noRowsWritten = (): RowsWritten => ({ ...NO_ROWS })

/** A run's counts as of its last committed batch: what it reports when the environment stops it. */
export interface Committed {
  rowsRead: number
  written: OrdersWritten | RowsWritten
}

/** What `--strict` leaves of the counts once it rolled everything back (rows found unchanged stay so). */
export function rollBack(s: ImportSummary): void {
  s.batch = null
  if (s.kind === 'orders') s.written = { ...NO_ORDERS }
  else s.written = { ...NO_ROWS, unchanged: s.written.unchanged }
}

/** What a run had committed, as its batch's record names it once it was stopped (store: `import_batches.summary`). */
export function committedRecord(kind: ImportKind, c: Committed): CommittedOrders | CommittedRows {
  if (kind === 'orders') {
    const w = c.written as OrdersWritten
    return { orders: w.ordersImported, lines: w.linesImported, total: w.total, firstNumber: w.firstNumber, lastNumber: w.lastNumber }
  }
  return { rowsRead: c.rowsRead, ...(c.written as RowsWritten) }
}

/** The summary a finished run keeps in its batch's record and its `import.run` event. */
export function runRecord(s: ImportSummary): Record<string, unknown> {
  const refused = { duplicates: s.duplicates, conflicts: s.conflicts.count, rejected: s.rejected.count }
  if (s.kind !== 'orders') return { kind: s.kind, file: s.file, rowsRead: s.rowsRead, ...s.written, ...refused }
  const w = s.written
  return {
    kind: s.kind,
    file: s.file,
    rowsRead: s.rowsRead,
    ordersImported: w.ordersImported,
    linesImported: w.linesImported,
    total: w.total,
    ...refused,
    customersCreated: w.customersCreated,
    firstNumber: w.firstNumber,
    lastNumber: w.lastNumber,
  }
}

/** What the run had imported, for the message when its --errors file cannot be put in place after all. */
export function importedSoFar(s: ImportSummary): ImportedSoFar {
  return s.kind === 'orders' ? { orders: s.written.ordersImported } : { created: s.written.created, updated: s.written.updated }
}
