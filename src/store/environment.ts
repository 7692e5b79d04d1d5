import { accessSync, closeSync, constants, existsSync, openSync, readSync, statSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { EnvironmentError, OrderdeskError } from '../domain/errors.js'
import type { DeskAccess } from './connection.js'

/** The desk a command has open, for messages that name it. */
export interface DeskRef {
  /** The file path, or the PostgreSQL URL with the password masked. */
  path: string
  /** What the command does with it: a `read` that tries to write is a bug, not the environment. */
  access: DeskAccess
}

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
  const code = (e as { code?: unknown } | null)?.code
  const message = e instanceof Error ? e.message : String(e)
  if (typeof code === 'string' && code.startsWith('SQLITE_')) return sqliteProblem(code, message, desk)
  if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) && typeof (e as { severity?: unknown }).severity === 'string') return pgProblem(code, message, desk)
  const syscall = (e as { syscall?: unknown } | null)?.syscall
  if (typeof code === 'string' && typeof syscall === 'string') return systemProblem(code, syscall, (e as { path?: string }).path, desk)
  // the pg driver says this without a code when the server goes away mid-command
  if (/^Connection terminated/.test(message)) return lost(message, desk)
  return null
}

const details = (desk?: DeskRef) => (desk ? { database: desk.path } : undefined)

function full(where: string, said: string, desk?: DeskRef): EnvironmentError {
  return new EnvironmentError(`the disk holding ${where} is full (${said}): the change under way was not written; free space there and run the command again`, 'disk_full', details(desk))
}

function lost(said: string, desk?: DeskRef): EnvironmentError {
  return new EnvironmentError(
    `lost the connection to the database${desk ? ` ${desk.path}` : ''} (${said}); check the server and run the command again`,
    'db_unavailable',
    details(desk),
  )
}

function sqliteProblem(code: string, said: string, desk?: DeskRef): EnvironmentError | null {
  const where = desk?.path ?? 'the database'
  if (code === 'SQLITE_FULL') return full(where, code, desk)
  if (code === 'SQLITE_NOTADB') {
    return new EnvironmentError(`${where} is not a database (SQLite: ${said}); check --db or ORDERDESK_DB, which must name an orderdesk desk file`, 'not_a_database', details(desk))
  }
  if (code.startsWith('SQLITE_CORRUPT')) {
    return new EnvironmentError(`${where} is damaged (SQLite: ${said}); restore it from the last backup (docs/safety.md, Restore)`, 'damaged', details(desk))
  }
  const readonly = code.startsWith('SQLITE_READONLY')
  if (!readonly && !code.startsWith('SQLITE_CANTOPEN') && !code.startsWith('SQLITE_IOERR') && code !== 'SQLITE_PERM') return null
  // a command that only reads opened the desk read-only: its trying to write is orderdesk's bug
  if (code === 'SQLITE_READONLY' && desk?.access === 'read') return null
  const why = desk && explainFile(desk)
  if (why) return why
  if (readonly) return new EnvironmentError(`cannot write ${where}: it is read-only (SQLite: ${said})`, 'read_only', details(desk))
  if (code.startsWith('SQLITE_IOERR')) {
    return new EnvironmentError(`a disk I/O error on ${where} (SQLite ${code}: ${said}); check the disk, and restore the desk from a backup if it is damaged`, 'io_error', details(desk))
  }
  return new EnvironmentError(`cannot open ${where} (SQLite: ${said})`, 'cannot_open', details(desk))
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

const because = (code: string) => `${code}${code === 'EROFS' ? ': a read-only file system' : ''}`

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
  if (reach && reach !== 'ENOENT') return new EnvironmentError(`cannot reach ${path} (${because(reach)}); a folder on the way refuses this user`, 'permission_denied', d)
  const dir = dirname(path)
  const folder = refused(() => accessSync(dir, constants.W_OK))
  if (reach) {
    return access === 'init' && folder
      ? new EnvironmentError(`cannot create ${path}: this user cannot write the folder ${dir} (${because(folder)}); create the desk where the desk's group may write`, 'read_only', d)
      : null
  }
  if (statSync(path).isDirectory()) return notAFile(path)
  const read = refused(() => accessSync(path, constants.R_OK))
  if (read) return new EnvironmentError(`permission denied: this user cannot read ${path} (${because(read)}); ask for access to the desk (its clerks share one group, mode 0660)`, 'permission_denied', d)
  const shm = `${path}-shm`
  if (folder && inWalMode(path) && (!existsSync(shm) || refused(() => accessSync(shm, constants.R_OK | constants.W_OK)))) {
    return new EnvironmentError(
      `cannot read ${path}: it is in WAL mode and this user cannot write its folder ${dir}, where SQLite keeps ${basename(path)}-shm even for reading; make the folder writable for the desk's group, or read a backup of the desk (one file that reads anywhere)`,
      'read_only',
      d,
    )
  }
  if (access === 'read') return null
  const file = refused(() => accessSync(path, constants.W_OK))
  const which = file ? `${path} is read-only for this user (${because(file)})` : folder ? `the folder ${dir} of ${path} is read-only for this user (${because(folder)})` : null
  if (!which) return null
  return new EnvironmentError(`${which}: this command writes to the desk; run it where the desk and its folder are writable (mode 0660, folder 0770)`, 'read_only', d)
}

