import { resolve } from 'node:path'
import { EnvironmentError, OrderdeskError, RefusedError } from '../domain/errors.js'
import { msg } from '../domain/message.js'
import { isBusy } from '../store/busy.js'
import { AtomicFile, checkOutput } from '../store/output-file.js'
import { checkBackupCopy, onlineBackup, type BackupSnapshot } from '../store/sqlite-backup.js'
import type { Store } from '../store/store-handle.js'

export interface BackupResult {
  file: string
  bytes: number
  /** Rows copied (the same in the copy as in the snapshot it was taken from). */
  counts: BackupSnapshot['counts']
  integrity: 'ok'
  /** The last audit event in the copy: keep its hash to prove later that history was not rewritten. */
  lastEvent: BackupSnapshot['lastEvent']
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
    throw new RefusedError(msg('desk.backupPostgres', { database: store.path, file }), 'backup_unsupported', { database: store.path })
  }
  const started = Date.now()
  // never the desk or its -wal/-shm, a folder, or a file that is not an earlier backup; an existing one only with --yes
  const target = checkOutput(file, {
    field: 'file',
    label: msg('desk.backupLabel', {}),
    desk: store.path === ':memory:' ? null : store.path,
    existing: 'ask',
    yes: opts.overwrite,
    database: true,
    folderHint: msg('desk.backupFolder', {}),
    deskHint: msg('desk.backupIsDesk', {}),
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
  out.release() // SQLite writes the temporary file by name
  const snapshot = await onlineBackup(store.sqlite!, out.tmp)
  const fault = checkBackupCopy(out.tmp, snapshot)
  if (fault) throw new RefusedError(msg('desk.backupCheckFailed', { fault }), 'backup_check_failed')
  const bytes = out.commit()
  return { file: resolve(out.target.given), bytes, counts: snapshot.counts, integrity: 'ok', lastEvent: snapshot.lastEvent, ms: Date.now() - started }
}

/** SQLite could not write or read back the copy (a full disk, an I/O error): exit 6 naming the file, not an internal error. */
function asBackupFailure(e: unknown, out: AtomicFile): unknown {
  if (e instanceof OrderdeskError || isBusy(e)) return e
  const code = (e as { code?: string }).code
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return e
  return new EnvironmentError(msg('desk.backupWriteFailed', { file: out.target.given, code, said: (e as Error).message }), 'write_failed', { file: out.target.given, errno: code })
}
