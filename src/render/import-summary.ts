import type { ConflictEntry, RejectedEntry } from '../domain/import-outcome.js'
import type { BatchRef, ImportSummary, InterruptedBatch, MasterSummary, OrdersSummary } from '../domain/import-summary.js'
import { msg, type Msg } from '../domain/message.js'
import type { RunMode, Written } from '../domain/messages/import.js'
import { formatMoney } from '../domain/money.js'
import { t, tr } from '../messages/index.js'
import { keyValues, table } from './table.js'

/**
 * An import run's summary (domain/import-summary.ts) for the person and for scripts: the
 * table of counts with the first problems, the lines on stderr that go with it, and the JSON
 * of `--json` — one layout for orders and master data, each with the counts of its kind.
 */

/** How many problems / conflicts the human summary lists (all are in --json and --errors). */
const SHOWN = 50

const n = (x: number) => x.toLocaleString('en-US')

/**
 * The summary as printed with --json (money as text). A problem's `reason` is a message, like
 * an error's `message`: in the language in use; its line, column, value and the counts are the
 * same in every language.
 */
export function summaryJson(s: ImportSummary) {
  const o = s.kind === 'orders' ? s : null
  return {
    kind: s.kind,
    file: s.file,
    format: s.format,
    encoding: s.encoding,
    dryRun: s.dryRun,
    strict: s.strict,
    committed: s.committed,
    batch: s.batch,
    rowsRead: s.rowsRead,
    ...(o ? ordersCountsJson(o) : s.written),
    duplicates: s.duplicates,
    conflictCount: s.conflicts.count,
    rejectedCount: s.rejected.count,
    ...(o ? { customersCreated: o.written.customersCreated, stockCheck: o.stockCheck } : {}),
    fileError: fileErrorJson(s.fileError),
    errorRows: s.errorRows,
    ...(o ? { threaded: o.threaded } : {}),
    elapsedMs: s.elapsedMs,
    ...(o ? { rowsPerSecond: s.elapsedMs > 0 ? Math.round((s.rowsRead * 1000) / s.elapsedMs) : null } : {}),
    conflicts: [...s.conflicts.items].sort((a, b) => a.line - b.line).map((c) => ({ ...c, reason: t(c.reason) })),
    rejected: [...s.rejected.items]
      .sort((a, b) => (a.lines[0] ?? 0) - (b.lines[0] ?? 0))
      .map((e) => ({ ...e, problems: e.problems.map((p) => ({ ...p, reason: t(p.reason) })) })),
    listsTruncated: s.conflicts.truncated || s.rejected.truncated,
    interrupted: s.interrupted.map(interruptedJson),
    stillRunning: s.stillRunning,
    stopped: s.stopped,
    // issue 19: products on more than one row of an order, merged into one line
    ...(o ? { mergedCount: o.merged.count, merged: o.merged.items } : {}),
  }
}

/** Where the file stopped being readable, and why (in words), as --json and the error's details give it. */
export function fileErrorJson(f: ImportSummary['fileError']) {
  return f && { line: f.line, reason: t(f.reason) }
}

function ordersCountsJson(s: OrdersSummary) {
  const w = s.written
  return {
    ordersRead: s.ordersRead,
    ordersImported: w.ordersImported,
    linesImported: w.linesImported,
    total: formatMoney(w.total),
    firstNumber: w.firstNumber,
    lastNumber: w.lastNumber,
  }
}

/** An interrupted batch as printed with --json (an order import's total as money text). */
function interruptedJson(b: InterruptedBatch) {
  const c = b.committed
  return { ...b, committed: c && 'total' in c ? { ...c, total: formatMoney(c.total) } : c }
}

/** The summary as the person reads it: the counts, then the first rejected rows and conflicts. */
export function summaryText(s: ImportSummary): string {
  const refName = s.kind === 'orders' ? 'ext_ref' : s.kind === 'customers' ? 'code' : 'sku'
  return [keyValues(s.kind === 'orders' ? ordersPairs(s) : masterPairs(s)), ...problemTables(s, refName), ...(s.kind === 'orders' ? mergedTable(s) : [])].join('\n')
}

