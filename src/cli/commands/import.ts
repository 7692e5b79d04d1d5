import type { Command } from 'commander'
import { parseColumnMap, type ImportKind } from '../../domain/import-columns.js'
import { ImportRejectedError, type ConflictEntry, type RejectedEntry } from '../../domain/import-outcome.js'
import { EnvironmentError, ValidationError } from '../../domain/errors.js'
import { formatMoneyGrouped } from '../../domain/money.js'
import { keyValues, table } from '../../render/table.js'
import { importMasterData, masterSummaryJson, type ImportMasterSummary, type MasterKind } from '../../services/import-master-data.js'
import { importOrders, summaryJson, type ImportOrdersSummary } from '../../services/import-orders.js'
import type { InterruptedBatch } from '../../services/import-recovery.js'
import { IMPORT_ENCODINGS, IMPORT_FORMATS, type ImportEncoding } from '../../services/import-source.js'
import { checkOutput } from '../../services/output-files.js'
import { databasePath, deskFile, globals, serviceContext, withSession, type Session } from '../context.js'
import { flag, list, oneOf, str, wholeNumber, z } from '../flags.js'
import { collect, validateOptions } from '../parse.js'

const schema = z.object({
  format: oneOf(IMPORT_FORMATS),
  encoding: oneOf(IMPORT_ENCODINGS),
  map: list(),
  dryRun: flag(),
  strict: flag(),
  errors: str(),
  createCustomers: flag(),
  checkStock: flag(),
  receive: flag(),
  batchSize: z.optional(wholeNumber('must be a whole number from 1 to 100000')),
})

/** How many problems / conflicts the human summary lists (all are in --json and --errors). */
const SHOWN = 50

const n = (x: number) => x.toLocaleString('en-US')
/** `3 orders`, `1 order`. */
const count = (x: number, noun: string) => `${n(x)} ${noun}${x === 1 ? '' : 's'}`

/** `import orders|customers|products|stock <file|->`: batch import (SPEC §6). */
export function registerImport(program: Command): void {
  const imp = program
    .command('import')
    .description('batch import of phone orders and master data from CSV, JSON or JSON Lines (file or - for stdin)')

  const common = (c: Command) =>
    c
      .option('--format <format>', `file format: ${IMPORT_FORMATS.join(', ')} (default: from the file name, else csv)`)
      .option('--encoding <enc>', `text encoding: ${IMPORT_ENCODINGS.join(', ')} (default utf8; a BOM is ignored)`)
      .option('--map <target=source,...>', "take a column from another name, e.g. customer=CustomerID,sku='Item No' (repeatable)", collect)
      .option('--dry-run', 'validate and report, write nothing')
      .option('--strict', 'import nothing if anything is rejected or conflicts')
      .option('--errors <file>', 'write the rejected rows, with an error column, as CSV to fix and re-import')
      .option('--batch-size <n>', 'orders (or rows) per transaction (default 500); other clerks get the database between batches')

  common(imp.command('orders <file>'))
    .description('phone orders become inquiries: rows with the same ext_ref are one order (clerk, manager)')
    .option('--create-customers', 'create unknown customers from customer_name (and phone)')
    .option('--check-stock', 'run the stock check on each imported order (production lines get lead-time dates)')
    .action(async (file: string, raw: unknown, cmd: Command) => run(cmd, 'orders', file, raw))

  common(imp.command('customers <file>'))
    .description('customers by code: code, name, contact, phone, address (new ones added, known ones updated)')
    .action(async (file: string, raw: unknown, cmd: Command) => run(cmd, 'customers', file, raw))

  common(imp.command('products <file>'))
    .description('products by sku: sku, name, price, unit, lead_days, producible (new ones added, known ones updated)')
    .action(async (file: string, raw: unknown, cmd: Command) => run(cmd, 'products', file, raw))

  common(imp.command('stock <file>'))
    .description('a stock take: sku, qty (counted on hand) [, reason]; the difference is booked as an adjustment')
    .option('--receive', 'add each qty as goods received instead of a stock take')
    .action(async (file: string, raw: unknown, cmd: Command) => run(cmd, 'stock', file, raw))
}

