import type BetterSqlite3 from 'better-sqlite3'
import type { Kysely } from 'kysely'
import type { ImportOrder, ImportProblem } from '../domain/import-order.js'
import { CappedList, type ConflictEntry, type RejectedEntry } from '../domain/import-outcome.js'
import { formatMoney, lineAmount, type Minor } from '../domain/money.js'
import { orderCounterKey, orderNumber } from '../domain/numbering.js'
import {
  EventChain,
  findCustomersByCode,
  findExtRefs,
  findProductsBySkus,
  finishImportBatch,
  insertMany,
  PreparedInserts,
  BufferedInserts,
  type RowWriter,
  reserveCounters,
} from '../store/import-writes.js'
import { bulkLoadSettings } from '../store/bulk-load.js'
import type { OutputTarget } from '../store/output-file.js'
import { environmentFailure } from '../store/environment.js'
import { withBatchLeases, type BatchLeases } from '../store/import-lease.js'
import type { Database } from '../store/schema.js'
import { checkStock } from './check-stock.js'
import { requirePermission, type ServiceContext } from './context.js'
import { ErrorsFile } from './import-errors-file.js'
import { finishInterruptedBatches, finishOwnBatch, interruptedJson, type BatchRef, type InterruptedBatch, type RunStopped } from './import-recovery.js'
import { ImportTransactions } from './import-run.js'
import type { ImportEncoding, ImportFormat, SourceRecord } from './import-source.js'
import { openOrderFeed } from './import-worker.js'

/**
 * `import orders` (SPEC §6): phone orders become inquiries, streamed and written in batched
 * transactions. Rows sharing an ext_ref are one order, validated whole; an ext_ref already
 * imported with the same content is skipped (counted), with other content it is a conflict.
 */
export interface ImportOrdersInput {
  /** A file, or `-` for stdin. */
  path: string
  format?: ImportFormat
  encoding: ImportEncoding
  map: Map<string, string>
  dryRun: boolean
  strict: boolean
  createCustomers: boolean
  checkStock: boolean
  /** --errors: where the rejected rows go, checked (`checkOutput`); written when the import has finished. */
  errors: OutputTarget | null
  /** Orders per transaction (default 500). */
  batchSize?: number
  onProgress?: (p: { rows: number; bytes: number; size: number | null }) => void
  /** The driver handle under `ctx.db` (Store.sqlite), for prepared bulk inserts; null on PostgreSQL. */
  sqlite: BetterSqlite3.Database | null
}

export interface ImportOrdersSummary {
  kind: 'orders'
  file: string
  format: string
  encoding: string
  dryRun: boolean
  strict: boolean
  /** false when --strict rolled everything back (or --dry-run). */
  committed: boolean
  batch: number | null
  rowsRead: number
  ordersRead: number
  ordersImported: number
  linesImported: number
  total: Minor
  firstNumber: string | null
  lastNumber: string | null
  duplicates: number
  customersCreated: number
  conflicts: CappedList<ConflictEntry>
  rejected: CappedList<RejectedEntry>
  stockCheck: { offered: number; lost: number; failed: { number: string; reason: string }[] } | null
  fileError: { line: number | null; reason: string } | null
  /** Rows written to --errors. */
  errorRows: number
  /** Whether the file was read in a worker thread. */
  threaded: boolean
  elapsedMs: number
  /** Earlier runs found stopped before their end, and finished by this one (see import-recovery.ts). */
  interrupted: InterruptedBatch[]
  /** Earlier runs still running in another process (left alone). */
  stillRunning: BatchRef[]
  /** Set when the environment stopped this run (disk full, ...): the counts are what was committed. */
  stopped: RunStopped | null
}

interface Pending {
  order: ImportOrder
  hash: string
  raw: SourceRecord[] | null
}