/** The products found on more than one row of an order, each now one line (issue 19). */
function mergedTable(s: OrdersSummary): string[] {
  if (s.merged.count === 0) return []
  const out = ['', tr('lines.importMergedHeading')]
  const head = ['ext_ref', tr('stock.headSku'), tr('import.headLine'), tr('intake.headQty')]
  const cells = s.merged.items.slice(0, SHOWN).map((m) => [clip(m.ref, 24), m.sku, m.lines.join(', '), m.qty])
  out.push(table(head, cells, { align: ['left', 'left', 'left', 'right'] }))
  if (s.merged.count > SHOWN) out.push(tr('lines.importMoreMerged', { count: s.merged.count }))
  return out
}

function ordersPairs(s: OrdersSummary): [string, string][] {
  const w = s.written
  const pairs: [string, string][] = [
    [tr('import.labelFile'), fileLine(s)],
    [tr('import.labelRowsRead'), n(s.rowsRead)],
    [tr('import.labelOrdersInFile'), n(s.ordersRead)],
    [tr('import.labelImported', { dryRun: s.dryRun }), tr('import.ordersValue', { orders: w.ordersImported, lines: w.linesImported, total: w.total, first: w.firstNumber, last: w.lastNumber })],
    [tr('import.labelDuplicates'), n(s.duplicates)],
    [tr('import.labelConflicts'), n(s.conflicts.count)],
    [tr('import.labelRejected'), n(s.rejected.count)],
    [tr('import.labelCustomersCreated'), n(w.customersCreated)],
  ]
  if (s.merged.count > 0) pairs.push([tr('lines.importMergedLabel'), tr('lines.importMergedValue', { products: s.merged.count, orders: new Set(s.merged.items.map((m) => m.ref)).size })])
  const sc = s.stockCheck
  if (sc) pairs.push([tr('import.labelStockCheck'), tr('import.stockCheckValue', { offered: sc.offered, lost: sc.lost, failed: sc.failed.length })])
  pairs.push([tr('import.labelElapsed'), elapsed(s.elapsedMs, s.rowsRead)])
  return pairs
}

function masterPairs(s: MasterSummary): [string, string][] {
  const w = s.written
  const dryRun = s.dryRun
  const stock = s.kind === 'stock'
  const pairs: [string, string][] = [
    [tr('import.labelFile'), fileLine(s)],
    [tr('import.labelRowsRead'), n(s.rowsRead)],
    stock ? [tr('import.labelStockMoves'), n(w.updated)] : [tr('import.labelAdded', { dryRun }), n(w.created)],
  ]
  if (!stock) pairs.push([tr('import.labelUpdated', { dryRun }), n(w.updated)])
  pairs.push(
    [tr('import.labelUnchanged'), n(w.unchanged)],
    [tr('import.labelDuplicates'), n(s.duplicates)],
    [tr('import.labelConflicts'), n(s.conflicts.count)],
    [tr('import.labelRejected'), n(s.rejected.count)],
    [tr('import.labelElapsed'), elapsed(s.elapsedMs, s.rowsRead)],
  )
  return pairs
}

function fileLine(s: ImportSummary): string {
  const mode: RunMode = s.dryRun ? 'dryRun' : s.strict ? (s.committed ? 'strict' : 'strictRolledBack') : null
  return tr('import.fileLine', { file: s.file, format: s.format, encoding: s.encoding, mode })
}

function elapsed(ms: number, rows: number): string {
  return tr('import.elapsedValue', { ms, rate: ms > 0 ? Math.round((rows * 1000) / ms) : null })
}

function problemTables(s: ImportSummary, refName: string): string[] {
  return [
    ...rejectedTable(s.rejected.items, s.rejected.count, refName),
    ...conflictTable(s.conflicts.items, s.conflicts.count, refName),
    ...(s.fileError ? ['', tr('import.fileStopped', { reason: s.fileError.reason })] : []),
  ]
}