async function run(cmd: Command, kind: ImportKind, file: string, raw: unknown): Promise<void> {
  // every argument is checked before the desk is opened: a bad one writes nothing (exit 2)
  const opts = validateOptions(schema, raw)
  const map = parseColumnMap(opts.map, kind)
  const encoding: ImportEncoding = opts.encoding ?? 'utf8'
  if (opts.batchSize !== undefined && (opts.batchSize < 1 || opts.batchSize > 100_000)) throw new ValidationError('--batch-size', opts.batchSize, 'must be a whole number from 1 to 100000')
  const g = globals(cmd)
  // never the input, the desk or another database; an existing file only with --yes
  const errors =
    opts.errors === undefined
      ? null
      : checkOutput(opts.errors, { field: '--errors', label: 'the errors file', desk: deskFile(databasePath(g)), inputs: [file], existing: 'ask', yes: Boolean(g.yes) })
  await withSession(cmd, async (s) => {
    const ctx = await serviceContext(s)
    const progress = progressBar(s)
    const common = { batchSize: opts.batchSize, path: file, format: opts.format, encoding, map, dryRun: opts.dryRun, strict: opts.strict, errors, onProgress: progress.update }
    try {
      if (kind === 'orders') {
        const r = await importOrders(ctx, { ...common, createCustomers: opts.createCustomers, checkStock: opts.checkStock, sqlite: s.store.sqlite })
        progress.clear()
        earlierRuns(s, r)
        s.out.result(summaryJson(r), () => ordersText(r))
        finish(s, r, opts.errors)
      } else {
        const r = await importMasterData(ctx, { ...common, kind: kind as MasterKind, receive: opts.receive, sqlite: s.store.sqlite })
        progress.clear()
        earlierRuns(s, r)
        s.out.result(masterSummaryJson(r), () => masterText(r))
        finish(s, r, opts.errors)
      }
    } finally {
      progress.clear()
    }
  }, { access: (raw as { dryRun?: boolean }).dryRun ? 'read' : 'write' }) // a dry run only reads
}

type AnySummary = ImportOrdersSummary | ImportMasterSummary

/** What the run wrote, in words. */
function written(r: AnySummary): string {
  if (r.kind === 'orders') return `${count(r.ordersImported, 'order')} imported`
  const m = r as ImportMasterSummary
  if (m.kind === 'stock') return `${count(m.updated, 'stock move')} booked, ${n(m.unchanged)} unchanged`
  return `${n(m.created)} added, ${n(m.updated)} updated, ${n(m.unchanged)} unchanged`
}

/** Earlier runs this one found left running (stderr): the ones it finished, and the ones still running elsewhere. */
function earlierRuns(s: Session, r: AnySummary): void {
  const which = (b: { batch: number; kind: string; file: string; startedAt: string; actor: string }) => `import batch ${b.batch} (${b.kind} from ${b.file}, started ${b.startedAt} by ${b.actor})`
  for (const b of r.interrupted) {
    const now = r.dryRun ? 'it would be marked interrupted (dry run: left as it is)' : 'it is now marked interrupted'
    s.out.warn(`${which(b)} stopped before it finished: ${committedWords(b)}; ${now}`)
  }
  for (const b of r.stillRunning) s.out.warn(`${which(b)} is still running in another process; left alone`)
}

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

/** Exit 6 after the summary when the environment stopped the run: what was committed, what happens to its batch, what to do. */
function stopped(r: AnySummary, database: string): EnvironmentError | null {
  const st = r.stopped
  if (!st) return null
  const what = !r.committed || r.batch === null
    ? `nothing was imported${r.strict ? ' (--strict: everything was rolled back)' : ''}`
    : `${r.kind === 'orders' ? `${count((r as ImportOrdersSummary).ordersImported, 'order')} had been committed` : `${written(r)} had been committed`} (batch ${r.batch}${r.kind === 'orders' && (r as ImportOrdersSummary).firstNumber ? `, ${(r as ImportOrdersSummary).firstNumber} … ${(r as ImportOrdersSummary).lastNumber}` : ''}); ${st.batchFinished ? `batch ${r.batch} is marked interrupted` : `the next import marks batch ${r.batch} interrupted`}`
  return new EnvironmentError(
    `the import stopped: ${st.reason}; ${what}. ${REMEDY[st.code] ?? 'Fix that'} (the desk is ${database}), then run the same import again: what is already imported is skipped`,
    st.code,
    { database, batch: r.batch, committed: r.committed, batchFinished: st.batchFinished },
  )
}

