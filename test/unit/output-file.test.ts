import { closeSync, existsSync, linkSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { EnvironmentError, RefusedError, ValidationError } from '../../src/domain/errors.js'
import { installWords } from '../../src/messages/index.js'
import { AtomicFile, checkOutput, resolvePath, writeFileAtomic, type OutputRules } from '../../src/store/output-file.js'

beforeAll(() => installWords())

/** The one writer of every file the desk writes (issue 16 §1): the path rules and the atomic write. */

let dir: string
let desk: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'orderdesk-out-'))
  desk = join(dir, 'desk.db')
  const db = new Database(desk)
  db.pragma('journal_mode = WAL')
  db.exec('create table t (x)')
  db.close()
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const report: Omit<OutputRules, 'desk'> = { field: '--out', label: 'the report to', existing: 'replace', makeFolders: true }
const errors = (yes = false): OutputRules => ({ field: '--errors', label: 'the errors file', desk, existing: 'ask', yes })

/** The error `fn` throws. */
function thrown(fn: () => unknown): any {
  try {
    fn()
  } catch (e) {
    return e
  }
  throw new Error('did not throw')
}

describe('resolvePath', () => {
  it('gives one name for one file: ./x and x, a symlinked folder, a symlink to a file not there yet', () => {
    const real = resolvePath(dir)
    expect(resolvePath(`./${relative(process.cwd(), join(dir, 'x.csv'))}`)).toBe(join(real, 'x.csv'))
    expect(resolvePath(join(dir, 'a', '..', 'x.csv'))).toBe(join(real, 'x.csv'))
    symlinkSync(dir, join(dir, 'alias'))
    expect(resolvePath(join(dir, 'alias', 'new', 'y.csv'))).toBe(join(real, 'new', 'y.csv'))
    symlinkSync(join(dir, 'desk.db-wal'), join(dir, 'dangling'))
    expect(resolvePath(join(dir, 'dangling'))).toBe(join(real, 'desk.db-wal'))
  })
})