function rejectedTable(rejected: RejectedEntry[], rejectedCount: number, refName: string): string[] {
  if (rejected.length === 0) return []
  const rows = rejected.flatMap((e) => e.problems.map((p) => ({ ref: e.ref, p }))).sort((a, b) => a.p.line - b.p.line)
  const out = ['', tr('import.rejectedHeading')]
  const head = [tr('import.headLine'), refName, tr('import.headColumn'), tr('import.headValue'), tr('import.headReason')]
  const cells = rows.slice(0, SHOWN).map(({ ref, p }) => [p.line, clip(ref, 24), p.column ?? '', clip(p.value, 30), t(p.reason)])
  out.push(table(head, cells, { align: ['right', 'left', 'left', 'left', 'left'] }))
  if (rows.length > SHOWN || rejectedCount > rejected.length) out.push(tr('import.moreRejected', { count: rejectedCount }))
  return out
}

function conflictTable(conflicts: ConflictEntry[], conflictCount: number, refName: string): string[] {
  if (conflicts.length === 0) return []
  const out = ['', tr('import.conflictsHeading')]
  const head = [tr('import.headLine'), refName, tr('import.headOrder'), tr('import.headReason')]
  const cells = [...conflicts].sort((a, b) => a.line - b.line).slice(0, SHOWN).map((c) => [c.line, c.ref, c.number ?? '—', t(c.reason)])
  out.push(table(head, cells, { align: ['right', 'left', 'left', 'left'] }))
  if (conflictCount > SHOWN) out.push(tr('import.moreConflicts', { more: conflictCount - SHOWN }))
  return out
}

function clip(s: string, max: number): string {
  const one = s.replace(/\s*[\r\n]+\s*/g, ' ')
  return one.length > max ? `${one.slice(0, max - 1)}…` : one
}

/** What the run wrote (orders, stock moves, rows), for the catalogue to word. */
export function writtenOf(s: ImportSummary): Written {
  if (s.kind === 'orders') return { kind: 'orders', orders: s.written.ordersImported }
  if (s.kind === 'stock') return { kind: 'stock', moves: s.written.updated, unchanged: s.written.unchanged }
  return { kind: s.kind, created: s.written.created, updated: s.written.updated, unchanged: s.written.unchanged }
}

/** The run's success line: what it wrote, and the duplicates it skipped (orders). */
export function doneWords(s: ImportSummary): string {
  return tr('import.done', { written: writtenOf(s), duplicates: s.duplicates })
}

/** What was refused, as one message: `2 orders rejected, 1 conflict`, the file error. */
export function problemsOf(s: ImportSummary): Msg {
  return msg('import.problems', { rejected: s.rejected.count, orders: s.kind === 'orders', conflicts: s.conflicts.count, fileError: s.fileError?.reason ?? null })
}

/** The --errors file's note: how many rows went to it, and what to do with them. */
export const errorRowsWords = (rows: number, file: string) => tr('import.errorRowsNote', { rows, file })

/** An earlier run this one found stopped before it finished (a warning). */
export const interruptedWords = (b: InterruptedBatch, dryRun: boolean) => tr('import.interrupted', { batch: b, dryRun })

/** An earlier run still running in another process (a warning). */
export const stillRunningWords = (b: BatchRef) => tr('import.stillRunning', { batch: b })

/** The environment stopped the run (`s.stopped`): what was committed, what happens to its batch, what to do. */
export function stoppedWords(s: ImportSummary, database: string): string {
  const st = s.stopped!
  const nothing = !s.committed || s.batch === null
  const range = s.kind === 'orders' ? { first: s.written.firstNumber, last: s.written.lastNumber } : { first: null, last: null }
  return tr('import.stopped', { reason: st.reason, code: st.code, database, strict: s.strict, written: nothing ? null : writtenOf(s), batch: s.batch, ...range, batchFinished: st.batchFinished })
}
