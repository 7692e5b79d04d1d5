import type { Kysely } from 'kysely'
import type { ImportKind } from '../../domain/import-columns.js'
import type { ImportProblem } from '../../domain/import-order.js'
import type { ConflictEntry } from '../../domain/import-outcome.js'
import type { ImportSummary, SummaryOfAnyKind } from '../../domain/import-summary.js'
import { bulkLoadSettings } from '../../store/bulk-load.js'
import { environmentFailure } from '../../store/environment.js'
import { withBatchLeases, type BatchLeases } from '../../store/import-lease.js'
import { finishImportBatch } from '../../store/import-writes.js'
import { recordBatchProgress } from '../../store/queries/import-batches.js'
import type { OutputTarget } from '../../store/output-file.js'
import type { Database } from '../../store/schema.js'
import type { ServiceContext } from '../context.js'
import { ErrorsFile } from './errors-file.js'
import { BatchEvents } from './events.js'
import type { Feed, FeedChunk, FeedItem } from './feed.js'
import type { ImportEncoding, ImportFormat, SourceRecord } from './read-source.js'
import { finishInterruptedBatches, finishOwnBatch } from './recovery.js'
import { committedRecord, importedSoFar, rollBack, runRecord, startSummary, type Committed } from './summary.js'
import { ImportTransactions } from './transactions.js'

/**
 * One import run, whatever it imports (SPEC §6), in the stages this folder is named after:
 * - read: the file as records (read-source.ts, in its encoding: read-encoding.ts);
 * - assemble: records into items — orders (assemble-orders.ts) or master-data rows (assemble-rows.ts);
 * - feed: the items a chunk at a time, for orders from a worker thread when the file is big
 *   (feed.ts, feed-orders.ts, feed-worker.ts) — the plan's `open`;
 * - write: batches in their transactions (transactions.ts) — the plan's `writeBatch`
 *   (write-orders.ts, write-customers.ts, write-products.ts, write-stock.ts);
 * - summary: one for every kind (summary.ts), the rejected rows to --errors (errors-file.ts).
 * Here: the run recorded in `import_batches` with its `import.run` event, and one outcome —
 * committed, rolled back by `--strict`, or stopped by the environment with what was committed
 * kept and reported. Earlier runs left running are finished first (recovery.ts).
 */
export interface ImportInput {
  /** A file, or `-` for stdin. */
  path: string
  format?: ImportFormat
  encoding: ImportEncoding
  map: Map<string, string>
  dryRun: boolean
  strict: boolean
  /** --errors: where the rejected rows go, checked (`checkOutput`); written when the import has finished. */
  errors: OutputTarget | null
  /** Items (orders, rows) per transaction (default 500). */
  batchSize?: number
  onProgress?: (p: { rows: number; bytes: number; size: number | null }) => void
}

/** What one kind of import brings to the run: how its file is read and what one batch writes. */
export interface ImportPlan<T, S extends ImportSummary, R> {
  kind: ImportKind
  /** Opens the file as a feed of items, its header checked (`keepRaw`: keep the records for --errors). */
  open(keepRaw: boolean): Promise<Feed<T>>
  /** The kind's own part of the summary, counts at 0. */
  start(feed: Feed<T>): Omit<S, keyof SummaryOfAnyKind>
  /** Checks a batch against the desk and, when `write`, writes it, inside the batch's transaction. */
  writeBatch(q: Kysely<Database>, batch: Taken<T>[], write: boolean, run: BatchRun<S>): Promise<R>
  /** Master data writes its progress with every committed batch (an order import's is counted from its orders). */
  recordsProgress: boolean
  /** After a chunk was read (before its items are taken). */
  onChunk?(s: S, chunk: FeedChunk<T>): void
  /** After a batch was written (committed, unless --strict). */
  afterBatch?(s: S, result: R): Promise<void>
  /** After the run committed. */
  afterRun?(s: S): Promise<void>
}

/** An item to write, with its records as read (for --errors). */
export interface Taken<T> {
  value: T
  raw: SourceRecord[] | null
}

