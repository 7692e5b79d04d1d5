import { resolve } from 'node:path'
import type BetterSqlite3 from 'better-sqlite3'
import { EnvironmentError, OrderdeskError, RefusedError } from '../domain/errors.js'
import { isBusy } from '../store/busy.js'
import { sqliteBinding, sqliteDriver, type Store } from '../store/connection.js'
import { AtomicFile, checkOutput } from '../store/output-file.js'

export interface BackupCounts {
  orders: number
  events: number
  stockMoves: number
}

export interface BackupResult {
  file: string
  bytes: number
  /** Rows copied (the same in the copy as in the snapshot it was taken from). */
  counts: BackupCounts
  integrity: 'ok'
  /** The last audit event in the copy: keep its hash to prove later that history was not rewritten. */
  lastEvent: { id: number; hash: string } | null
  ms: number
}

/**
 * `backup <file>`: SQLite's online backup of the open desk while others go on writing. The
 * pages are copied in one step inside one read snapshot (WAL: writers are not blocked), into
 * a temporary file next to the target; the copy is switched to a single-file journal, then
 * checked (`PRAGMA integrity_check`, row counts and last audit event equal to the snapshot's)
 * and only then moved into place, 0660 like the desk. An existing file is replaced only with
 * `overwrite` (`--yes`).
 */
export async function backupDatabase(store: Store, file: string, opts: { overwrite: boolean }): Promise<BackupResult> {
  if (store.dialect === 'postgres' || !store.sqlite) {
    throw new RefusedError(
      `backup copies a SQLite desk; this desk is on PostgreSQL (${store.path}): back it up with pg_dump, e.g. \`pg_dump -Fc -f ${file} <database>\``,
      'backup_unsupported',
      { database: store.path },
    )
  }
  const started = Date.now()
  // never the desk or its -wal/-shm, a folder, or a file that is not an earlier backup; an existing one only with --yes
  const target = checkOutput(file, {
    field: 'file',
    label: 'the backup',
    desk: store.path === ':memory:' ? null : store.path,
    existing: 'ask',
    yes: opts.overwrite,
    database: true,
    folderHint: 'is a folder; name the backup file, e.g. orderdesk-2026-11-26.db',
    deskHint: 'is the desk database itself; back up to another file',
  })
  const out = AtomicFile.open(target)
  try {
    return await copyAndCheck(store, out, started)
  } catch (e) {
    throw asBackupFailure(e, out)
  } finally {
    out.abort() // after a commit: nothing left to remove
  }
}

/** The copy in one read snapshot, checked, then moved into place. */
async function copyAndCheck(store: Store, out: AtomicFile, started: number): Promise<BackupResult> {
  const source = store.sqlite!
  let snapshot: { counts: BackupCounts; lastEvent: BackupResult['lastEvent'] }
  out.release() // SQLite writes the temporary file by name
  source.exec('begin') // one read snapshot for the counts and the copy
  try {
    snapshot = { counts: counts(source), lastEvent: lastEvent(source) }
    // All pages in one step, so the copy is this snapshot (a step-wise backup restarts when others write).
    await source.backup(out.tmp, { progress: () => 0x7fffffff })
  } finally {
    source.exec('commit')
  }
  checkCopy(out.tmp, snapshot)
  const bytes = out.commit()
  return { file: resolve(out.target.given), bytes, counts: snapshot.counts, integrity: 'ok', lastEvent: snapshot.lastEvent, ms: Date.now() - started }
}

/** SQLite could not write or read back the copy (a full disk, an I/O error): exit 6 naming the file, not an internal error. */
function asBackupFailure(e: unknown, out: AtomicFile): unknown {
  if (e instanceof OrderdeskError || isBusy(e)) return e
  const code = (e as { code?: string }).code
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return e
  return new EnvironmentError(`cannot write the backup ${out.target.given}: ${code} (${(e as Error).message}); nothing was written`, 'write_failed', { file: out.target.given, errno: code })
}

function counts(db: BetterSqlite3.Database): BackupCounts {
  const n = (q: string) => Number((db.prepare(q).pluck().get() as number | bigint | undefined) ?? 0)
  return {
    orders: n('select count(*) from orders'),
    events: n('select count(*) from events'),
    stockMoves: n('select count(*) from stock_moves'),
  }
}

function lastEvent(db: BetterSqlite3.Database): BackupResult['lastEvent'] {
  const r = db.prepare('select id, hash from events order by id desc limit 1').get() as { id: number; hash: string } | undefined
  return r ? { id: r.id, hash: r.hash } : null
}

/** Opens the copy on its own, makes it one self-contained file, and checks it against the snapshot. */
function checkCopy(path: string, want: { counts: BackupCounts; lastEvent: BackupResult['lastEvent'] }): void {
  const Driver = sqliteDriver()
  const copy = new Driver(path, { fileMustExist: true, nativeBinding: sqliteBinding() })
  try {
    copy.pragma('journal_mode = DELETE')
    const problems = (copy.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check)
    if (problems.length !== 1 || problems[0] !== 'ok') fail(`integrity_check: ${problems.slice(0, 3).join('; ')}`)
    const got = counts(copy)
    for (const k of Object.keys(want.counts) as (keyof BackupCounts)[]) {
      if (got[k] !== want.counts[k]) fail(`${k}: ${got[k]} in the copy, ${want.counts[k]} in the desk`)
    }
    const last = lastEvent(copy)
    if (last?.hash !== want.lastEvent?.hash) fail(`last audit event #${last?.id} differs from the desk's #${want.lastEvent?.id}`)
  } finally {
    copy.close()
  }
}

function fail(what: string): never {
  throw new RefusedError(`the backup copy failed its check (${what}); nothing was written`, 'backup_check_failed')
}
