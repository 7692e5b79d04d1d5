import type BetterSqlite3 from 'better-sqlite3'

/**
 * Connection settings for a bulk load (`orderdesk import`) on SQLite, undone by the function
 * it returns.
 *
 * `wal_autocheckpoint`: SQLite copies the WAL back into the database (and syncs it) every
 * 1,000 pages by default; a big import rewrites the same index pages at every one of those
 * checkpoints. 16,384 pages (64 MB of WAL) between them took a 1,000,000-line import from 40 s
 * to 30 s on the dev machine (README, Batch import). The page cache stays as it is (16 MB):
 * 32 MB was no faster in the real import and added 24 MB to its peak memory.
 *
 * The setting is this connection's only; other clerks' connections keep theirs, and the WAL
 * still goes back into the database at the next checkpoint (at the latest when the last
 * connection closes).
 *
 * @example
 * const restore = bulkLoadSettings(store.sqlite)
 * try { ...batches... } finally { restore() }
 */
export function bulkLoadSettings(sqlite: BetterSqlite3.Database | null): () => void {
  if (!sqlite) return () => {}
  const checkpoint = sqlite.pragma('wal_autocheckpoint', { simple: true }) as number
  sqlite.pragma(`wal_autocheckpoint = ${BULK_CHECKPOINT_PAGES}`)
  return () => {
    sqlite.pragma(`wal_autocheckpoint = ${Math.trunc(checkpoint)}`)
  }
}

/** Pages of WAL between automatic checkpoints during a bulk load. */
export const BULK_CHECKPOINT_PAGES = 16_384