/** What a batch's writing sees of its run. */
export interface BatchRun<S> {
  readonly summary: S
  /** The run's record in `import_batches` (null on a dry run). */
  readonly batchId: number | null
  /** Rejects an item: counted, listed, its rows to --errors (with --strict, nothing is imported). */
  reject(ref: string, lines: number[], problems: ImportProblem[], raw: SourceRecord[] | null): void
  conflict(c: ConflictEntry, raw: SourceRecord[] | null): void
  /** Where an audit event's change came from: this run's batch, the file, the line. */
  source(line: number): { batch: number | null; file: string; line: number }
}

export async function runImport<T, S extends ImportSummary, R>(ctx: ServiceContext, input: ImportInput, plan: ImportPlan<T, S, R>): Promise<S> {
  return withBatchLeases(ctx.store, async (leases) => {
    const started = performance.now()
    const feed = await plan.open(input.errors !== null)
    let errors: ErrorsFile | null
    try {
      errors = input.errors ? new ErrorsFile(input.errors, feed.header, feed.encoding) : null
    } catch (e) {
      await feed.close()
      throw e
    }
    const summary = await new ImportRun(ctx, input, plan, leases, feed, errors).outcome()
    summary.elapsedMs = Math.round(performance.now() - started)
    return summary
  })
}

class ImportRun<T, S extends ImportSummary, R> implements BatchRun<S> {
  readonly summary: S
  private readonly tx: ImportTransactions
  private pending: Taken<T>[] = []
  batchId: number | null = null
  private startedAt = ''
  /** The counts as of the last committed batch. */
  private committed: Committed

  constructor(
    private readonly ctx: ServiceContext,
    private readonly input: ImportInput,
    private readonly plan: ImportPlan<T, S, R>,
    private readonly leases: BatchLeases,
    private readonly feed: Feed<T>,
    private readonly errors: ErrorsFile | null,
  ) {
    this.tx = new ImportTransactions(ctx, { dryRun: input.dryRun, strict: input.strict }, leases)
    this.summary = startSummary(feed, input, plan.start(feed))
    this.committed = { rowsRead: 0, written: { ...this.summary.written } }
  }

  /** Runs the import to its end or its stop; gives the summary with what stayed written. */
  async outcome(): Promise<S> {
    let committed = false
    // finished: the run went to its end (else the errors file is left as it was)
    let finished = false
    const restoreSettings = bulkLoadSettings(this.input.dryRun ? null : this.ctx.store)
    try {
      committed = await this.run().then(
        (c) => {
          finished = true
          return c
        },
        (e) => this.stoppedBy(e),
      )
    } finally {
      restoreSettings()
      await this.feed.close()
      if (!finished) this.errors?.abort()
    }
    this.putErrorsFile(finished, committed)
    this.summary.committed = committed
    if (!committed && !this.input.dryRun) rollBack(this.summary)
    else await this.plan.afterRun?.(this.summary)
    return this.summary
  }

  /** The --errors file goes in place when the run went to its end (else it was left as it was). */
  private putErrorsFile(finished: boolean, committed: boolean): void {
    if (!this.errors) return
    if (finished) this.errors.commit(committed ? importedSoFar(this.summary) : null)
    this.summary.errorRows = this.errors.rows
  }

  /** The run; gives whether its writes were committed. */
  private async run(): Promise<boolean> {
    const earlier = await finishInterruptedBatches(this.ctx, this.leases, { dryRun: this.input.dryRun })
    this.summary.interrupted = earlier.interrupted
    this.summary.stillRunning = earlier.stillRunning
    const { committed } = await this.tx.run(async () => {
      await this.startBatch()
      await this.read()
      await this.flush()
      await this.finishBatch()
    })
    return committed
  }

  /** Records the run in `import_batches` (not on a dry run). */
  private async startBatch(): Promise<void> {
    const record = await this.tx.start({ kind: this.plan.kind, file: this.feed.name, format: this.feed.format, encoding: this.feed.encoding })
    this.batchId = record?.id ?? null
    this.startedAt = record?.startedAt ?? ''
    this.summary.batch = this.batchId
  }