/** Messages on stderr and the exit code: 0 when nothing was rejected, 2 when something was, 6 when the environment stopped the run. */
function finish(s: Session, r: AnySummary, errorsPath: string | undefined): void {
  const bad = r.rejected.count + r.conflicts.count
  if (r.errorRows > 0) s.out.note(`${count(r.errorRows, 'rejected row')} written to ${errorsPath}: fix them there and import that file`)
  const env = stopped(r, s.store.path)
  if (env) throw env
  const problems = [
    r.rejected.count ? `${count(r.rejected.count, r.kind === 'orders' ? 'order' : 'row')} rejected` : '',
    r.conflicts.count ? count(r.conflicts.count, 'conflict') : '',
    r.fileError ? r.fileError.reason : '',
  ].filter(Boolean)
  if (r.dryRun) {
    s.out.note(`dry run: nothing was written${bad || r.fileError ? ` (${problems.join(', ')})` : ''}`)
    if (bad || r.fileError) throw new ImportRejectedError(`dry run found problems: ${problems.join(', ')}`, details(r))
    return
  }
  if (!r.committed) throw new ImportRejectedError(`nothing imported (--strict): ${problems.join(', ')}`, details(r))
  if (bad || r.fileError) throw new ImportRejectedError(`${problems.join(', ')}; ${written(r)} — see the summary`, details(r))
  const o = r.kind === 'orders' ? (r as ImportOrdersSummary) : null
  s.out.done(`${r.kind === 'orders' ? '' : `${r.kind}: `}${written(r)}${o?.duplicates ? `, ${n(o.duplicates)} already there` : ''}`)
  if (o && o.ordersImported > 0) s.out.next(o.stockCheck ? 'orderdesk order list --status offered' : 'orderdesk order list --needs-action')
}

function details(r: AnySummary) {
  return { rejected: r.rejected.count, conflicts: r.conflicts.count, fileError: r.fileError, committed: r.committed }
}

function ordersText(r: ImportOrdersSummary): string {
  const verb = r.dryRun ? 'Would import' : 'Imported'
  const range = r.firstNumber ? `  (${r.firstNumber} … ${r.lastNumber})` : ''
  const pairs: [string, string][] = [
    ['File', fileLine(r)],
    ['Rows read', n(r.rowsRead)],
    ['Orders in file', n(r.ordersRead)],
    [verb, `${count(r.ordersImported, 'order')}, ${count(r.linesImported, 'line')}, total ${formatMoneyGrouped(r.total)}${range}`],
    ['Skipped duplicates', n(r.duplicates)],
    ['Conflicts', n(r.conflicts.count)],
    ['Rejected', n(r.rejected.count)],
    ['Customers created', n(r.customersCreated)],
  ]
  if (r.stockCheck) pairs.push(['Stock check', `${n(r.stockCheck.offered)} offered, ${n(r.stockCheck.lost)} lost${r.stockCheck.failed.length ? `, ${n(r.stockCheck.failed.length)} failed` : ''}`])
  pairs.push(['Elapsed', elapsed(r.elapsedMs, r.rowsRead)])
  return [keyValues(pairs), ...problemTables(r.rejected.items, r.rejected.count, r.conflicts.items, r.conflicts.count, 'ext_ref', r.fileError)].join('\n')
}