describe('checkOutput: paths never written (exit 2)', () => {
  it('the desk, its -wal, -shm and -journal, by any name (symlink, hard link)', () => {
    symlinkSync(desk, join(dir, 'link.db'))
    linkSync(desk, join(dir, 'hard.db'))
    const cases: [string, string][] = [
      [desk, 'is the desk database; name another file'],
      [join(dir, 'link.db'), 'is the desk database; name another file'],
      [join(dir, 'hard.db'), 'is the desk database; name another file'],
      [`${desk}-wal`, "is the desk database's -wal file; name another file"],
      [`${desk}-shm`, "is the desk database's -shm file; name another file"],
      [`${desk}-journal`, "is the desk database's -journal file; name another file"],
    ]
    for (const [path, reason] of cases) {
      const e = thrown(() => checkOutput(path, errors(true)))
      expect(e).toBeInstanceOf(ValidationError)
      expect({ path, exit: e.exitCode, message: e.message }).toEqual({ path, exit: 2, message: `invalid --errors ${JSON.stringify(path)}: ${reason}` })
    }
  })

  it('the input, a SQLite database (by its header, whatever its name), a folder, a device', () => {
    const input = join(dir, 'in.csv')
    writeFileSync(input, 'a\n')
    expect(thrown(() => checkOutput(input, { ...errors(true), inputs: [input] })).message).toBe(`invalid --errors ${JSON.stringify(input)}: is the file being imported; name another file for the rejected rows`)
    const disguised = join(dir, 'report.csv')
    writeFileSync(disguised, readFileSync(desk))
    expect(thrown(() => checkOutput(disguised, { ...report, desk })).message).toBe(`invalid --out ${JSON.stringify(disguised)}: is a SQLite database; orderdesk never writes over a database`)
    expect(thrown(() => checkOutput(dir, { ...report, desk })).message).toBe(`invalid --out ${JSON.stringify(dir)}: is a folder; name a file in it`)
    if (existsSync('/dev/null')) expect(thrown(() => checkOutput('/dev/null', { ...report, desk })).message).toMatch(/^invalid --out "\/dev\/null": is not a regular file/)
    expect(thrown(() => checkOutput(' ', { ...report, desk })).message).toBe('invalid --out " ": must be a file name')
  })

  it("another database's -wal, -shm and -journal (by the database beside them) and any WAL or rollback journal (by its magic), bytes unchanged", () => {
    const other = join(dir, 'other.db')
    const live = new Database(other)
    try {
      live.pragma('journal_mode = WAL')
      live.pragma('wal_autocheckpoint = 0')
      live.exec('create table t (x); insert into t values (1)')
      const sum = (f: string) => readFileSync(f).toString('hex')
      const wal = sum(`${other}-wal`)
      const shm = sum(`${other}-shm`)
      expect(wal.slice(0, 8)).toMatch(/^377f068[23]$/)
      const stray = join(dir, 'stray.log')
      writeFileSync(stray, readFileSync(`${other}-wal`))
      const journal = join(dir, 'old.bin')
      writeFileSync(journal, Buffer.concat([Buffer.from('d9d505f920a163d7', 'hex'), Buffer.alloc(504)]))
      const cases: [string, string][] = [
        [`${other}-wal`, 'is the -wal file of the SQLite database beside it; orderdesk never writes over a database'],
        [`${other}-shm`, 'is the -shm file of the SQLite database beside it; orderdesk never writes over a database'],
        [`${other}-journal`, 'is the -journal file of the SQLite database beside it; orderdesk never writes over a database'],
        [stray, 'is a SQLite write-ahead log; orderdesk never writes over a database'],
        [journal, 'is a SQLite rollback journal; orderdesk never writes over a database'],
      ]
      for (const [path, reason] of cases) {
        for (const rules of [{ ...report, desk }, errors(true)]) {
          const e = thrown(() => checkOutput(path, rules))
          expect(e).toBeInstanceOf(ValidationError)
          expect({ path, exit: e.exitCode, message: e.message }).toEqual({ path, exit: 2, message: `invalid ${rules.field} ${JSON.stringify(path)}: ${reason}` })
        }
      }
      expect([sum(`${other}-wal`), sum(`${other}-shm`), existsSync(`${other}-journal`)]).toEqual([wal, shm, false])
      // a -wal name beside a file that is no database is an ordinary name
      writeFileSync(join(dir, 'notes.txt'), 'x')
      expect(checkOutput(join(dir, 'notes.txt-wal'), { ...report, desk }).existed).toBe(false)
    } finally {
      live.close()
    }
  })

  it('backup (a database itself): replaces an earlier backup, never another kind of file or a database in use', () => {
    const backup: OutputRules = { field: 'file', label: 'the backup', desk, existing: 'ask', yes: true, database: true }
    const earlier = join(dir, 'earlier.db')
    writeFileSync(earlier, readFileSync(desk))
    expect(checkOutput(earlier, backup).existed).toBe(true)
    writeFileSync(join(dir, 'empty.db'), '')
    expect(checkOutput(join(dir, 'empty.db'), backup).existed).toBe(true)
    writeFileSync(join(dir, 'notes.txt'), 'x')
    expect(thrown(() => checkOutput(join(dir, 'notes.txt'), backup)).message).toMatch(/is not a SQLite database; backup replaces only an earlier backup$/)
    writeFileSync(`${earlier}-wal`, '')
    expect(thrown(() => checkOutput(earlier, backup)).message).toMatch(/is a database in use \(a -wal file is beside it\)/)
  })
})