/** A folder named as the desk. */
export function notAFile(path: string): EnvironmentError {
  return new EnvironmentError(`${path} is a folder, not a database file; name the desk file, e.g. --db ${join(path, 'orderdesk.db')}`, 'not_a_file', { database: path })
}

/** PostgreSQL SQLSTATEs of the environment: the server, its disk, its rights — not the query. */
function pgProblem(code: string, said: string, desk?: DeskRef): EnvironmentError | null {
  const where = desk?.path ?? 'the database'
  if (code === '53100') return full(where, `${code}: ${said}`, desk)
  if (code.startsWith('08') || ['57P01', '57P02', '57P03', '53000', '53200', '53400', '58000', '58030'].includes(code)) return lost(`${code}: ${said}`, desk)
  if (code === '42501') {
    return new EnvironmentError(`${where === 'the database' ? where : `the database ${where}`} refused: ${said} (${code}); the desk's database role needs read and write rights on the desk's tables`, 'permission_denied', details(desk))
  }
  if (code === '25006' && desk?.access !== 'read') {
    return new EnvironmentError(`cannot write ${where}: the server accepts only reads (${said}, ${code}); point ORDERDESK_DB at the primary server`, 'read_only', details(desk))
  }
  if (code === 'XX001' || code === 'XX002') {
    return new EnvironmentError(`${where} is damaged (${code}: ${said}); restore it from the last backup (pg_restore)`, 'damaged', details(desk))
  }
  return null
}

const SYSTEM: Record<string, string> = {
  ENOSPC: 'no space left on the disk',
  EDQUOT: 'the disk quota is used up',
  EACCES: 'permission denied',
  EPERM: 'not permitted',
  EROFS: 'a read-only file system',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of the path is not a folder',
  EIO: 'a disk I/O error',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
  EFBIG: 'the file is too large for this file system',
}
const VERBS: Record<string, string> = { mkdir: 'create the folder', stat: 'reach', lstat: 'reach', scandir: 'list', unlink: 'remove', rmdir: 'remove', copyfile: 'copy to', link: 'link' }
const NETWORK = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN'])

/** An error of a system call (file system, network): what was refused, and where. */
function systemProblem(code: string, syscall: string, path: string | undefined, desk?: DeskRef): EnvironmentError | null {
  if (NETWORK.has(code)) return lost(`${code}, ${syscall}`, desk)
  const reason = SYSTEM[code]
  if (!reason) return null
  const fix = code === 'ENOSPC' || code === 'EDQUOT' ? '; free space there and run it again' : ''
  return new EnvironmentError(`cannot ${VERBS[syscall] ?? syscall}${path ? ` ${path}` : ''}: ${reason} (${code})${fix}`, code === 'ENOSPC' || code === 'EDQUOT' ? 'disk_full' : 'file_refused', path ? { file: path } : undefined)
}
