import type { Kysely } from 'kysely'
import type { Database } from '../store/schema.js'
import { immediate, type Tx } from '../store/transaction.js'
import type { ServiceContext } from './context.js'

/**
 * How an import's batches meet the database:
 * - normal: each batch is its own `BEGIN IMMEDIATE` transaction (other clerks get the lock
 *   between batches; what was committed stays if a later part of the file is bad);
 * - `--strict`: the whole run is one transaction, rolled back when anything was rejected or
 *   conflicted — nothing is imported;
 * - `--dry-run`: reads only, writes nothing.
 */
export class ImportTransactions {
  /** Set by the importer when something was rejected or conflicted (strict mode stops writing). */
  failed = false
  private tx: Tx | null = null

  constructor(
    private readonly ctx: ServiceContext,
    readonly mode: { dryRun: boolean; strict: boolean },
  ) {}

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
