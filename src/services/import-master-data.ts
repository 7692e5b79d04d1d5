import type BetterSqlite3 from 'better-sqlite3'
import type { Kysely } from 'kysely'
import { columnsOf, extraFieldsProblem, pickColumns, resolveColumns, type ImportKind } from '../domain/import-columns.js'
import {
  customerChanges,
  parseCustomerRow,
  parseProductRow,
  parseStockRow,
  productChanges,
  PRODUCT_DEFAULTS,
  rowKey,
  type CustomerRow,
  type ProductRow,
  type StockRow,
} from '../domain/import-master.js'
import type { ImportProblem, RowInput } from '../domain/import-order.js'
import { CappedList, ImportFileError, type ConflictEntry, type RejectedEntry } from '../domain/import-outcome.js'
import { EventChain, findCustomersByCode, findProductsBySkus, finishImportBatch, type CustomerRef, type ProductRef } from '../store/import-writes.js'
import { bulkLoadSettings } from '../store/bulk-load.js'
import type { OutputTarget } from '../store/output-file.js'
import { environmentFailure } from '../store/environment.js'
import { withBatchLeases, type BatchLeases } from '../store/import-lease.js'
import { recordBatchProgress } from '../store/queries/import-batches.js'
import type { Database } from '../store/schema.js'
import { requirePermission, type ServiceContext } from './context.js'
import { ErrorsFile } from './import-errors-file.js'
import { finishInterruptedBatches, finishOwnBatch, interruptedJson, type BatchRef, type InterruptedBatch, type RunStopped } from './import-recovery.js'
import { ImportTransactions } from './import-run.js'
import { openImportSource, type ImportEncoding, type ImportFormat } from './import-source.js'

/**
 * `import customers|products|stock`: master data from a file, upserted by code in batched
 * transactions with one audit event per change. Re-importing the same file changes nothing.
 * - customers: new codes are added; for known codes the given fields are updated.
 * - products: the same by sku (a new product gets unit `pcs`, 14 lead days, producible unless
 *   the file says otherwise).
 * - stock: a counted stock take — on hand becomes the counted qty, the difference booked as an
 *   `adjust` move; with `receive`, each row's qty is added as goods received instead.
 */
export type MasterKind = Exclude<ImportKind, 'orders'>

export interface ImportMasterInput {
  kind: MasterKind
  /** A file, or `-` for stdin. */
  path: string
  format?: ImportFormat
  encoding: ImportEncoding
  map: Map<string, string>
  dryRun: boolean
  strict: boolean
  /** --errors: where the rejected rows go, checked (`checkOutput`); written when the import has finished. */
  errors: OutputTarget | null
  /** stock: add each qty as received goods instead of a stock take. */
  receive?: boolean
  batchSize?: number
  onProgress?: (p: { rows: number; bytes: number; size: number | null }) => void
  /** The driver handle under `ctx.db` (Store.sqlite), for the bulk-load settings; null on PostgreSQL. */
  sqlite?: BetterSqlite3.Database | null
}

export interface ImportMasterSummary {
  kind: MasterKind
  file: string
  format: string
  encoding: string
  dryRun: boolean
  strict: boolean
  committed: boolean
  batch: number | null
  rowsRead: number
  created: number
  updated: number
  unchanged: number
  duplicates: number
  conflicts: CappedList<ConflictEntry>
  rejected: CappedList<RejectedEntry>
  fileError: { line: number | null; reason: string } | null
  errorRows: number
  elapsedMs: number
  /** Earlier runs found stopped before their end, and finished by this one. */
  interrupted: InterruptedBatch[]
  /** Earlier runs still running in another process (left alone). */
  stillRunning: BatchRef[]
  /** Set when the environment stopped this run: the counts are what was committed. */
  stopped: RunStopped | null
}

type Row = CustomerRow | ProductRow | StockRow
interface PendingRow {
  line: number
  code: string
  row: Row
  raw: { line: number; values: string[] } | null
}

const PERMISSION = { customers: 'master.write', products: 'master.write', stock: 'stock.write' } as const

export async function importMasterData(ctx: ServiceContext, input: ImportMasterInput): Promise<ImportMasterSummary> {
  requirePermission(ctx, PERMISSION[input.kind], `importing ${input.kind}`)
  return withBatchLeases(ctx.db, input.sqlite ?? null, (leases) => runImport(ctx, input, leases))
}