const ORDER_COLUMNS = ['number', 'customer_id', 'status', 'revision', 'channel', 'source_ref', 'rush', 'note', 'order_date', 'requested_date', 'promised_date', 'total', 'ext_ref', 'created_by', 'created_at', 'updated_at']
const LINE_COLUMNS = ['order_id', 'line_no', 'product_id', 'qty', 'unit_price', 'discount_bp', 'amount']
const IMPORT_COLUMNS = ['order_id', 'batch_id', 'line', 'content_hash']

export async function importOrders(ctx: ServiceContext, input: ImportOrdersInput): Promise<ImportOrdersSummary> {
  requirePermission(ctx, 'inquiry.write', 'importing orders')
  if (input.createCustomers) requirePermission(ctx, 'master.write', 'creating customers (--create-customers)')
  return withBatchLeases(ctx.db, input.sqlite, (leases) => runImport(ctx, input, leases))
}

async function runImport(ctx: ServiceContext, input: ImportOrdersInput, leases: BatchLeases): Promise<ImportOrdersSummary> {
  const started = performance.now()
  const src = await openOrderFeed({ path: input.path, format: input.format, encoding: input.encoding, map: input.map, today: ctx.today, keepRaw: input.errors !== null })
  let errors: ErrorsFile | null = null
  try {
    errors = input.errors ? new ErrorsFile(input.errors, src.header, src.encoding) : null
  } catch (e) {
    await src.close()
    throw e
  }
  const batchSize = input.batchSize ?? 500
  const prepared = input.sqlite ? new PreparedInserts(input.sqlite) : null
  const tx = new ImportTransactions(ctx, { dryRun: input.dryRun, strict: input.strict }, leases)

  const summary: ImportOrdersSummary = {
    kind: 'orders',
    file: src.name,
    format: src.format,
    encoding: src.encoding,
    dryRun: input.dryRun,
    strict: input.strict,
    committed: false,
    batch: null,
    rowsRead: 0,
    ordersRead: 0,
    ordersImported: 0,
    linesImported: 0,
    total: 0,
    firstNumber: null,
    lastNumber: null,
    duplicates: 0,
    customersCreated: 0,
    conflicts: new CappedList(),
    rejected: new CappedList(),
    stockCheck: input.checkStock && !input.dryRun ? { offered: 0, lost: 0, failed: [] } : null,
    fileError: null,
    errorRows: 0,
    threaded: src.threaded,
    elapsedMs: 0,
    interrupted: [],
    stillRunning: [],
    stopped: null,
  }
  // the counts as of the last committed batch: what a run stopped by the environment reports
  const counts = () => ({
    ordersImported: summary.ordersImported,
    linesImported: summary.linesImported,
    total: summary.total,
    customersCreated: summary.customersCreated,
    firstNumber: summary.firstNumber,
    lastNumber: summary.lastNumber,
  })
  let committedCounts = counts()

  // master data met so far (id -1: a customer this run would create)
  const customers = new Map<string, number>()
  const products = new Map<string, { id: number; price: number }>()
  const toCheck: string[] = []
  let pending: Pending[] = []

  const reject = (ref: string, rows: { line: number }[], problems: ImportProblem[], raw: Pending['raw']) => {
    summary.rejected.add({ ref, lines: rows.map((r) => r.line), problems })
    errors?.add(raw ?? [], problems)
    tx.failed = true
  }
  const conflict = (c: ConflictEntry, raw: Pending['raw']) => {
    summary.conflicts.add(c)
    errors?.add(raw ?? [], `conflict: ${c.reason}`)
    tx.failed = true
  }

  /** Validates a batch against the database and (unless dry run / failed strict run) writes it. */
  const processBatch = async (q: Kysely<Database>, batch: Pending[], write: boolean, batchId: number | null): Promise<string[]> => {
    const existing = await findExtRefs(q, batch.map((p) => p.order.extRef))
    const newCodes = [...new Set(batch.map((p) => p.order.customer))].filter((c) => !customers.has(c))
    for (const c of await findCustomersByCode(q, newCodes)) customers.set(c.code, c.id)
    const newSkus = [...new Set(batch.flatMap((p) => p.order.lines.map((l) => l.sku)))].filter((s) => !products.has(s))
    for (const p of await findProductsBySkus(q, newSkus)) products.set(p.sku, { id: p.id, price: p.price })

    const accepted: { p: Pending; total: number; amounts: number[] }[] = []
    const create = new Map<string, { name: string; phone: string | null; line: number }>()
    for (const p of batch) {
      const o = p.order
      const ex = existing.get(o.extRef)
      if (ex) {
        if (ex.contentHash === p.hash) summary.duplicates++
        else {
          const reason = ex.contentHash === null
            ? `ext_ref ${o.extRef} already belongs to order ${ex.number}, which was not imported`
            : `ext_ref ${o.extRef} was imported before as order ${ex.number} with different content`
          conflict({ ref: o.extRef, line: o.firstLine, number: ex.number, reason }, p.raw)
        }
        continue
      }
      const problems: ImportProblem[] = []
      const newCustomer = !customers.has(o.customer) && !create.has(o.customer)
      if (newCustomer) {
        if (!input.createCustomers || !o.customerName) {
          problems.push({
            line: o.firstLine,
            column: 'customer',
            value: o.customer,
            reason: input.createCustomers
              ? 'no such customer, and no customer_name to create it with'
              : 'no such customer (see `orderdesk customer list`; --create-customers creates it from customer_name)',
          })
        }
      }
      const amounts: number[] = []
      for (const l of o.lines) {
        const prod = products.get(l.sku)
        if (!prod) {
          problems.push({ line: l.line, column: 'sku', value: l.sku, reason: 'no such product (see `orderdesk product list`)' })
          continue
        }
        amounts.push(lineAmount(l.qty, l.unitPrice ?? prod.price, l.discountBp))
      }
      const total = amounts.reduce((s, a) => s + a, 0)
      if (!Number.isSafeInteger(total)) problems.push({ line: o.firstLine, column: 'qty', value: '', reason: 'the order total is too large' })
      if (problems.length > 0) {
        reject(o.extRef, o.lines.length ? o.lines : [{ line: o.firstLine }], problems, p.raw)
        continue
      }
      if (newCustomer) create.set(o.customer, { name: o.customerName!, phone: o.phone, line: o.firstLine })
      accepted.push({ p, total, amounts })
    }

    if (!write) {
      for (const [code] of create) customers.set(code, -1)
      summary.customersCreated += create.size
      for (const a of accepted) {
        summary.ordersImported++
        summary.linesImported += a.p.order.lines.length
        summary.total += a.total
      }
      return []
    }

    const at = ctx.now()
    const writer: RowWriter = prepared ?? (await BufferedInserts.open(q, ['orders', 'order_lines']))
    const events = await EventChain.start(q, writer)
    const importData = (line: number) => ({ batch: batchId, file: src.name, line })
    if (create.size > 0) {
      const created = await insertMany(
        q,
        'customers',
        ['code', 'name', 'contact', 'phone', 'address', 'created_at'],
        [...create].map(([code, c]) => [code, c.name, null, c.phone, null, at]),
        ['id', 'code'],
      )
      for (const r of created) customers.set(String(r.code), Number(r.id))
      for (const [code, c] of create) {
        events.add({ at, businessDate: ctx.today, actor: ctx.actor.name, action: 'customer.add', entity: 'customer', ref: code, data: { name: c.name, import: importData(c.line) } })
      }
      summary.customersCreated += create.size
    }
    const needs = new Map<string, number>()
    for (const a of accepted) {
      const key = orderCounterKey(a.p.order.orderDate)
      needs.set(key, (needs.get(key) ?? 0) + 1)
    }
    const next = await reserveCounters(q, needs)
    const numbered = accepted.map((a) => {
      const key = orderCounterKey(a.p.order.orderDate)
      const seq = next.get(key)!
      next.set(key, seq + 1)
      return { ...a, number: orderNumber(a.p.order.orderDate, seq) }
    })
    for (const { p, amounts, total, number } of numbered) {
      const o = p.order
      const id = writer.insert('orders', ORDER_COLUMNS, [
        number, customers.get(o.customer)!, 'inquiry', 1, o.channel, o.sourceRef, 0, o.note, o.orderDate, o.requestedDate, null, total, o.extRef, ctx.actor.name, at, at,
      ])
      o.lines.forEach((l, i) => {
        const prod = products.get(l.sku)!
        writer.insert('order_lines', LINE_COLUMNS, [id, i + 1, prod.id, l.qty, l.unitPrice ?? prod.price, l.discountBp, amounts[i]])
      })
      writer.insert('order_imports', IMPORT_COLUMNS, [id, batchId, o.firstLine, p.hash])
      events.add({
        at,
        businessDate: ctx.today,
        actor: ctx.actor.name,
        action: 'inquiry.new',
        entity: 'order',
        ref: number,
        orderId: id,
        from: null,
        to: 'inquiry',
        // lean: the order row has the rest; millions of these go into the audit trail
        data: { customer: o.customer, total, lines: o.lines.length, extRef: o.extRef, import: importData(o.firstLine) },
      })
      summary.ordersImported++
      summary.linesImported += o.lines.length
      summary.total += total
      summary.firstNumber ??= number
      summary.lastNumber = number
    }
    await writer.flush()
    return numbered.map((n) => n.number)
  }

  const runStockChecks = async (numbers: string[]) => {
    const sc = summary.stockCheck
    if (!sc) return
    for (const number of numbers) {
      try {
        const r = await checkStock(ctx, { number, mcDates: {}, notProducible: {}, useLeadTimes: true })
        if (r.status === 'offered') sc.offered++
        else sc.lost++
      } catch (e) {
        if (environmentFailure(e)) throw e
        if (sc.failed.length < 1000) sc.failed.push({ number, reason: (e as Error).message })
      }
    }
  }

  let batchId: number | null = null
  let startedAt = ''
  const flush = async () => {
    if (pending.length === 0) return
    const batch = pending
    pending = []
    const numbers = await tx.batch((q, write) => processBatch(q, batch, write, batchId))
    committedCounts = counts()
    if (input.strict) toCheck.push(...numbers)
    else await runStockChecks(numbers)
    errors?.flush()
  }

  /** The run; gives whether its writes were committed. */
  const run = async (): Promise<boolean> => {
    ;({ interrupted: summary.interrupted, stillRunning: summary.stillRunning } = await finishInterruptedBatches(ctx, leases, { dryRun: input.dryRun }))
    const { committed } = await tx.run(async () => {
      const record = await tx.start({ kind: 'orders', file: src.name, format: src.format, encoding: src.encoding })
      batchId = record?.id ?? null
      startedAt = record?.startedAt ?? ''
      summary.batch = batchId
      for await (const chunk of src.chunks) {
        summary.rowsRead = chunk.rows
        summary.ordersRead = chunk.orders
        for (const item of chunk.items) {
          if (item.t === 'order') {
            pending.push({ order: item.order, hash: item.hash, raw: item.raw })
            if (pending.length >= batchSize) await flush()
          } else if (item.t === 'reject') reject(item.ref, item.lines.map((line) => ({ line })), item.problems, item.raw)
          else if (item.t === 'duplicate') summary.duplicates++
          else conflict(item.conflict, item.raw)
        }
        if (chunk.fileError) {
          summary.fileError = chunk.fileError
          tx.failed = true
        }
        input.onProgress?.({ rows: chunk.rows, bytes: chunk.bytes, size: src.size })
      }
      await flush()
      summary.elapsedMs = Math.round(performance.now() - started)
      await tx.batch(async (q, write) => {
        if (!write || batchId === null) return
        const at = ctx.now()
        await finishImportBatch(q, batchId, summary.fileError ? 'failed' : 'done', at, runEventData(summary))
        const events = await EventChain.start(q)
        events.add({ at, businessDate: ctx.today, actor: ctx.actor.name, action: 'import.run', entity: 'import', ref: String(batchId), data: runEventData(summary) })
        await events.flush()
      })
    })
    return committed
  }

  /** The environment stopped the run (disk full, I/O error, server gone): what was committed stays, and is reported. */
  const stoppedBy = async (e: unknown): Promise<boolean> => {
    const failure = environmentFailure(e)
    if (!failure) throw e
    const kept = !input.strict && batchId !== null
    Object.assign(summary, committedCounts)
    summary.stopped = { ...failure, batchFinished: false }
    if (kept) {
      const c = { orders: summary.ordersImported, lines: summary.linesImported, total: summary.total, firstNumber: summary.firstNumber, lastNumber: summary.lastNumber }
      summary.stopped.batchFinished = await finishOwnBatch(ctx, { batch: batchId!, kind: 'orders', file: src.name, actor: ctx.actor.name, startedAt }, failure.code, c)
    }
    return kept
  }

  let committed = false
  // finished: the run went to its end (else the errors file is left as it was)
  let finished = false
  const restoreSettings = bulkLoadSettings(input.dryRun ? null : input.sqlite)
  try {
    committed = await run().then((c) => {
      finished = true
      return c
    }, stoppedBy)
  } finally {
    restoreSettings()
    await src.close()
    if (!finished) errors?.abort()
  }
  if (errors) {
    if (finished) errors.commit(committed ? `${summary.ordersImported} orders imported` : null)
    summary.errorRows = errors.rows
  }
  summary.committed = committed
  if (!committed && !input.dryRun) {
    // strict: everything was rolled back
    summary.batch = null
    summary.ordersImported = 0
    summary.linesImported = 0
    summary.total = 0
    summary.customersCreated = 0
    summary.firstNumber = null
    summary.lastNumber = null
  } else if (input.strict) await runStockChecks(toCheck)
  summary.elapsedMs = Math.round(performance.now() - started)
  return summary
}