describe('checkOutput: existing files and the file system', () => {
  it('an existing file: refused without --yes (exit 4) where it must be asked; replaced where not', () => {
    const f = join(dir, 'e.csv')
    writeFileSync(f, 'old')
    const e = thrown(() => checkOutput(f, errors(false)))
    expect(e).toBeInstanceOf(RefusedError)
    expect([e.exitCode, e.code, e.message]).toEqual([4, 'exists', `${f} already exists; nothing was written (pass --yes to replace it)`])
    expect(checkOutput(f, errors(true)).existed).toBe(true)
    expect(checkOutput(f, { ...report, desk }).existed).toBe(true)
  })

  it('a missing folder (where folders are not made) or a file as the folder: exit 6 naming the file and the reason', () => {
    const missing = join(dir, 'no', 'such', 'e.csv')
    const e = thrown(() => checkOutput(missing, errors()))
    expect(e).toBeInstanceOf(EnvironmentError)
    expect([e.exitCode, e.code, e.message]).toEqual([6, 'write_failed', `cannot write the errors file ${missing}: ENOENT (the folder ${join(resolvePath(dir), 'no', 'such')} does not exist); nothing was written`])
    expect(checkOutput(missing, { ...report, desk }).existed).toBe(false) // --out makes folders
    const file = join(dir, 'f')
    writeFileSync(file, '')
    const under = thrown(() => checkOutput(join(file, 'sub', 'r.csv'), { ...report, desk }))
    expect([under.exitCode, under.message]).toEqual([6, `cannot write the report to ${join(file, 'sub', 'r.csv')}: ENOTDIR (${resolvePath(file)} is not a folder); nothing was written`])
  })

  it.skipIf(!existsSync('/proc/self'))('a folder nobody may create files in (even root): exit 6 when the temporary file is opened', () => {
    const target = checkOutput('/proc/orderdesk-test.csv', { ...report, desk })
    const e = thrown(() => AtomicFile.open(target))
    expect(e).toBeInstanceOf(EnvironmentError)
    expect(e.message).toMatch(/^cannot write the report to \/proc\/orderdesk-test\.csv: E[A-Z]+ \([^)]+\); nothing was written$/)
  })
})

describe('AtomicFile', () => {
  it('writes the whole file or leaves the old one: nothing in place before commit, no temporary file after', () => {
    const f = join(dir, 'r.csv')
    writeFileSync(f, 'old\n')
    const out = AtomicFile.open(checkOutput(f, { ...report, desk }))
    out.write('new ')
    expect(readFileSync(f, 'utf8')).toBe('old\n') // a crash now leaves the old file
    expect(existsSync(out.tmp)).toBe(true)
    out.write(Buffer.from('file\n'))
    expect(out.commit()).toBe(9)
    expect(readFileSync(f, 'utf8')).toBe('new file\n')
    const aborted = AtomicFile.open(checkOutput(f, { ...report, desk }))
    aborted.write('half')
    aborted.abort()
    expect(readFileSync(f, 'utf8')).toBe('new file\n')
    expect(readdirSync(dir).sort()).toEqual(['desk.db', 'r.csv'])
  })

  it('new files are 0660 whatever the umask; a replaced file never becomes wider than it was', () => {
    const old = process.umask(0o022)
    try {
      const f = join(dir, 'new', 'r.csv')
      writeFileAtomic(checkOutput(f, { ...report, desk }), 'x')
      expect(statSync(f).mode & 0o777).toBe(0o660)
      const narrow = join(dir, 'narrow.csv')
      closeSync(openSync(narrow, 'w', 0o600))
      writeFileAtomic(checkOutput(narrow, { ...report, desk }), 'y')
      expect(statSync(narrow).mode & 0o777).toBe(0o600)
      const wide = join(dir, 'wide.csv')
      closeSync(openSync(wide, 'w', 0o644))
      writeFileAtomic(checkOutput(wide, { ...report, desk }), 'z')
      expect(statSync(wide).mode & 0o777).toBe(0o640)
    } finally {
      process.umask(old)
    }
  })

  it('where an existing file must not be replaced, one that appears meanwhile is not (exit 4), and the new one is not left behind', () => {
    const f = join(dir, 'e.csv')
    const out = AtomicFile.open(checkOutput(f, errors(false)))
    out.write('rows')
    writeFileSync(f, 'someone else')
    const e = thrown(() => out.commit())
    expect([e.exitCode, e.code]).toEqual([4, 'exists'])
    expect(readFileSync(f, 'utf8')).toBe('someone else')
    expect(readdirSync(dir).sort()).toEqual(['desk.db', 'e.csv'])
  })

  it('a write after the file went away is exit 6 with the reason, and leaves nothing', () => {
    mkdirSync(join(dir, 'sub'))
    const f = join(dir, 'sub', 'r.csv')
    const out = AtomicFile.open(checkOutput(f, { ...report, desk }))
    rmSync(join(dir, 'sub'), { recursive: true })
    const e = thrown(() => out.commit())
    expect(e).toBeInstanceOf(EnvironmentError)
    expect(e.message).toMatch(new RegExp(`^cannot write the report to ${f.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: ENOENT \\(no such file or directory\\); nothing was written$`))
    expect(existsSync(join(dir, 'sub'))).toBe(false)
  })
})
