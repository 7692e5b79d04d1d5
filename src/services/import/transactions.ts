import type { Kysely } from 'kysely'
import type { BatchLeases } from '../../store/import-lease.js'
import { startImportBatch } from '../../store/import-writes.js'
import type { Database } from '../../store/schema.js'
import { immediate, type Tx } from '../../store/transaction.js'
import type { ServiceContext } from '../context.js'

/**
 * How an import's batches meet the database:
 * - normal: each batch is its own `BEGIN IMMEDIATE` transaction (other clerks get the lock
 *   between batches; what was committed stays if a later part of the file is bad);
 * - `--strict`: the whole run is one transaction, rolled back when anything was rejected or
 *   conflicted — nothing is imported;
 * - `--dry-run`: reads only, writes nothing.
 *
 * The run's record in `import_batches` is `running` until its last transaction; meanwhile
 * this process holds the batch's lease (store/import-lease.ts), so that another run can tell
 * a batch still being written from one whose process is gone (recovery.ts).
 */
export class ImportTransactions {
  /** Set by the importer when something was rejected or conflicted (strict mode stops writing). */
  failed = false
  private tx: Tx | null = null

  constructor(
    private readonly ctx: ServiceContext,
    readonly mode: { dryRun: boolean; strict: boolean },
    private readonly leases: BatchLeases,
  ) {}

  /** Records the run in `import_batches` and takes its lease (not on a dry run: null). */
  async start(b: { kind: string; file: string; format: string; encoding: string }): Promise<{ id: number; startedAt: string } | null> {
    return this.batch(async (q, write) => {
      if (!write) return null
      const startedAt = this.ctx.now()
      const id = await startImportBatch(q, { ...b, actor: this.ctx.actor.name, businessDate: this.ctx.today, at: startedAt })
      await this.leases.take(id) // before the row commits: no one sees it running without its lease held
      return { id, startedAt }
    })
  }

  /** Runs the import; `committed` is false when strict mode rolled everything back (or dry run). */
  async run<T>(body: () => Promise<T>): Promise<{ result: T; committed: boolean }> {
    if (this.mode.dryRun) return { result: await body(), committed: false }
    if (!this.mode.strict) return { result: await body(), committed: true }
    try {
      const result = await immediate(this.ctx.db, async (tx) => {
        this.tx = tx
        const r = await body()
        if (this.failed) throw new Rollback(r)
        return r
      })
      return { result, committed: true }
    } catch (e) {
      if (e instanceof Rollback) return { result: e.result as T, committed: false }
      throw e
    } finally {
      this.tx = null
    }
  }

  /** One batch: a handle to read (and, when `write`, to write) with. */
  async batch<R>(fn: (q: Kysely<Database>, write: boolean) => Promise<R>): Promise<R> {
    if (this.mode.dryRun) return fn(this.ctx.db, false)
    if (this.mode.strict) return fn(this.tx!, !this.failed)
    return immediate(this.ctx.db, (tx) => fn(tx, true))
  }
}

class Rollback {
  constructor(readonly result: unknown) {}
}
