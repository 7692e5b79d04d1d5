import type { Store } from './connection.js'

/**
 * Connection settings for a bulk load (the import) on a SQLite desk, undone by the function
 * it returns; nothing on PostgreSQL (and for `null`: a dry run writes nothing).
 *
 * - `wal_autocheckpoint`: SQLite copies the WAL back into the database (and syncs it) every
 *   1,000 pages by default; a big import rewrites the same index pages at every one of those
 *   checkpoints. 16,384 pages (64 MB of WAL) between them took a 1,000,000-line import from
 *   40 s to 30 s on the dev machine (bench/README.md, Batch import).
 * - `cache_size`: 8 MB instead of better-sqlite3's 16 MB. The load walks its indexes at their
 *   ends, so a smaller cache was no slower, and it kept the import's peak memory near 210 MB
 *   at 1,000,000 lines, where 16 MB let it reach 218–277 MB (32 MB: no faster either).
 *
 * Both are this connection's only; other clerks' connections keep theirs, and the WAL still
 * goes back into the database at the next checkpoint (at the latest when the last connection
 * closes).
 *
 * @example
 * const restore = bulkLoadSettings(ctx.store)
 * try { ...batches... } finally { restore() }
 */
export function bulkLoadSettings(store: Pick<Store, 'sqlite'> | null): () => void {
  const sqlite = store?.sqlite
  if (!sqlite) return () => {}
  const checkpoint = sqlite.pragma('wal_autocheckpoint', { simple: true }) as number
  const cache = sqlite.pragma('cache_size', { simple: true }) as number
  sqlite.pragma(`wal_autocheckpoint = ${BULK_CHECKPOINT_PAGES}`)
  sqlite.pragma(`cache_size = ${-BULK_CACHE_KIB}`)
  return () => {
    sqlite.pragma(`cache_size = ${Math.trunc(cache)}`)
    sqlite.pragma(`wal_autocheckpoint = ${Math.trunc(checkpoint)}`)
  }
}

/** Pages of WAL between automatic checkpoints during a bulk load. */
export const BULK_CHECKPOINT_PAGES = 16_384
/** Page cache during a bulk load, in KiB. */
export const BULK_CACHE_KIB = 8_192
