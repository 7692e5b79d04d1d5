import { statSync } from 'node:fs'
import { EnvironmentError, NoDeskError, RefusedError } from '../domain/errors.js'
import { msg } from '../domain/message.js'
import { openDesk, useWal } from './connection.js'
import { isPostgresUrl, maskUrl } from './database-url.js'
import { environmentError, notAFile, type DeskRef } from './environment.js'
import { LATEST_MIGRATION_HINT } from './migrations/latest.js'
import { appliedVersion, deskContents, schemaTooNew } from './schema-version.js'
import type { DeskAccess, Store } from './store-handle.js'

/**
 * Opens the desk for a command, by what the command does with it (issue 16 §10–§12):
 *
 * - `read`: read-only (SQLite opens the file read-only; PostgreSQL sessions are read-only), no
 *   journal-mode switch, no migration — a desk with the current schema is not changed at all,
 *   and a read-only backup (rollback journal) reads. An older schema is refused (exit 4, run
 *   `orderdesk init`) unless `olderSchemaOk` (backup copies it as it is).
 * - `write`: the desk is switched to WAL and migrated if older — after the schema check.
 * - `init`: as `write`, and creates the file (and its folder), or the schema in an empty database.
 *
 * Everywhere: a path where no file exists or an empty database is no desk (exit 3, only `init`
 * creates one); a database written by a newer orderdesk is refused before anything is written
 * (exit 4); what the environment refuses (a folder, not a database, permissions, a read-only
 * or full disk, the server) is exit 6 naming the file. One query on an up-to-date desk, as before.
 *
 * @example
 * const store = await openDeskFor(databasePath(opts), { busyTimeoutMs: 10_000, access: 'read' })
 */
export async function openDeskFor(target: string, opts: { busyTimeoutMs: number; access: DeskAccess; olderSchemaOk?: boolean }): Promise<Store> {
  const pg = isPostgresUrl(target)
  const desk: DeskRef = { path: pg ? maskUrl(target) : target, access: opts.access }
  if (!pg && target !== ':memory:') checkPath(target, opts.access)
  let store: Store | undefined
  try {
    store = await openDesk(target, opts)
    await readySchema(store, desk, opts.olderSchemaOk === true)
    return store
  } catch (e) {
    await store?.close().catch(() => {})
    throw environmentError(e, desk) ?? e
  }
}

/** No file: no desk (unless `init`); a folder: not a desk file. One stat, before SQLite is asked. */
function checkPath(path: string, access: DeskAccess): void {
  let st
  try {
    st = statSync(path)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e)
    if (code === 'ENOENT') {
      if (access !== 'init') throw new NoDeskError(path, 'no_file')
      return
    }
    throw new EnvironmentError(msg('desk.pathUnreachable', { path, code }), code === 'EACCES' ? 'permission_denied' : 'cannot_open', { database: path })
  }
  if (st.isDirectory()) throw notAFile(path)
}

/** The schema check, then (writers) WAL and the migrations. */
async function readySchema(store: Store, desk: DeskRef, olderSchemaOk: boolean): Promise<void> {
  let current = await appliedVersion(store.db)
  if (current === LATEST_MIGRATION_HINT) {
    if (desk.access !== 'read' && store.sqlite) useWal(store.sqlite)
    return
  }
  if (current === null) {
    const contents = await deskContents(store.db)
    if (contents === 'foreign') {
      throw new EnvironmentError(msg('desk.notADesk', { database: desk.path, engine: store.dialect }), 'not_a_desk', { database: desk.path })
    }
    if (contents === 'empty' && desk.access !== 'init') throw new NoDeskError(desk.path, 'empty')
    if (contents === 'desk') current = await appliedVersion(store.db) // another process is making it right now
  }
  const { LATEST_MIGRATION, runMigrations } = await import('./run-migrations.js')
  if (current !== null && current > LATEST_MIGRATION) throw schemaTooNew(current, LATEST_MIGRATION)
  const older = current !== LATEST_MIGRATION
  if (desk.access === 'read') {
    if (older && !olderSchemaOk) {
      const latest = LATEST_MIGRATION
      throw new RefusedError(msg('desk.schemaTooOld', { database: desk.path, current, latest }), 'schema_too_old', { database: desk.path, schema: current, latest })
    }
    return
  }
  if (store.sqlite) useWal(store.sqlite)
  if (older) await runMigrations(store.db)
}
