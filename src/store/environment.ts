import { accessSync, closeSync, constants, existsSync, openSync, readSync, statSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { EnvironmentError, OrderdeskError } from '../domain/errors.js'
import { msg, say } from '../domain/message.js'
import type { StopKind, SystemCode } from '../domain/messages/desk.js'
import type { DeskAccess } from './store-handle.js'

/**
 * What the environment refuses — the disk, the file system, the database server — told apart
 * from bugs and from the user's input, in one place: `environmentError` for a command (exit 6,
 * one line naming the file and what to do), `environmentFailure` for the import, which ends its
 * run with a summary of what was committed when the environment stops a write half-way.
 */

/** The desk a command has open, for messages that name it. */
export interface DeskRef {
  /** The file path, or the PostgreSQL URL with the password masked. */
  path: string
  /** What the command does with it: a `read` that tries to write is a bug, not the environment. */
  access: DeskAccess
}

/** What a thrown driver or system error says of itself. */
interface Said {
  code: string
  message: string
  /** The system call a Node error names (file system, network). */
  syscall: string | null
  /** A PostgreSQL server error (a SQLSTATE and a severity). */
  pg: boolean
}

/** `e`'s own account; `message` from a thrown Error only (anything else as text) unless `anyMessage`. */
function said(e: unknown, anyMessage = false): Said {
  const err = e as { code?: unknown; syscall?: unknown; severity?: unknown; message?: unknown } | null
  const code = typeof err?.code === 'string' ? err.code : ''
  const message = e instanceof Error || (anyMessage && typeof err?.message === 'string') ? String(err!.message) : String(e)
  return {
    code,
    message,
    syscall: typeof err?.syscall === 'string' ? err.syscall : null,
    pg: /^[0-9A-Z]{5}$/.test(code) && typeof err?.severity === 'string',
  }
}

/** The pg driver says this without a code when the server goes away mid-command. */
const terminated = (message: string) => /^Connection terminated/.test(message)

/** PostgreSQL SQLSTATEs of a server that went away (or never came): the connection, not the query. */
const PG_GONE = ['57P01', '57P02', '57P03']
const PG_UNREACHABLE = [...PG_GONE, '53000', '53200', '53400', '58000', '58030']
const NETWORK = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN'])
const SYSTEM_CODES = new Set<string>(['ENOSPC', 'EDQUOT', 'EACCES', 'EPERM', 'EROFS', 'EISDIR', 'ENOTDIR', 'EIO', 'EMFILE', 'ENFILE', 'EFBIG'] satisfies SystemCode[])
const diskFull = (code: string) => code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT' || code === '53100'

/**
 * What the environment refused, as one line naming the file and what to do (exit 6): SQLite's
 * full disk, not-a-database, read-only, cannot-open and I/O errors; PostgreSQL's full disk,
 * lost connections, missing privileges; the file system's ENOSPC, EACCES, EROFS and the like.
 * Null for anything else (a bug stays an internal error). With `desk`, a failure to open or
 * write it is explained from the file system (a folder, no read permission, a WAL desk in a
 * folder this user cannot write) — only on this error path, so opening costs nothing more.
 *
 * @example
 * catch (e) { throw environmentError(e, { path: store.path, access: 'write' }) ?? e }
 */
export function environmentError(e: unknown, desk?: DeskRef): EnvironmentError | null {
  if (e instanceof OrderdeskError) return null // already said
  const s = said(e)
  if (s.code.startsWith('SQLITE_')) return sqliteProblem(s, desk)
  if (s.pg) return pgProblem(s, desk)
  if (s.code && s.syscall) return systemProblem(s, (e as { path?: string }).path, desk)
  if (terminated(s.message)) return lost(s.message, desk)
  return null
}

/**
 * Errors with which the environment stops a write half-way — the disk is full, the disk or
 * file system fails, the desk became read-only, the database server went away — as opposed
 * to bugs and the user's input. The import uses this to end its run with a summary of what
 * was committed (exit 6) instead of an internal error.
 */
export interface EnvironmentFailure {
  code: StopKind
  /** In words, with the driver's own message. */
  reason: string
}

/** What stopped the write, or null when `e` is not an environment failure. */
export function environmentFailure(e: unknown): EnvironmentFailure | null {
  const { code, message } = said(e, true)
  const kind = stopKind(code, message)
  return kind ? { code: kind, reason: say(msg('desk.stopped', { kind, said: message })) } : null
}

function stopKind(code: string, message: string): StopKind | null {
  if (diskFull(code)) return 'disk_full'
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO' || code === '58030') return 'io_error'
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS' || code === '25006') return 'read_only'
  if (PG_GONE.includes(code) || (code.startsWith('08') && code.length === 5) || terminated(message) || code === 'ECONNRESET') return 'connection_lost'
  return null
}

const details = (desk?: DeskRef) => (desk ? { database: desk.path } : undefined)
const named = (desk?: DeskRef) => desk?.path ?? null

function full(said: string, desk?: DeskRef): EnvironmentError {
  return new EnvironmentError(msg('desk.diskFull', { database: named(desk), said }), 'disk_full', details(desk))
}

function lost(said: string, desk?: DeskRef): EnvironmentError {
  return new EnvironmentError(msg('desk.connectionLost', { database: named(desk), said }), 'db_unavailable', details(desk))
}

function sqliteProblem({ code, message: said }: Said, desk?: DeskRef): EnvironmentError | null {
  const database = named(desk)
  if (code === 'SQLITE_FULL') return full(code, desk)
  if (code === 'SQLITE_NOTADB') return new EnvironmentError(msg('desk.notADatabase', { database, said }), 'not_a_database', details(desk))
  if (code.startsWith('SQLITE_CORRUPT')) return new EnvironmentError(msg('desk.damaged', { database, said, engine: 'sqlite', code }), 'damaged', details(desk))
  const readonly = code.startsWith('SQLITE_READONLY')
  if (!readonly && !code.startsWith('SQLITE_CANTOPEN') && !code.startsWith('SQLITE_IOERR') && code !== 'SQLITE_PERM') return null
  // a command that only reads opened the desk read-only: its trying to write is the program's bug
  if (code === 'SQLITE_READONLY' && desk?.access === 'read') return null
  const why = desk && explainFile(desk)
  if (why) return why
  if (readonly) return new EnvironmentError(msg('desk.readOnly', { database, said }), 'read_only', details(desk))
  if (code.startsWith('SQLITE_IOERR')) return new EnvironmentError(msg('desk.ioError', { database, said, code }), 'io_error', details(desk))
  return new EnvironmentError(msg('desk.cannotOpen', { database, said }), 'cannot_open', details(desk))
}

/** The errno a check of the file system gives, or null when it passes. */
function refused(check: () => void): string | null {
  try {
    check()
    return null
  } catch (e) {
    return (e as NodeJS.ErrnoException).code ?? 'EACCES'
  }
}

/** SQLite's header says WAL (bytes 18 and 19 are 2): its readers need the -shm file beside it. */
function inWalMode(path: string): boolean {
  let fd: number | undefined
  try {
    fd = openSync(path, 'r')
    const b = Buffer.alloc(20)
    return readSync(fd, b, 0, 20, 0) === 20 && b[18] === 2 && b[19] === 2
  } catch {
    return false
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

/**
 * Why SQLite could not open or write the desk file, told from the file system: not there (a
 * folder on the way refused), a folder, not readable, a WAL desk whose folder this user cannot
 * write (SQLite keeps the -shm file there even for readers), read-only for a command that writes.
 */
function explainFile({ path, access }: DeskRef): EnvironmentError | null {
  const d = { database: path }
  const reach = refused(() => statSync(path))
  if (reach && reach !== 'ENOENT') return new EnvironmentError(msg('desk.folderRefuses', { path, code: reach }), 'permission_denied', d)
  const folder = dirname(path)
  const folderRefuses = refused(() => accessSync(folder, constants.W_OK))
  if (reach) {
    return access === 'init' && folderRefuses ? new EnvironmentError(msg('desk.cannotCreate', { path, folder, code: folderRefuses }), 'read_only', d) : null
  }
  if (statSync(path).isDirectory()) return notAFile(path)
  const read = refused(() => accessSync(path, constants.R_OK))
  if (read) return new EnvironmentError(msg('desk.cannotRead', { path, code: read }), 'permission_denied', d)
  const shm = `${path}-shm`
  if (folderRefuses && inWalMode(path) && (!existsSync(shm) || refused(() => accessSync(shm, constants.R_OK | constants.W_OK)))) {
    return new EnvironmentError(msg('desk.walFolderReadOnly', { path, folder, file: basename(path) }), 'read_only', d)
  }
  if (access === 'read') return null
  const file = refused(() => accessSync(path, constants.W_OK))
  if (!file && !folderRefuses) return null
  const which = file ? 'file' : 'folder'
  return new EnvironmentError(msg('desk.notWritable', { path, folder, which, code: (file ?? folderRefuses)! }), 'read_only', d)
}

/** A folder named as the desk. */
export function notAFile(path: string): EnvironmentError {
  return new EnvironmentError(msg('desk.folder', { path, example: join(path, 'orderdesk.db') }), 'not_a_file', { database: path })
}

/** PostgreSQL SQLSTATEs of the environment: the server, its disk, its rights — not the query. */
function pgProblem({ code, message }: Said, desk?: DeskRef): EnvironmentError | null {
  const database = named(desk)
  if (code === '53100') return full(`${code}: ${message}`, desk)
  if (code.startsWith('08') || PG_UNREACHABLE.includes(code)) return lost(`${code}: ${message}`, desk)
  if (code === '42501') return new EnvironmentError(msg('desk.pgPermission', { database, said: message, code }), 'permission_denied', details(desk))
  if (code === '25006' && desk?.access !== 'read') return new EnvironmentError(msg('desk.pgReadOnly', { database, said: message, code }), 'read_only', details(desk))
  if (code === 'XX001' || code === 'XX002') return new EnvironmentError(msg('desk.damaged', { database, said: message, engine: 'postgres', code }), 'damaged', details(desk))
  return null
}

/** An error of a system call (file system, network): what was refused, and where. */
function systemProblem({ code, syscall }: Said, path: string | undefined, desk?: DeskRef): EnvironmentError | null {
  if (NETWORK.has(code)) return lost(`${code}, ${syscall}`, desk)
  if (!SYSTEM_CODES.has(code)) return null
  return new EnvironmentError(
    msg('desk.systemRefused', { syscall: syscall!, path: path ?? null, code: code as SystemCode }),
    diskFull(code) ? 'disk_full' : 'file_refused',
    path ? { file: path } : undefined,
  )
}
