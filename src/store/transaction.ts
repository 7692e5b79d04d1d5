import { sql, type Kysely } from 'kysely'
import { BusyError } from '../domain/errors.js'
import { isBusy } from './busy.js'
import { armPgSealing, armSqliteSealing, lastEventId, sealPending } from './audit-seal.js'
import { dialectOf } from './dialect.js'
import type { Database } from './schema.js'
import type { Tx } from './tx.js'

export type { Tx } from './tx.js'

/**
 * The advisory lock every orderdesk write transaction on PostgreSQL takes first: the desk's
 * one "write lock" (the number spells ORDR). Held to the end of the transaction.
 */
export const PG_DESK_LOCK = 0x4f524452

/**
 * Runs `fn` in a write transaction that takes the write lock up front, so a read-then-write
 * decision cannot be overtaken by another process: `BEGIN IMMEDIATE` on SQLite; on
 * PostgreSQL `BEGIN` then `pg_advisory_xact_lock(PG_DESK_LOCK)` before any read, so writers
 * are serialized exactly as on SQLite (the audit chain stays linear, stock cannot be promised
 * twice). kysely's own `transaction()` issues a plain `BEGIN`; this runs ours on one connection.
 * Rolls back on any error; a lock held beyond the busy timeout becomes BusyError (exit 5).
 * Before it commits, the rows it wrote are sealed into its last audit event (store/audit-seal.ts),
 * so that `audit verify` can tell them from rows changed outside orderdesk; `seal: false` only
 * for the migrations (which seal what they must themselves) and `migrate-db` (a copy of rows
 * already sealed).
 *
 * @example
 * await immediate(db, async (tx) => { ...reads and writes...; await appendEvent(tx, ...) })
 */
export async function immediate<T>(db: Kysely<Database>, fn: (tx: Tx) => Promise<T>, opts: { seal?: boolean } = {}): Promise<T> {
  const pg = dialectOf(db) === 'postgres'
  const seal = opts.seal !== false
  if (seal && !pg) await armSqliteSealing(db)
  return db.connection().execute(async (conn) => {
    try {
      if (pg) {
        await sql`begin`.execute(conn)
        await sql`select pg_advisory_xact_lock(${PG_DESK_LOCK})`.execute(conn)
        if (seal) await armPgSealing(conn)
      } else {
        await sql`begin immediate`.execute(conn)
      }
    } catch (e) {
      if (pg) await sql`rollback`.execute(conn).catch(() => {})
      if (isBusy(e)) throw new BusyError()
      throw e
    }
    try {
      const eventsBefore = seal ? await lastEventId(conn) : 0
      const result = await fn(conn)
      if (seal) await sealPending(conn, eventsBefore)
      await sql`commit`.execute(conn)
      return result
    } catch (e) {
      try {
        await sql`rollback`.execute(conn)
      } catch {
        // the transaction may already be gone (e.g. SQLite rolled it back itself)
      }
      if (isBusy(e)) throw new BusyError()
      throw e
    }
  })
}

/**
 * Runs `fn` on one read snapshot: repeatable read on PostgreSQL (every query of `fn` sees the
 * same desk while others go on writing); a SQLite read transaction is one already.
 */
export async function readSnapshot<T>(db: Kysely<Database>, fn: (tx: Kysely<Database>) => Promise<T>): Promise<T> {
  return db.transaction().setIsolationLevel('repeatable read').execute(fn)
}