/** The summary as stored with the run and printed with --json (money as text). */
export function summaryJson(s: ImportOrdersSummary) {
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
    ordersRead: s.ordersRead,
    ordersImported: s.ordersImported,
    linesImported: s.linesImported,
    total: formatMoney(s.total),
    firstNumber: s.firstNumber,
    lastNumber: s.lastNumber,
    duplicates: s.duplicates,
    conflictCount: s.conflicts.count,
    rejectedCount: s.rejected.count,
    customersCreated: s.customersCreated,
    stockCheck: s.stockCheck,
    fileError: s.fileError,
    errorRows: s.errorRows,
    threaded: s.threaded,
    elapsedMs: s.elapsedMs,
    rowsPerSecond: s.elapsedMs > 0 ? Math.round((s.rowsRead * 1000) / s.elapsedMs) : null,
    conflicts: [...s.conflicts.items].sort((a, b) => a.line - b.line),
    rejected: [...s.rejected.items].sort((a, b) => (a.lines[0] ?? 0) - (b.lines[0] ?? 0)),
    listsTruncated: s.conflicts.truncated || s.rejected.truncated,
    interrupted: s.interrupted.map(interruptedJson),
    stillRunning: s.stillRunning,
    stopped: s.stopped,
  }
}

function runEventData(s: ImportOrdersSummary) {
  return {
    kind: s.kind,
    file: s.file,
    rowsRead: s.rowsRead,
    ordersImported: s.ordersImported,
    linesImported: s.linesImported,
    total: s.total,
    duplicates: s.duplicates,
    conflicts: s.conflicts.count,
    rejected: s.rejected.count,
    customersCreated: s.customersCreated,
    firstNumber: s.firstNumber,
    lastNumber: s.lastNumber,
  }
}
