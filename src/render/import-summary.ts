import type { ConflictEntry, RejectedEntry } from '../domain/import-outcome.js'
import type { BatchRef, ImportSummary, InterruptedBatch, MasterSummary, OrdersSummary } from '../domain/import-summary.js'
import { formatMoney, formatMoneyGrouped } from '../domain/money.js'
import { keyValues, table } from './table.js'

/**
 * An import run's summary (domain/import-summary.ts) for the person and for scripts: the
 * table of counts with the first problems, the lines on stderr that go with it, and the JSON
 * of `--json` — one layout for orders and master data, each with the counts of its kind.
 */

/** How many problems / conflicts the human summary lists (all are in --json and --errors). */
const SHOWN = 50

const n = (x: number) => x.toLocaleString('en-US')
/** `3 orders`, `1 order`. */
const count = (x: number, noun: string) => `${n(x)} ${noun}${x === 1 ? '' : 's'}`

/** The summary as printed with --json (money as text). */
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
    fileError: s.fileError,
    errorRows: s.errorRows,
    ...(o ? { threaded: o.threaded } : {}),
    elapsedMs: s.elapsedMs,
    ...(o ? { rowsPerSecond: s.elapsedMs > 0 ? Math.round((s.rowsRead * 1000) / s.elapsedMs) : null } : {}),
    conflicts: [...s.conflicts.items].sort((a, b) => a.line - b.line),
    rejected: [...s.rejected.items].sort((a, b) => (a.lines[0] ?? 0) - (b.lines[0] ?? 0)),
    listsTruncated: s.conflicts.truncated || s.rejected.truncated,
    interrupted: s.interrupted.map(interruptedJson),
    stillRunning: s.stillRunning,
    stopped: s.stopped,
  }
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
  return [keyValues(s.kind === 'orders' ? ordersPairs(s) : masterPairs(s)), ...problemTables(s, refName)].join('\n')
}

function ordersPairs(s: OrdersSummary): [string, string][] {
  const w = s.written
  const range = w.firstNumber ? `  (${w.firstNumber} … ${w.lastNumber})` : ''
  const pairs: [string, string][] = [
    ['File', fileLine(s)],
    ['Rows read', n(s.rowsRead)],
    ['Orders in file', n(s.ordersRead)],
    [s.dryRun ? 'Would import' : 'Imported', `${count(w.ordersImported, 'order')}, ${count(w.linesImported, 'line')}, total ${formatMoneyGrouped(w.total)}${range}`],
    ['Skipped duplicates', n(s.duplicates)],
    ['Conflicts', n(s.conflicts.count)],
    ['Rejected', n(s.rejected.count)],
    ['Customers created', n(w.customersCreated)],
  ]
  const sc = s.stockCheck
  if (sc) pairs.push(['Stock check', `${n(sc.offered)} offered, ${n(sc.lost)} lost${sc.failed.length ? `, ${n(sc.failed.length)} failed` : ''}`])
  pairs.push(['Elapsed', elapsed(s.elapsedMs, s.rowsRead)])
  return pairs
}

function masterPairs(s: MasterSummary): [string, string][] {
  const w = s.written
  const stock = s.kind === 'stock'
  const pairs: [string, string][] = [
    ['File', fileLine(s)],
    ['Rows read', n(s.rowsRead)],
    [stock ? 'Stock moves' : s.dryRun ? 'Would add' : 'Added', stock ? n(w.updated) : n(w.created)],
  ]
  if (!stock) pairs.push([s.dryRun ? 'Would update' : 'Updated', n(w.updated)])
  pairs.push(['Unchanged', n(w.unchanged)], ['Skipped duplicates', n(s.duplicates)], ['Conflicts', n(s.conflicts.count)], ['Rejected', n(s.rejected.count)], ['Elapsed', elapsed(s.elapsedMs, s.rowsRead)])
  return pairs
}

function fileLine(s: ImportSummary): string {
  const mode = s.dryRun ? '  — dry run, nothing written' : s.strict ? (s.committed ? '  — strict' : '  — strict: nothing imported') : ''
  return `${s.file} (${s.format}, ${s.encoding})${mode}`
}

function elapsed(ms: number, rows: number): string {
  const rate = ms > 0 ? ` (${n(Math.round((rows * 1000) / ms))} rows/s)` : ''
  return `${(ms / 1000).toFixed(1)} s${rate}`
}

function problemTables(s: ImportSummary, refName: string): string[] {
  return [...rejectedTable(s.rejected.items, s.rejected.count, refName), ...conflictTable(s.conflicts.items, s.conflicts.count, refName), ...(s.fileError ? ['', `The file stopped being readable: ${s.fileError.reason}`] : [])]
}

function rejectedTable(rejected: RejectedEntry[], rejectedCount: number, refName: string): string[] {
  if (rejected.length === 0) return []
  const rows = rejected.flatMap((e) => e.problems.map((p) => [p.line, e.ref, p.column ?? '', p.value, p.reason])).sort((a, b) => Number(a[0]) - Number(b[0]))
  const out = ['', 'Rejected (nothing of these was imported):']
  out.push(table(['Line', refName, 'Column', 'Value', 'Reason'], rows.slice(0, SHOWN).map(([line, ref, col, value, reason]) => [line!, clip(String(ref), 24), col!, clip(String(value), 30), reason!]), { align: ['right', 'left', 'left', 'left', 'left'] }))
  if (rows.length > SHOWN || rejectedCount > rejected.length) out.push(`… and more (${n(rejectedCount)} rejected in all; see --json or --errors <file>)`)
  return out
}

