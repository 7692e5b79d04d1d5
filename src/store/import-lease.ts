import { chmodSync, existsSync, rmSync } from 'node:fs'
import type BetterSqlite3 from 'better-sqlite3'
import { sql, type Kysely } from 'kysely'
import { EnvironmentError } from '../domain/errors.js'
import { msg } from '../domain/message.js'
import { sqliteBinding, sqliteDriver, type Store } from './connection.js'
import { dialectOf } from './dialect.js'
import type { Database } from './schema.js'
import type { Tx } from './transaction.js'

/**
 * Whether an import batch the desk records as `running` really is running: its process holds
 * a lock that is dropped the moment the process ends, however it ends (finished, crashed,
 * `kill -9`, power cut) — by the kernel on SQLite, by the server on PostgreSQL. It is the rule
 * SQLite itself uses to tell a hot journal (its writer died) from a live one, and it needs no
 * clock: a slow, paused or lock-waiting import is still running, a dead one is not, whatever
 * its age. (A process id can be reused and is per host and per container; a lease timestamp
 * needs a timeout that a slow machine or a long `--strict` transaction outlives.)
 *
 * - SQLite: the lock file `<desk>-import-<batch>.lock` beside the desk, an empty SQLite file on
 *   which the importing process holds a write lock (RESERVED) for its whole run; removed at
 *   the end of the run, or by the run that finds it abandoned.
 * - PostgreSQL: the session advisory lock (PG_IMPORT_LOCK, batch id) on a connection the
 *   import keeps for its whole run.
 *
 * The lease is taken inside the transaction that creates the batch row, before it commits,
 * and given up only after the batch's last write committed; `held` runs inside a write
 * transaction. So no other process can see the row `running` while its lease is free, unless
 * its process is gone.
 */
export interface BatchLeases {
  /** Takes batch `id`'s lease for this process (inside the transaction that inserts the row). */
  take(id: number): Promise<void>
  /** Inside the write transaction `tx`: does a live process hold batch `id`'s lease? */
  held(tx: Tx, id: number): Promise<boolean>
  /** Removes what the dead holder of batch `id` left behind, once the batch is marked. */
  forget(id: number): void
}

/** The first key of the import leases' advisory locks on PostgreSQL ("IMPT"); the second is the batch id. */
export const PG_IMPORT_LOCK = 0x494d5054

/**
 * Runs `body` with this process's batch leases on the desk `store`, given up when it returns
 * or throws. On PostgreSQL one pooled connection is kept for the leases meanwhile.
 *
 * @example
 * await withBatchLeases(ctx.store, async (leases) => { ...; await leases.take(batchId); ... })
 */
export async function withBatchLeases<T>(store: Store, body: (leases: BatchLeases) => Promise<T>): Promise<T> {
  if (dialectOf(store.db) === 'postgres') {
    return store.db.connection().execute(async (conn) => {
      const leases = new PgLeases(conn)
      try {
        return await body(leases)
      } finally {
        await leases.release()
      }
    })
  }
  const sqlite = store.sqlite
  const leases = new FileLeases(sqlite?.name && sqlite.name !== ':memory:' ? sqlite.name : null)
  try {
    return await body(leases)
  } finally {
    leases.release()
  }
}

class PgLeases implements BatchLeases {
  private readonly mine: number[] = []
  constructor(private readonly conn: Kysely<Database>) {}

  async take(id: number): Promise<void> {
    const r = await sql<{ ok: boolean }>`select pg_try_advisory_lock(${PG_IMPORT_LOCK}::int, ${id}::int) as ok`.execute(this.conn)
    if (!r.rows[0]?.ok) throw new Error(`the lease of import batch ${id} is held by another session`)
    this.mine.push(id)
  }

  async held(tx: Tx, id: number): Promise<boolean> {
    // a transaction-level lock: let go again when the caller's transaction ends
    const r = await sql<{ free: boolean }>`select pg_try_advisory_xact_lock(${PG_IMPORT_LOCK}::int, ${id}::int) as free`.execute(tx)
    return !r.rows[0]?.free
  }

  forget(): void {}

  async release(): Promise<void> {
    for (const id of this.mine.splice(0)) {
      // the connection goes back to the pool: a session lock must be let go explicitly
      await sql`select pg_advisory_unlock(${PG_IMPORT_LOCK}::int, ${id}::int)`.execute(this.conn).catch(() => {})
    }
  }
}

class FileLeases implements BatchLeases {
  private readonly mine = new Map<number, BetterSqlite3.Database>()
  /** `desk`: the desk's file; null for an in-memory desk (no other process can see it). */
  constructor(private readonly desk: string | null) {}

  private path(id: number): string {
    return `${this.desk}-import-${id}.lock`
  }

  async take(id: number): Promise<void> {
    if (!this.desk) return
    const path = this.path(id)
    const fresh = !existsSync(path)
    const Driver = sqliteDriver()
    let h: BetterSqlite3.Database | null = null
    try {
      h = new Driver(path, { timeout: 0, nativeBinding: sqliteBinding() })
      // another clerk's run that finds it abandoned must be able to lock and remove it
      if (fresh) tryChmod(path, 0o660)
      // nothing is ever written: no journal file beside it either
      h.pragma('journal_mode = memory')
      h.exec('begin immediate')
    } catch (e) {
      h?.close()
      throw new EnvironmentError(msg('import.lockFile', { path, reason: (e as Error).message }), 'lock_file', { file: path })
    }
    this.mine.set(id, h)
  }

  async held(_tx: Tx, id: number): Promise<boolean> {
    if (!this.desk) return false
    const path = this.path(id)
    if (!existsSync(path)) return false // never taken (a version without leases) or already removed
    const Driver = sqliteDriver()
    let h: BetterSqlite3.Database
    try {
      h = new Driver(path, { timeout: 0, fileMustExist: true, nativeBinding: sqliteBinding() })
    } catch {
      if (!existsSync(path)) return false
      return true // cannot tell (permissions): leave it running rather than take a live run for dead
    }
    try {
      h.exec('begin immediate')
      h.exec('rollback')
      return false
    } catch {
      return true // busy: its process lives; anything else: cannot tell, so the same
    } finally {
      h.close()
    }
  }

  forget(id: number): void {
    if (this.desk) rmSync(this.path(id), { force: true })
  }

  release(): void {
    for (const [id, h] of this.mine) {
      try {
        h.close()
      } finally {
        rmSync(this.path(id), { force: true })
      }
    }
    this.mine.clear()
  }
}

function tryChmod(path: string, mode: number): void {
  try {
    chmodSync(path, mode)
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EPERM') throw e
  }
}
