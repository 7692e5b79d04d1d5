import { randomBytes } from 'node:crypto'
import {
  closeSync,
  fchmodSync,
  fstatSync,
  fsyncSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  readlinkSync,
  readSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  unlinkSync,
  writeSync,
  type Stats,
} from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { EnvironmentError, OrderdeskError, RefusedError, ValidationError } from '../domain/errors.js'
import { msg, type Msg } from '../domain/message.js'

/**
 * Every file a command writes (`--errors`, `--out`, `backup`) goes through here: the path is
 * checked before anything happens (`checkOutput`), then the file is written to a temporary file
 * beside it, flushed to disk and renamed into place (`AtomicFile`), so that a crash leaves the
 * old file or the new one, never half of one, and nothing is reported written before it is.
 */

/** The first 16 bytes of every SQLite database file. */
const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1')

/** The first 4 bytes of a SQLite write-ahead log (big-endian; the last bit is the checksum byte order). */
const WAL_MAGICS = [Buffer.from('377f0682', 'hex'), Buffer.from('377f0683', 'hex')]

/** The first 8 bytes of a SQLite rollback journal. */
const JOURNAL_MAGIC = Buffer.from('d9d505f920a163d7', 'hex')

/** The files SQLite keeps beside a database `x`: `x-wal`, `x-shm`, `x-journal`. */
const JOURNAL_SUFFIXES = ['-wal', '-shm', '-journal']

/** Files holding customer data are the desk's: owner and group (the clerks) only, like the database. */
export const DESK_FILE_MODE = 0o660

export interface OutputRules {
  /** The flag or argument named in messages: `--errors`, `--out`, `file`. */
  field: string
  /** What the file is, for "cannot write …": `the errors file`, `the report to`, `the backup`. */
  label: string | Msg
  /** The desk's SQLite file (null on PostgreSQL): it and its -wal, -shm and -journal are refused. */
  desk: string | null
  /** Files the command reads (an import's input): refused. */
  inputs?: string[]
  /** An existing file: `replace` it (reports, forms: cron writes the same path nightly), or `ask` (only with --yes, else exit 4). */
  existing: 'replace' | 'ask'
  /** -y/--yes was given. */
  yes?: boolean
  /** The file is itself a SQLite database (backup): it may replace only an earlier backup, never another file. */
  database?: boolean
  /** Missing folders are created (`--out`); otherwise a missing folder is a file-system refusal (exit 6). */
  makeFolders?: boolean
  /** What to say when the path is a folder. */
  folderHint?: string | Msg
  /** What to say when the path is the desk database itself. */
  deskHint?: string | Msg
}

/** A checked output path: where to write, and how. */
export interface OutputTarget {
  /** The path as the user gave it (for messages). */
  given: string
  /** The path written: absolute, symlinks of its existing parts resolved (a symlinked file is written through). */
  path: string
  rules: OutputRules
  /** A file was there when the path was checked. */
  existed: boolean
  /** The new file's mode: 0660, never wider than the file it replaces. */
  mode: number
}

/**
 * The path with every existing part resolved (symlinks, `.`, `..`), the missing tail appended:
 * two names for one file compare equal even before it exists (`./x` and `x`, a symlink to it).
 */
export function resolvePath(p: string): string {
  let abs = resolve(p)
  for (let hops = 0; hops < 40; hops++) {
    try {
      return realpathSync(abs)
    } catch {
      // the file (or a folder above it) does not exist yet
    }
    const dir = dirname(abs)
    const full = dir === abs ? abs : join(resolvePath(dir), basename(abs))
    let st: Stats
    try {
      st = lstatSync(full)
    } catch {
      return full
    }
    if (!st.isSymbolicLink()) return full
    abs = resolve(dirname(full), readlinkSync(full)) // a symlink to a file not there yet: follow it
  }
  return abs
}

/** The desk's files: the database and the journals SQLite keeps beside it. */
function deskFiles(desk: string, hint: string | Msg = msg('desk.outputIsDesk', {})): { path: string; what: string | Msg }[] {
  const out: { path: string; what: string | Msg }[] = []
  for (const base of new Set([resolve(desk), resolvePath(desk)])) {
    out.push({ path: base, what: hint })
    for (const suffix of JOURNAL_SUFFIXES) out.push({ path: `${base}${suffix}`, what: msg('desk.outputIsDeskJournal', { suffix }) })
  }
  return out
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') return null
    throw e
  }
}

/** The first `n` bytes of a file (fewer if it is shorter). */
function head(path: string, n: number): Buffer {
  const fd = openSync(path, 'r')
  try {
    const buf = Buffer.alloc(n)
    return buf.subarray(0, readSync(fd, buf, 0, n, 0))
  } finally {
    closeSync(fd)
  }
}