  private async read(): Promise<void> {
    const s = this.summary
    const perRecord = this.feed.itemPerRecord
    for await (const chunk of this.feed.chunks) {
      if (!perRecord) s.rowsRead = chunk.rows
      this.plan.onChunk?.(s, chunk)
      for (const item of chunk.items) {
        if (perRecord) s.rowsRead++
        await this.take(item)
      }
      if (chunk.fileError) {
        s.fileError = chunk.fileError
        this.tx.failed = true
      }
      this.input.onProgress?.({ rows: s.rowsRead, bytes: chunk.bytes, size: this.feed.size })
    }
  }

  private async take(item: FeedItem<T>): Promise<void> {
    if (item.t === 'take') {
      this.pending.push(item)
      if (this.pending.length >= (this.input.batchSize ?? 500)) await this.flush()
    } else if (item.t === 'reject') this.reject(item.ref, item.lines, item.problems, item.raw)
    else if (item.t === 'duplicate') this.summary.duplicates++
    else this.conflict(item.conflict, item.raw)
  }

  reject(ref: string, lines: number[], problems: ImportProblem[], raw: SourceRecord[] | null): void {
    this.summary.rejected.add({ ref, lines, problems })
    this.errors?.rejected(raw ?? [], problems)
    this.tx.failed = true
  }

  conflict(c: ConflictEntry, raw: SourceRecord[] | null): void {
    this.summary.conflicts.add(c)
    this.errors?.conflict(raw ?? [], c.reason)
    this.tx.failed = true
  }

  source(line: number) {
    return { batch: this.batchId, file: this.feed.name, line }
  }

  /** Writes the items taken so far as one batch. */
  private async flush(): Promise<void> {
    if (this.pending.length === 0) return
    const batch = this.pending
    this.pending = []
    const result = await this.tx.batch((q, write) => this.writeBatch(q, batch, write))
    this.committed = { rowsRead: this.summary.rowsRead, written: { ...this.summary.written } }
    await this.plan.afterBatch?.(this.summary, result)
    this.errors?.flush()
  }

  private async writeBatch(q: Kysely<Database>, batch: Taken<T>[], write: boolean): Promise<R> {
    const result = await this.plan.writeBatch(q, batch, write, this)
    if (this.plan.recordsProgress && write && this.batchId !== null && !this.input.strict) {
      await recordBatchProgress(q, this.batchId, committedRecord(this.plan.kind, { rowsRead: this.summary.rowsRead, written: this.summary.written }))
    }
    return result
  }

  /** Marks the run `done` (or `failed`: the file broke) with its summary and `import.run` event. */
  private async finishBatch(): Promise<void> {
    await this.tx.batch(async (q, write) => {
      if (!write || this.batchId === null) return
      const at = this.ctx.now()
      const data = runRecord(this.summary)
      await finishImportBatch(q, this.batchId, this.summary.fileError ? 'failed' : 'done', at, data)
      const events = await BatchEvents.start(q, this.ctx, at)
      events.add({ action: 'import.run', entity: 'import', ref: String(this.batchId), data })
      await events.flush()
    })
  }

  /** The environment stopped the run (disk full, I/O error, server gone): what was committed stays, and is reported. */
  private async stoppedBy(e: unknown): Promise<boolean> {
    const failure = environmentFailure(e)
    if (!failure) throw e
    const s = this.summary
    const kept = !this.input.strict && this.batchId !== null
    s.written = { ...this.committed.written } as S['written']
    s.stopped = { ...failure, batchFinished: false }
    if (kept) {
      const batch = { batch: this.batchId!, kind: this.plan.kind, file: this.feed.name, actor: this.ctx.actor.name, startedAt: this.startedAt }
      s.stopped.batchFinished = await finishOwnBatch(this.ctx, batch, failure.code, committedRecord(this.plan.kind, this.committed))
    }
    return kept
  }
}
