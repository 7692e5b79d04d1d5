import type BetterSqlite3 from 'better-sqlite3'

/**
 * Connection settings for a bulk load (`orderdesk import`) on SQLite, undone by the function
 * it returns.
 *
 * - `wal_autocheckpoint`: SQLite copies the WAL back into the database (and syncs it) every
 *   1,000 pages by default; a big import rewrites the same index pages at every one of those
 *   checkpoints. 16,384 pages (64 MB of WAL) between them took the write side of a
 *   1,000,000-line import from 33 s to 25 s on the dev machine (README, Batch import).
 * - `cache_size`: 32 MB of page cache instead of 2 MB keeps the indexes' hot pages in memory
 *   (another 2 s there); it is only filled as far as the import needs it.
 *
 * Both are settings of this connection only; other clerks' connections keep theirs, and the
 * WAL still goes back into the database at the next checkpoint (at the latest when the last
 * connection closes).
 *
 * @example
 * const restore = bulkLoadSettings(store.sqlite)
 * try { ...batches... } finally { restore() }
 */
export function bulkLoadSettings(sqlite: BetterSqlite3.Database | null): () => void {
  if (!sqlite) return () => {}
  const checkpoint = sqlite.pragma('wal_autocheckpoint', { simple: true }) as number
  const cache = sqlite.pragma('cache_size', { simple: true }) as number
  sqlite.pragma(`wal_autocheckpoint = ${BULK_CHECKPOINT_PAGES}`)
  sqlite.pragma(`cache_size = ${-BULK_CACHE_KIB}`)
  return () => {
    sqlite.pragma(`wal_autocheckpoint = ${Math.trunc(checkpoint)}`)
    sqlite.pragma(`cache_size = ${Math.trunc(cache)}`)
  }
}

/** Pages of WAL between automatic checkpoints during a bulk load. */
export const BULK_CHECKPOINT_PAGES = 16_384
/** Page cache during a bulk load, in KiB. */
export const BULK_CACHE_KIB = 32_768
