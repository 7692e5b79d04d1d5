import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { handleError } from '../../src/cli/handle-error.js'
import { UnavailableError } from '../../src/domain/errors.js'
import { installWords } from '../../src/messages/index.js'

/**
 * The one handler (issue 16 §10): what the environment refuses — real errors of SQLite, the
 * file system and PostgreSQL — is exit 6 with one line, never "internal error" (exit 1, which
 * is kept for bugs). In-process, so that a full disk is tested on any machine.
 */

const dir = mkdtempSync(join(tmpdir(), 'orderdesk-env-unit-'))
beforeAll(() => installWords())
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** handleError's exit code and the line it wrote (stderr captured). */
function handled(e: unknown, json = false): { code: number; line: string } {
  const write = process.stderr.write
  let line = ''
  process.stderr.write = ((s: string) => {
    line += s
    return true
  }) as never
  try {
    return { code: handleError(e, { json }), line: line.trimEnd() }
  } finally {
    process.stderr.write = write
  }
}

function thrown(fn: () => unknown): unknown {
  try {
    fn()
  } catch (e) {
    return e
  }
  throw new Error('expected an error')
}

/** A real SQLITE_FULL: a database that may not grow past a few pages, as a full disk. */
function diskFull(): unknown {
  const h = new Database(join(dir, 'full.db'))
  try {
    h.exec('create table if not exists t (b blob)')
    h.pragma('max_page_count = 3')
    return thrown(() => h.prepare('insert into t values (?)').run(Buffer.alloc(64 * 1024)))
  } finally {
    h.close()
  }
}

describe('SQLite errors of the environment are exit 6', () => {
  it('a full disk (SQLITE_FULL)', () => {
    const e = diskFull()
    expect((e as { code: string }).code).toBe('SQLITE_FULL')
    expect(handled(e)).toEqual({ code: 6, line: 'orderdesk: the disk holding the database is full (SQLITE_FULL): the change under way was not written; free space there and run the command again' })
    expect(JSON.parse(handled(e, true).line).error.code).toBe('disk_full')
  })

  it('a file that is not a database (SQLITE_NOTADB)', () => {
    const f = join(dir, 'notes.db')
    writeFileSync(f, 'not a database '.repeat(100))
    const e = thrown(() => new Database(f).prepare('select 1').get())
    expect((e as { code: string }).code).toBe('SQLITE_NOTADB')
    expect(handled(e)).toEqual({ code: 6, line: 'orderdesk: the database is not a database (SQLite: file is not a database); check --db or ORDERDESK_DB, which must name an orderdesk desk file' })
  })

  it('a read-only database (SQLITE_READONLY) and one that cannot be opened (SQLITE_CANTOPEN)', () => {
    const f = join(dir, 'ro.db')
    new Database(f).exec('create table t (a)')
    const ro = new Database(f, { readonly: true })
    const e = thrown(() => ro.exec('insert into t values (1)'))
    ro.close()
    expect((e as { code: string }).code).toBe('SQLITE_READONLY')
    expect(handled(e)).toEqual({ code: 6, line: 'orderdesk: cannot write the database: it is read-only (SQLite: attempt to write a readonly database)' })
    const c = thrown(() => new Database(dir)) // a folder
    expect((c as { code: string }).code).toBe('SQLITE_CANTOPEN')
    expect(handled(c)).toEqual({ code: 6, line: 'orderdesk: cannot open the database (SQLite: unable to open database file)' })
  })

  it('the same errors name the desk when the session knows it', async () => {
    const { environmentError } = await import('../../src/store/environment.js')
    const e = environmentError(diskFull(), { path: '/srv/orderdesk/orderdesk.db', access: 'write' })
    expect(e?.exitCode).toBe(6)
    expect(e?.message).toBe('the disk holding /srv/orderdesk/orderdesk.db is full (SQLITE_FULL): the change under way was not written; free space there and run the command again')
    expect(e?.details).toEqual({ database: '/srv/orderdesk/orderdesk.db' })
    // a read that tries to write is a bug of orderdesk's, not the environment's
    const ro = new Database(join(dir, 'ro.db'), { readonly: true })
    const w = thrown(() => ro.exec('insert into t values (1)'))
    ro.close()
    expect(environmentError(w, { path: join(dir, 'ro.db'), access: 'read' })).toBeNull()
  })
})

describe('file-system errors are exit 6 naming the file', () => {
  it('no space left (ENOSPC), a folder where a file should be (EISDIR), permission denied (EACCES)', () => {
    const full = thrown(() => writeFileSync('/dev/full', 'x'))
    // (Node names no path for a failed write or read; the commands' own writers name their files)
    expect(handled(full)).toEqual({ code: 6, line: 'orderdesk: cannot write: no space left on the disk (ENOSPC); free space there and run it again' })
    const isDir = thrown(() => readFileSync(dir))
    expect(handled(isDir)).toEqual({ code: 6, line: 'orderdesk: cannot read: it is a folder (EISDIR)' })
    const denied = Object.assign(new Error(`EACCES: permission denied, open '/srv/x.csv'`), { code: 'EACCES', errno: -13, syscall: 'open', path: '/srv/x.csv' })
    expect(handled(denied)).toEqual({ code: 6, line: 'orderdesk: cannot open /srv/x.csv: permission denied (EACCES)' })
  })
})

describe('PostgreSQL errors of the environment are exit 6', () => {
  it('server unreachable, disk full, connection lost, no privilege', () => {
    expect(handled(new UnavailableError('postgres://u:***@h/d', 'connect ECONNREFUSED 127.0.0.1:1'))).toEqual({
      code: 6,
      line: 'orderdesk: cannot open the database postgres://u:***@h/d: connect ECONNREFUSED 127.0.0.1:1',
    })
    const pgError = (code: string, message: string) => Object.assign(new Error(message), { code, severity: 'ERROR' })
    expect(handled(pgError('53100', 'could not extend file "base/16384/2619": No space left on device'))).toEqual({
      code: 6,
      line: 'orderdesk: the disk holding the database is full (53100: could not extend file "base/16384/2619": No space left on device): the change under way was not written; free space there and run the command again',
    })
    expect(handled(pgError('57P01', 'terminating connection due to administrator command')).code).toBe(6)
    expect(handled(pgError('08006', 'connection failure')).code).toBe(6)
    expect(handled(pgError('42501', 'permission denied for table orders'))).toEqual({
      code: 6,
      line: 'orderdesk: the database refused: permission denied for table orders (42501); the desk\'s database role needs read and write rights on the desk\'s tables',
    })
    expect(handled(new Error('Connection terminated unexpectedly')).code).toBe(6)
  })
})

describe('a bug is still a bug', () => {
  it('any other error is exit 1, "internal error"', () => {
    expect(handled(new TypeError("Cannot read properties of undefined (reading 'id')"))).toEqual({
      code: 1,
      line: "orderdesk: internal error: Cannot read properties of undefined (reading 'id')",
    })
    const sqlBug = thrown(() => new Database(':memory:').prepare('select * from no_such_table'))
    expect(handled(sqlBug).code).toBe(1)
    expect(handled(Object.assign(new Error('duplicate key'), { code: '23505', severity: 'ERROR' })).code).toBe(1)
  })
})
