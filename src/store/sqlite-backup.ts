import type BetterSqlite3 from 'better-sqlite3'
import type { CopyFault } from '../domain/messages/desk.js'
import { sqliteBinding, sqliteDriver } from './connection.js'

/** What `backup` copies and checks: rows of the busiest tables and the audit chain's last event. */
export interface BackupSnapshot {
  counts: { orders: number; events: number; stockMoves: number }
  /** The last audit event (null on an empty trail): keep its hash to prove later that history was not rewritten. */
  lastEvent: { id: number; hash: string } | null
}

/**
 * SQLite's online backup of the desk into `path`, in one read snapshot (WAL: writers are not
 * blocked) that also gives the counts the copy is checked against. All pages in one step, so
 * that the copy is this snapshot (a step-wise backup restarts when others write).
 */
export async function onlineBackup(source: BetterSqlite3.Database, path: string): Promise<BackupSnapshot> {
  source.exec('begin')
  try {
    const snapshot = snapshotOf(source)
    await source.backup(path, { progress: () => 0x7fffffff })
    return snapshot
  } finally {
    source.exec('commit')
  }
}

/** Opens the copy on its own, makes it one self-contained file (no -wal), and checks it against the snapshot; what is wrong, or null. */
export function checkBackupCopy(path: string, want: BackupSnapshot): CopyFault | null {
  const Driver = sqliteDriver()
  const copy = new Driver(path, { fileMustExist: true, nativeBinding: sqliteBinding() })
  try {
    copy.pragma('journal_mode = DELETE')
    const problems = (copy.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check)
    if (problems.length !== 1 || problems[0] !== 'ok') return { kind: 'integrity', problems }
    const got = snapshotOf(copy)
    for (const k of Object.keys(want.counts) as (keyof BackupSnapshot['counts'])[]) {
      if (got.counts[k] !== want.counts[k]) return { kind: 'count', table: k, copy: got.counts[k], desk: want.counts[k] }
    }
    if (got.lastEvent?.hash !== want.lastEvent?.hash) return { kind: 'lastEvent', copy: got.lastEvent?.id ?? null, desk: want.lastEvent?.id ?? null }
    return null
  } finally {
    copy.close()
  }
}

function snapshotOf(db: BetterSqlite3.Database): BackupSnapshot {
  const n = (q: string) => Number((db.prepare(q).pluck().get() as number | bigint | undefined) ?? 0)
  const last = db.prepare('select id, hash from events order by id desc limit 1').get() as { id: number; hash: string } | undefined
  return {
    counts: { orders: n('select count(*) from orders'), events: n('select count(*) from events'), stockMoves: n('select count(*) from stock_moves') },
    lastEvent: last ? { id: last.id, hash: last.hash } : null,
  }
}
