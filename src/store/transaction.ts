import { sql, type Kysely } from 'kysely'
import { BusyError } from '../domain/errors.js'
import { isBusy } from './busy.js'
import type { Database } from './schema.js'

/** A handle bound to the one connection that holds the transaction. */
export type Tx = Kysely<Database>

/**
 * Runs `fn` in a write transaction that takes the write lock up front (`BEGIN IMMEDIATE`),
 * so a read-then-write decision cannot be overtaken by another process. kysely's own
 * `transaction()` issues a plain `BEGIN`; this runs ours on one connection.
 * Rolls back on any error; a lock held beyond the busy timeout becomes BusyError (exit 5).
 *
 * @example
 * await immediate(db, async (tx) => { ...reads and writes...; await appendEvent(tx, ...) })
 */
export async function immediate<T>(db: Kysely<Database>, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.connection().execute(async (conn) => {
    try {
      await sql`begin immediate`.execute(conn)
    } catch (e) {
      if (isBusy(e)) throw new BusyError()
      throw e
    }
    try {
      const result = await fn(conn)
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
