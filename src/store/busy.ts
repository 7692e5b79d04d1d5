
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