/** Whether the file starts with SQLite's database header (`st`: its stat). */
export function isSqliteFile(path: string, st: Stats): boolean {
  return st.size >= SQLITE_HEADER.length && head(path, SQLITE_HEADER.length).equals(SQLITE_HEADER)
}

/**
 * Why a path is one of SQLite's journals, any database's (not only the desk's), or null: a
 * `-wal`/`-shm`/`-journal` name beside a SQLite database (whether or not the journal exists
 * now), or an existing file that starts with the WAL or rollback-journal magic.
 */
function journalReason(paths: string[], st: Stats | null): Msg | null {
  for (const p of paths) {
    const suffix = JOURNAL_SUFFIXES.find((x) => p.endsWith(x) && p.length > x.length)
    if (!suffix) continue
    const base = p.slice(0, -suffix.length)
    const b = statOrNull(base)
    if (b?.isFile() && isSqliteFile(base, b)) return msg('desk.outputIsJournal', { suffix })
  }
  if (st?.isFile()) {
    const h = head(paths[0]!, JOURNAL_MAGIC.length)
    if (WAL_MAGICS.some((m) => h.subarray(0, 4).equals(m))) return msg('desk.outputIsWal', {})
    if (h.equals(JOURNAL_MAGIC)) return msg('desk.outputIsRollbackJournal', {})
  }
  return null
}

/**
 * Checks where a command is about to write, before it does anything: exit 2 for a path that must
 * never be written (the input, the desk or its -wal/-shm/-journal, a SQLite database or any
 * database's -wal/-shm/-journal, a folder, a device), exit 4 for an existing file without --yes
 * where --yes is needed, exit 6 when the file system refuses (a missing folder, a file where a
 * folder should be, no permission to look).
 */
export function checkOutput(given: string, rules: OutputRules): OutputTarget {
  const bad = (reason: string | Msg) => new ValidationError(rules.field, given, reason)
  if (!given.trim()) throw bad(msg('desk.outputEmpty', {}))
  const path = resolvePath(given)
  try {
    const st = statOrNull(path)
    const same = (other: string) => {
      if (other === path) return true
      const o = st ? statOrNull(other) : null
      return Boolean(o && st && o.dev === st.dev && o.ino === st.ino)
    }
    for (const input of rules.inputs ?? []) {
      if (input !== '-' && (same(resolvePath(input)) || same(resolve(input)))) throw bad(msg('desk.outputIsInput', {}))
    }
    if (rules.desk) for (const f of deskFiles(rules.desk, rules.deskHint)) if (same(f.path)) throw bad(f.what)
    if (st?.isDirectory()) throw bad(rules.folderHint ?? msg('desk.outputIsFolder', {}))
    if (st && !st.isFile()) throw bad(msg('desk.outputNotRegular', {}))
    const journal = journalReason([...new Set([path, resolve(given)])], st)
    if (journal) throw bad(journal)
    if (st) {
      const sqlite = isSqliteFile(path, st)
      if (!rules.database && sqlite) throw bad(msg('desk.outputIsDatabase', {}))
      if (rules.database && !sqlite && st.size > 0) throw bad(msg('desk.outputNotBackup', {}))
      if (rules.database && statOrNull(`${path}-wal`)) throw bad(msg('desk.outputInUse', {}))
      if (rules.existing === 'ask' && !rules.yes) throw exists(given)
    }
    const dir = dirname(path)
    let up = dir
    let d = statOrNull(up)
    while (!d && dirname(up) !== up) d = statOrNull((up = dirname(up)))
    if (d && !d.isDirectory()) throw failure(rules, given, 'ENOTDIR', msg('desk.notAFolder', { path: up }))
    if (up !== dir && !rules.makeFolders) throw failure(rules, given, 'ENOENT', msg('desk.noFolder', { path: dir }))
    return { given, path, rules, existed: st !== null, mode: st ? st.mode & 0o777 & DESK_FILE_MODE : DESK_FILE_MODE }
  } catch (e) {
    throw asFailure(e, rules, given)
  }
}

/** Exit 6: the file system refused; says which file and why. */
function failure(rules: OutputRules, given: string, code: string, reason: string | Msg, tail: string | Msg | null = null): EnvironmentError {
  return new EnvironmentError(msg('desk.writeFailed', { label: rules.label, file: given, code, reason, tail }), 'write_failed', { file: given, errno: code })
}

/** Exit 4: the file is there and may be replaced only with --yes. */
function exists(given: string): RefusedError {
  return new RefusedError(msg('desk.outputExists', { file: given }), 'exists', { file: given })
}