function conflictTable(conflicts: ConflictEntry[], conflictCount: number, refName: string): string[] {
  if (conflicts.length === 0) return []
  const out = ['', 'Conflicts (not imported):']
  out.push(table(['Line', refName, 'Order', 'Reason'], [...conflicts].sort((a, b) => a.line - b.line).slice(0, SHOWN).map((c) => [c.line, c.ref, c.number ?? '—', c.reason]), { align: ['right', 'left', 'left', 'left'] }))
  if (conflictCount > SHOWN) out.push(`… and ${n(conflictCount - SHOWN)} more (see --json or --errors <file>)`)
  return out
}

function clip(s: string, max: number): string {
  const one = s.replace(/\s*[\r\n]+\s*/g, ' ')
  return one.length > max ? `${one.slice(0, max - 1)}…` : one
}

/** What the run wrote, in words. */
export function writtenWords(s: ImportSummary): string {
  if (s.kind === 'orders') return `${count(s.written.ordersImported, 'order')} imported`
  if (s.kind === 'stock') return `${count(s.written.updated, 'stock move')} booked, ${n(s.written.unchanged)} unchanged`
  return `${n(s.written.created)} added, ${n(s.written.updated)} updated, ${n(s.written.unchanged)} unchanged`
}

/** The run's success line: what it wrote, and the duplicates it skipped (orders). */
export function doneWords(s: ImportSummary): string {
  const dup = s.kind === 'orders' && s.duplicates ? `, ${n(s.duplicates)} already there` : ''
  return `${s.kind === 'orders' ? '' : `${s.kind}: `}${writtenWords(s)}${dup}`
}

/** What was refused: `2 orders rejected`, `1 conflict`, the file error. */
export function problemWords(s: ImportSummary): string[] {
  return [
    s.rejected.count ? `${count(s.rejected.count, s.kind === 'orders' ? 'order' : 'row')} rejected` : '',
    s.conflicts.count ? count(s.conflicts.count, 'conflict') : '',
    s.fileError ? s.fileError.reason : '',
  ].filter(Boolean)
}

/** The --errors file's note: how many rows went to it, and what to do with them. */
export const errorRowsWords = (rows: number, file: string | undefined) => `${count(rows, 'rejected row')} written to ${file}: fix them there and import that file`

const which = (b: BatchRef) => `import batch ${b.batch} (${b.kind} from ${b.file}, started ${b.startedAt} by ${b.actor})`

/** An earlier run this one found stopped before it finished (a warning). */
export function interruptedWords(b: InterruptedBatch, dryRun: boolean): string {
  const now = dryRun ? 'it would be marked interrupted (dry run: left as it is)' : 'it is now marked interrupted'
  return `${which(b)} stopped before it finished: ${committedWords(b)}; ${now}`
}

/** An earlier run still running in another process (a warning). */
export const stillRunningWords = (b: BatchRef) => `${which(b)} is still running in another process; left alone`

/** What an interrupted batch had committed, in words. */
function committedWords(b: InterruptedBatch): string {
  const c = b.committed
  if (c === null) return `it recorded no progress (its changes are the audit events of import batch ${b.batch})`
  if ('orders' in c) {
    if (c.orders === 0) return 'no orders had been committed'
    return `${count(c.orders, 'order')}, ${count(c.lines, 'line')}, total ${formatMoneyGrouped(c.total)} had been committed (${c.firstNumber} … ${c.lastNumber})`
  }
  return `${count(c.rowsRead, 'row')} read, ${n(c.created)} added, ${n(c.updated)} updated, ${n(c.unchanged)} unchanged had been committed`
}

/** What to do when the environment stopped the run. */
const REMEDY: Record<string, string> = {
  disk_full: 'Free disk space',
  io_error: 'Check the disk',
  read_only: 'Make the desk writable',
  connection_lost: 'Check the database server',
}

/** The environment stopped the run (`s.stopped`): what was committed, what happens to its batch, what to do. */
export function stoppedWords(s: ImportSummary, database: string): string {
  const st = s.stopped!
  const what = !s.committed || s.batch === null ? `nothing was imported${s.strict ? ' (--strict: everything was rolled back)' : ''}` : `${committedSoFar(s)} (batch ${s.batch}${rangeOf(s)}); ${st.batchFinished ? `batch ${s.batch} is marked interrupted` : `the next import marks batch ${s.batch} interrupted`}`
  return `the import stopped: ${st.reason}; ${what}. ${REMEDY[st.code] ?? 'Fix that'} (the desk is ${database}), then run the same import again: what is already imported is skipped`
}

const committedSoFar = (s: ImportSummary) => (s.kind === 'orders' ? `${count(s.written.ordersImported, 'order')} had been committed` : `${writtenWords(s)} had been committed`)
const rangeOf = (s: ImportSummary) => (s.kind === 'orders' && s.written.firstNumber ? `, ${s.written.firstNumber} … ${s.written.lastNumber}` : '')
