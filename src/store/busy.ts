import { BusyError } from '../domain/errors.js'

/**
 * PostgreSQL SQLSTATEs that mean "another writer holds what we need; try again": a
 * serialization failure, a deadlock, a lock not obtained within lock_timeout, the server
 * out of connection slots.
 */
const PG_BUSY = new Set(['40001', '40P01', '55P03', '53300'])

/** True for SQLite's "database is locked/busy" errors and PostgreSQL's lock timeouts/conflicts. */
export function isBusy(e: unknown): boolean {
  const code = (e as { code?: string } | null)?.code
  return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED' || code === 'SQLITE_BUSY_SNAPSHOT' || (typeof code === 'string' && PG_BUSY.has(code))
}

/**
 * Runs `fn`, retrying while SQLite reports busy in ways the busy timeout cannot wait out
 * (a deferred transaction upgrading to a writer). Gives up with BusyError (exit 5).
 */
export async function retryBusy<T>(fn: () => Promise<T>, attempts = 50): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await fn()
    } catch (e) {
      if (!isBusy(e)) throw e
      if (i >= attempts) throw new BusyError()
      await new Promise((r) => setTimeout(r, 20 + Math.random() * 80))
    }
  }
}