async function runImport(ctx: ServiceContext, input: ImportMasterInput, leases: BatchLeases): Promise<ImportMasterSummary> {
  const started = performance.now()
  const kind = input.kind
  const src = await openImportSource({ path: input.path, format: input.format, encoding: input.encoding, jsonColumns: columnsOf(kind).map((c) => input.map.get(c) ?? c) })
  let cols
  try {
    cols = resolveColumns(kind, src.header, input.map)
  } catch (e) {
    src.close()
    throw e
  }
  let errors: ErrorsFile | null = null
  try {
    errors = input.errors ? new ErrorsFile(input.errors, src.header, src.encoding) : null
  } catch (e) {
    src.close()
    throw e
  }
  const names = columnsOf(kind)
  const batchSize = input.batchSize ?? 500
  const tx = new ImportTransactions(ctx, { dryRun: input.dryRun, strict: input.strict }, leases)
  const summary: ImportMasterSummary = {
    kind,
    file: src.name,
    format: src.format,
    encoding: src.encoding,
    dryRun: input.dryRun,
    strict: input.strict,
    committed: false,
    batch: null,
    rowsRead: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
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
  // what the committed batches wrote: a run's progress, and what a run stopped by the environment reports
  const counts = () => ({ rowsRead: summary.rowsRead, created: summary.created, updated: summary.updated, unchanged: summary.unchanged })
  let committedCounts = counts()
  const parse = kind === 'customers' ? parseCustomerRow : kind === 'products' ? parseProductRow : parseStockRow
  const codeColumn = kind === 'customers' ? 'code' : 'sku'
  // codes met in this file → the line and content of their first row (not for stock receipts)
  const seen = new Map<string, { line: number; key: string }>()
  let pending: PendingRow[] = []
  let batchId: number | null = null
  let startedAt = ''

  const reject = (ref: string, line: number, problems: ImportProblem[], raw: PendingRow['raw']) => {
    summary.rejected.add({ ref, lines: [line], problems })
    errors?.add(raw ? [raw] : [], problems)
    tx.failed = true
  }

  const processBatch = async (q: Kysely<Database>, batch: PendingRow[], write: boolean) => {
    const at = ctx.now()
    const events = write ? await EventChain.start(q) : null
    const importData = (line: number) => ({ batch: batchId, file: src.name, line })
    const codes = [...new Set(batch.map((b) => b.code))]
    if (kind === 'customers') {
      const existing = new Map((await findCustomersByCode(q, codes)).map((c) => [c.code, c]))
      for (const b of batch) {
        const r = b.row as CustomerRow
        const ex = existing.get(r.code)
        if (!ex) {
          summary.created++
          if (write) {
            await q.insertInto('customers').values({ code: r.code, name: r.name, contact: r.contact ?? null, phone: r.phone ?? null, address: r.address ?? null, created_at: at }).execute()
            events!.add({ at, businessDate: ctx.today, actor: ctx.actor.name, action: 'customer.add', entity: 'customer', ref: r.code, data: { name: r.name, import: importData(b.line) } })
          }
          existing.set(r.code, { id: -1, code: r.code, name: r.name, contact: r.contact ?? null, phone: r.phone ?? null, address: r.address ?? null })
          continue
        }
        const changed = customerChanges(ex, r)
        if (changed.length === 0) {
          summary.unchanged++
          continue
        }
        summary.updated++
        const set = Object.fromEntries(changed.map((f) => [f, r[f] ?? null])) as Partial<CustomerRef>
        if (write) {
          await q.updateTable('customers').set(set).where('code', '=', r.code).execute()
          events!.add({
            at, businessDate: ctx.today, actor: ctx.actor.name, action: 'customer.update', entity: 'customer', ref: r.code,
            data: { changes: Object.fromEntries(changed.map((f) => [f, [ex[f], r[f] ?? null]])), import: importData(b.line) },
          })
        }
        Object.assign(ex, set)
      }
    } else {
      const existing = new Map((await findProductsBySkus(q, codes)).map((p) => [p.sku, p]))
      if (kind === 'products') {
        for (const b of batch) {
          const r = b.row as ProductRow
          const ex = existing.get(r.sku)
          if (!ex) {
            summary.created++
            const values = {
              sku: r.sku,
              name: r.name,
              unit: r.unit ?? PRODUCT_DEFAULTS.unit,
              price: r.price,
              lead_days: r.lead_days ?? PRODUCT_DEFAULTS.leadDays,
              producible: (r.producible ?? PRODUCT_DEFAULTS.producible) ? 1 : 0,
            }
            if (write) {
              await q.insertInto('products').values({ ...values, created_at: at }).execute()
              events!.add({
                at, businessDate: ctx.today, actor: ctx.actor.name, action: 'product.add', entity: 'product', ref: r.sku,
                data: { name: r.name, price: r.price, leadDays: values.lead_days, producible: values.producible === 1, import: importData(b.line) },
              })
            }
            existing.set(r.sku, { id: -1, on_hand: 0, reserved: 0, ...values })
            continue
          }
          const changed = productChanges(ex, r)
          if (changed.length === 0) {
            summary.unchanged++
            continue
          }
          summary.updated++
          const next: Partial<ProductRef> = {}
          for (const f of changed) {
            if (f === 'producible') next.producible = r.producible ? 1 : 0
            else (next as Record<string, unknown>)[f] = r[f]
          }
          if (write) {
            await q.updateTable('products').set(next).where('sku', '=', r.sku).execute()
            events!.add({
              at, businessDate: ctx.today, actor: ctx.actor.name, action: 'product.update', entity: 'product', ref: r.sku,
              data: { changes: Object.fromEntries(changed.map((f) => [f, [ex[f], next[f]]])), import: importData(b.line) },
            })
          }
          Object.assign(ex, next)
        }
      } else {
        for (const b of batch) {
          const r = b.row as StockRow
          const p = existing.get(r.sku)
          if (!p) {
            reject(r.sku, b.line, [{ line: b.line, column: 'sku', value: r.sku, reason: 'no such product (see `orderdesk product list`; import products first)' }], b.raw)
            continue
          }
          let move: number
          let reason: string
          if (input.receive) {
            if (r.qty === 0) {
              reject(r.sku, b.line, [{ line: b.line, column: 'qty', value: '0', reason: 'must be more than 0 for goods received' }], b.raw)
              continue
            }
            move = r.qty
            reason = r.reason ?? 'received (import)'
          } else {
            if (r.qty < p.reserved) {
              reject(r.sku, b.line, [{ line: b.line, column: 'qty', value: String(r.qty), reason: `counted ${r.qty}, but ${p.reserved} are reserved for orders; on hand may not fall below reserved` }], b.raw)
              continue
            }
            move = r.qty - p.on_hand
            reason = r.reason ?? 'stock take (import)'
          }
          if (move === 0) {
            summary.unchanged++
            continue
          }
          summary.updated++
          const onHand = p.on_hand + move
          if (write) {
            const kindOfMove = input.receive ? 'receive' : 'adjust'
            await q
              .insertInto('stock_moves')
              .values({ product_id: p.id, qty: move, kind: kindOfMove, order_id: null, reason, business_date: ctx.today, at, actor: ctx.actor.name })
              .execute()
            await q.updateTable('products').set({ on_hand: onHand }).where('id', '=', p.id).execute()
            events!.add({
              at, businessDate: ctx.today, actor: ctx.actor.name, action: `stock.${kindOfMove}`, entity: 'product', ref: p.sku,
              data: { qty: move, onHand, reason, import: importData(b.line) },
            })
          }
          p.on_hand = onHand
        }
      }
    }
    await events?.flush()
    if (write && batchId !== null && !input.strict) await recordBatchProgress(q, batchId, counts())
  }

  const flush = async () => {
    if (pending.length === 0) return
    const batch = pending
    pending = []
    await tx.batch((q, write) => processBatch(q, batch, write))
    committedCounts = counts()
    errors?.flush()
  }

  /** The run; gives whether its writes were committed. */
  const run = async (): Promise<boolean> => {
    ;({ interrupted: summary.interrupted, stillRunning: summary.stillRunning } = await finishInterruptedBatches(ctx, leases, { dryRun: input.dryRun }))
    const { committed } = await tx.run(async () => {
      const record = await tx.start({ kind, file: src.name, format: src.format, encoding: src.encoding })
      batchId = record?.id ?? null
      startedAt = record?.startedAt ?? ''
      summary.batch = batchId
      const width = src.header.length
      try {
        for await (const chunk of src.chunks()) {
          for (const rec of chunk) {
            summary.rowsRead++
            const cells = pickColumns(rec.values, cols, names)
            const input0: RowInput = { line: rec.line, cells }
            const raw = errors ? rec : null
            const res = parse(input0)
            const problems = res.ok ? [] : res.problems
            const extra = src.format === 'csv' ? extraFieldsProblem(rec.values, width) : null
            if (extra) problems.unshift({ line: rec.line, column: null, value: '', reason: extra })
            if (!res.ok || problems.length > 0) {
              reject(cells[codeColumn] ?? '', rec.line, problems, raw)
              continue
            }
            const row = res.value
            const code = (row as { code?: string; sku?: string }).code ?? (row as { sku: string }).sku
            if (!(kind === 'stock' && input.receive)) {
              const key = rowKey(row as Record<string, unknown>)
              const first = seen.get(code)
              if (first) {
                if (first.key === key) summary.duplicates++
                else {
                  const c = { ref: code, line: rec.line, number: null, reason: `${codeColumn} ${code} appears again at line ${rec.line} with other values (first at line ${first.line})` }
                  summary.conflicts.add(c)
                  errors?.add(raw ? [raw] : [], `conflict: ${c.reason}`)
                  tx.failed = true
                }
                continue
              }
              seen.set(code, { line: rec.line, key })
            }
            pending.push({ line: rec.line, code, row, raw })
            if (pending.length >= batchSize) await flush()
          }
          input.onProgress?.({ rows: summary.rowsRead, bytes: src.bytesRead(), size: src.size })
        }
      } catch (e) {
        if (!(e instanceof ImportFileError)) throw e
        summary.fileError = { line: e.line, reason: e.message }
        tx.failed = true
      }
      await flush()
      await tx.batch(async (q, write) => {
        if (!write || batchId === null) return
        const at = ctx.now()
        const data = { kind, file: src.name, rowsRead: summary.rowsRead, created: summary.created, updated: summary.updated, unchanged: summary.unchanged, duplicates: summary.duplicates, conflicts: summary.conflicts.count, rejected: summary.rejected.count }
        await finishImportBatch(q, batchId, summary.fileError ? 'failed' : 'done', at, data)
        const events = await EventChain.start(q)
        events.add({ at, businessDate: ctx.today, actor: ctx.actor.name, action: 'import.run', entity: 'import', ref: String(batchId), data })
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
    ;({ created: summary.created, updated: summary.updated, unchanged: summary.unchanged } = committedCounts)
    summary.stopped = { ...failure, batchFinished: false }
    if (kept) summary.stopped.batchFinished = await finishOwnBatch(ctx, { batch: batchId!, kind, file: src.name, actor: ctx.actor.name, startedAt }, failure.code, committedCounts)
    return kept
  }

  let committed = false
  // finished: the run went to its end (else the errors file is left as it was)
  let finished = false
  const restoreSettings = bulkLoadSettings(input.dryRun ? null : (input.sqlite ?? null))
  try {
    committed = await run().then((c) => {
      finished = true
      return c
    }, stoppedBy)
  } finally {
    restoreSettings()
    src.close()
    if (!finished) errors?.abort()
  }
  if (errors) {
    if (finished) errors.commit(committed ? `${summary.created} added, ${summary.updated} updated` : null)
    summary.errorRows = errors.rows
  }
  summary.committed = committed
  if (!committed && !input.dryRun) {
    summary.batch = null
    summary.created = 0
    summary.updated = 0
  }
  summary.elapsedMs = Math.round(performance.now() - started)
  return summary
}

export function masterSummaryJson(s: ImportMasterSummary) {
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
    created: s.created,
    updated: s.updated,
    unchanged: s.unchanged,
    duplicates: s.duplicates,
    conflictCount: s.conflicts.count,
    rejectedCount: s.rejected.count,
    fileError: s.fileError,
    errorRows: s.errorRows,
    elapsedMs: s.elapsedMs,
    conflicts: [...s.conflicts.items].sort((a, b) => a.line - b.line),
    rejected: [...s.rejected.items].sort((a, b) => (a.lines[0] ?? 0) - (b.lines[0] ?? 0)),
    listsTruncated: s.conflicts.truncated || s.rejected.truncated,
    interrupted: s.interrupted.map(interruptedJson),
    stillRunning: s.stillRunning,
    stopped: s.stopped,
  }
}