function masterText(r: ImportMasterSummary): string {
  const pairs: [string, string][] = [
    ['File', fileLine(r)],
    ['Rows read', n(r.rowsRead)],
    [r.kind === 'stock' ? 'Stock moves' : r.dryRun ? 'Would add' : 'Added', r.kind === 'stock' ? n(r.updated) : n(r.created)],
  ]
  if (r.kind !== 'stock') pairs.push([r.dryRun ? 'Would update' : 'Updated', n(r.updated)])
  pairs.push(['Unchanged', n(r.unchanged)], ['Skipped duplicates', n(r.duplicates)], ['Conflicts', n(r.conflicts.count)], ['Rejected', n(r.rejected.count)], ['Elapsed', elapsed(r.elapsedMs, r.rowsRead)])
  return [keyValues(pairs), ...problemTables(r.rejected.items, r.rejected.count, r.conflicts.items, r.conflicts.count, r.kind === 'customers' ? 'code' : 'sku', r.fileError)].join('\n')
}

function fileLine(r: AnySummary): string {
  const mode = r.dryRun ? '  — dry run, nothing written' : r.strict ? (r.committed ? '  — strict' : '  — strict: nothing imported') : ''
  return `${r.file} (${r.format}, ${r.encoding})${mode}`
}

function elapsed(ms: number, rows: number): string {
  const rate = ms > 0 ? ` (${n(Math.round((rows * 1000) / ms))} rows/s)` : ''
  return `${(ms / 1000).toFixed(1)} s${rate}`
}

function problemTables(
  rejected: RejectedEntry[],
  rejectedCount: number,
  conflicts: ConflictEntry[],
  conflictCount: number,
  refName: string,
  fileError: { line: number | null; reason: string } | null,
): string[] {
  const out: string[] = []
  if (rejected.length > 0) {
    const rows = rejected.flatMap((e) => e.problems.map((p) => [p.line, e.ref, p.column ?? '', p.value, p.reason])).sort((a, b) => Number(a[0]) - Number(b[0]))
    out.push('', 'Rejected (nothing of these was imported):')
    out.push(table(['Line', refName, 'Column', 'Value', 'Reason'], rows.slice(0, SHOWN).map(([line, ref, col, value, reason]) => [line!, clip(String(ref), 24), col!, clip(String(value), 30), reason!]), { align: ['right', 'left', 'left', 'left', 'left'] }))
    if (rows.length > SHOWN || rejectedCount > rejected.length) out.push(`… and more (${n(rejectedCount)} rejected in all; see --json or --errors <file>)`)
  }
  if (conflicts.length > 0) {
    out.push('', 'Conflicts (not imported):')
    out.push(table(['Line', refName, 'Order', 'Reason'], [...conflicts].sort((a, b) => a.line - b.line).slice(0, SHOWN).map((c) => [c.line, c.ref, c.number ?? '—', c.reason]), { align: ['right', 'left', 'left', 'left'] }))
    if (conflictCount > SHOWN) out.push(`… and ${n(conflictCount - SHOWN)} more (see --json or --errors <file>)`)
  }
  if (fileError) out.push('', `The file stopped being readable: ${fileError.reason}`)
  return out
}

function clip(s: string, max: number): string {
  const one = s.replace(/\s*[\r\n]+\s*/g, ' ')
  return one.length > max ? `${one.slice(0, max - 1)}…` : one
}

/** Rows, rate and ETA on stderr, redrawn at most 5 times a second; only on a terminal and never with --json. */
function progressBar(s: Session) {
  const on = Boolean(process.stderr.isTTY) && !s.out.json
  const t0 = Date.now()
  let last = 0
  let shown = false
  return {
    update: (p: { rows: number; bytes: number; size: number | null }) => {
      if (!on) return
      const now = Date.now()
      if (now - last < 200) return
      last = now
      const secs = (now - t0) / 1000
      const rate = secs > 0 ? p.rows / secs : 0
      let tail = ''
      if (p.size && p.bytes > 0) {
        const frac = Math.min(1, p.bytes / p.size)
        const eta = frac > 0 ? secs / frac - secs : 0
        const width = 24
        const done = Math.round(frac * width)
        tail = `  [${'#'.repeat(done)}${'.'.repeat(width - done)}] ${Math.floor(frac * 100)}%  ETA ${Math.ceil(eta)} s`
      }
      process.stderr.write(`\r\u001b[K  ${n(p.rows)} rows  ${n(Math.round(rate))} rows/s${tail}`)
      shown = true
    },
    clear: () => {
      if (shown) process.stderr.write('\r\u001b[K')
      shown = false
    },
  }
}