/** A file-system error as exit 6; typed errors pass unchanged; anything else is a bug and stays one. */
function asFailure(e: unknown, rules: OutputRules, given: string, tail?: string | Msg): unknown {
  if (e instanceof OrderdeskError) return e
  const err = e as NodeJS.ErrnoException
  if (typeof err?.code !== 'string' || !/^E[A-Z0-9]+$/.test(err.code)) return e
  // "ENOSPC: no space left on device, write" → "no space left on device"
  const reason = /^[A-Z0-9]+: ([^,]+)/.exec(err.message)?.[1] ?? err.message
  return failure(rules, given, err.code, reason, tail)
}

/**
 * A file written whole or not at all: a temporary file beside the target (mode set explicitly,
 * whatever the umask), `commit()` flushes it to disk and renames it over the target (or links
 * it, where an existing file must not be replaced), then flushes the folder; `abort()` removes
 * it. Folders are created first when the rules say so.
 *
 * @example
 * const f = AtomicFile.open(checkOutput('r.csv', rules)); f.write('a,b\n'); f.commit()
 */
export class AtomicFile {
  private fd: number | null = null
  private finished = false
  bytes = 0

  private constructor(
    readonly target: OutputTarget,
    readonly tmp: string,
  ) {}

  static open(target: OutputTarget): AtomicFile {
    const dir = dirname(target.path)
    const tmp = join(dir, `.${basename(target.path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
    const f = new AtomicFile(target, tmp)
    try {
      if (target.rules.makeFolders) mkdirSync(dir, { recursive: true, mode: 0o770 })
      f.fd = openSync(tmp, 'wx', 0o600)
      fchmodSync(f.fd, target.mode)
    } catch (e) {
      f.abort()
      throw asFailure(e, target.rules, target.given)
    }
    return f
  }

  /** Appends to the temporary file. */
  write(data: string | Buffer): void {
    const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data
    try {
      if (this.fd === null) throw new Error('AtomicFile.write after release or commit')
      for (let off = 0; off < buf.length; ) off += writeSync(this.fd, buf, off, buf.length - off)
      this.bytes += buf.length
    } catch (e) {
      this.abort()
      throw asFailure(e, this.target.rules, this.target.given)
    }
  }

  /** Closes the temporary file so that another writer (SQLite's online backup) fills it by name. */
  release(): void {
    if (this.fd !== null) closeSync(this.fd)
    this.fd = null
  }

  /**
   * Flushes the file to disk and puts it in place; returns its size. `tail` ends the message of
   * a failure (default: "nothing was written").
   */
  commit(tail?: string | Msg): number {
    const { path, given, rules } = this.target
    try {
      if (this.fd === null) this.fd = openSync(this.tmp, 'r+')
      fchmodSync(this.fd, this.target.mode)
      fsyncSync(this.fd)
      const size = fstatSync(this.fd).size
      closeSync(this.fd)
      this.fd = null
      if (rules.existing === 'replace' || rules.yes) renameSync(this.tmp, path)
      else placeNew(this.tmp, path, given)
      this.finished = true
      syncFolder(dirname(path))
      return size
    } catch (e) {
      this.abort()
      throw asFailure(e, rules, given, tail)
    }
  }

  /** Removes the temporary file (and any journal SQLite left beside it); the target is untouched. */
  abort(): void {
    if (this.finished) return
    this.finished = true
    if (this.fd !== null) {
      try {
        closeSync(this.fd)
      } catch {
        // already closed
      }
      this.fd = null
    }
    for (const f of [this.tmp, `${this.tmp}-journal`, `${this.tmp}-wal`, `${this.tmp}-shm`]) {
      try {
        rmSync(f, { force: true })
      } catch {
        // nothing of ours is there
      }
    }
  }
}

/** Writes a whole file atomically (see `AtomicFile`); returns its size. */
export function writeFileAtomic(target: OutputTarget, data: string | Buffer): number {
  const f = AtomicFile.open(target)
  f.write(data)
  return f.commit()
}

/** Moves the file into place without replacing one that appeared since the check (exit 4). */
function placeNew(tmp: string, path: string, given: string): void {
  try {
    linkSync(tmp, path) // fails if the file appeared meanwhile
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'EEXIST') throw exists(given)
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'EXDEV') throw e
    if (statOrNull(path)) throw exists(given) // a file system without hard links
    renameSync(tmp, path)
    return
  }
  unlinkSync(tmp)
}

/** Flushes the folder, so that the rename itself survives a power cut (where the system allows it). */
function syncFolder(dir: string): void {
  let fd: number | null = null
  try {
    fd = openSync(dir, 'r')
    fsyncSync(fd)
  } catch {
    // some file systems do not sync folders; the file itself is on disk
  } finally {
    if (fd !== null) closeSync(fd)
  }
}
