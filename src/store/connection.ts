import { chmodSync, existsSync, mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { createRequire } from 'node:module'
import { Kysely, SqliteDialect } from 'kysely'
import type BetterSqlite3 from 'better-sqlite3'
import { isPostgresUrl } from './database-url.js'
import type { Database } from './schema.js'
import type { DeskAccess, Store } from './store-handle.js'

// what the services' door to the desk (services/desk.ts, context.ts) takes from here
export type { DeskAccess, Store } from './store-handle.js'
export { isPostgresUrl } from './database-url.js'

const require = createRequire(import.meta.url)

/** The better-sqlite3 driver (loaded at run time: a native module, outside the bundle). */
export function sqliteDriver(): typeof BetterSqlite3 {
  return require('better-sqlite3') as typeof BetterSqlite3
}

let binding: string | null | undefined

/**
 * The driver's compiled addon, named directly: left to itself better-sqlite3 finds it with the
 * `bindings` package, which probes a dozen paths on every start (~10 ms of a clerk's command).
 * Null (let it search) if the package is laid out differently.
 */
export function sqliteBinding(): string | undefined {
  if (binding === undefined) {
    const file = join(dirname(require.resolve('better-sqlite3/package.json')), 'build', 'Release', 'better_sqlite3.node')
    binding = existsSync(file) ? file : null
  }
  return binding ?? undefined
}

/** chmod, ignoring a file another user created at the same moment (theirs to set). */
function tryChmod(path: string, mode: number): void {
  try {
    chmodSync(path, mode)
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EPERM') throw e
  }
}

/**
 * Opens the desk database `target` names: a `postgres://` URL opens PostgreSQL (the `pg`
 * driver is loaded only then), anything else is a SQLite file path (see `openStore`). Only
 * opens: the schema check and the journal mode are `openDeskFor`'s (store/open-desk.ts).
 *
 * @example
 * const store = await openDesk(process.env.ORDERDESK_DB!, { busyTimeoutMs: 10_000, access: 'read' })
 */
export async function openDesk(target: string, opts: { busyTimeoutMs: number; access: DeskAccess }): Promise<Store> {
  if (isPostgresUrl(target)) {
    const { openPostgresStore } = await import('./connection-pg.js')
    return openPostgresStore(target, { busyTimeoutMs: opts.busyTimeoutMs, readonly: opts.access === 'read' })
  }
  return openStore(target, opts)
}

/**
 * Opens a SQLite desk database with a busy timeout: `read` read-only (SQLite itself refuses
 * any write, and nothing about the file changes — a backup stays byte for byte as it was),
 * `write` read-write, `init` read-write and creating the parent folder and file if needed (a
 * new folder is made 0770 and a new file 0660: readable and writable by owner and group — the
 * desk's clerks — only). The file must exist unless `init`. Writers then call `useWal`.
 *
 * @example
 * const store = openStore('/tmp/desk.db', { busyTimeoutMs: 5000, access: 'init' })
 */
export function openStore(path: string, opts: { busyTimeoutMs: number; access: DeskAccess }): Store {
  const isFile = path !== ':memory:' && path !== ''
  const create = opts.access === 'init'
  if (create && isFile && mkdirSync(dirname(path), { recursive: true }) !== undefined) tryChmod(dirname(path), 0o770)
  const isNew = create && isFile && !existsSync(path)
  const Driver = sqliteDriver()
  const sqlite = new Driver(path, {
    timeout: opts.busyTimeoutMs,
    nativeBinding: sqliteBinding(),
    readonly: opts.access === 'read',
    fileMustExist: !create && isFile,
  })
  if (isNew) tryChmod(path, 0o660) // before the -wal and -shm files exist: SQLite gives them the file's mode
  sqlite.pragma(`busy_timeout = ${Math.max(0, Math.floor(opts.busyTimeoutMs))}`)
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) })
  return {
    db,
    dialect: 'sqlite',
    sqlite,
    path,
    async close() {
      await db.destroy()
    },
  }
}

/**
 * Readies a SQLite connection for writing: WAL journaling (readers never wait for the writer),
 * foreign keys on, `synchronous = NORMAL`. Switching a desk to WAL is itself a write, so it
 * comes after the schema check (a newer desk is refused untouched).
 */
export function useWal(sqlite: BetterSqlite3.Database): void {
  if (sqlite.pragma('journal_mode', { simple: true }) !== 'wal') sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma('synchronous = NORMAL')
}
