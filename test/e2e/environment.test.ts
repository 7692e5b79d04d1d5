import { createHash } from 'node:crypto'
import { execFileSync } from 'node:child_process'
import { chmodSync, closeSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import Database from 'better-sqlite3'
import { execa } from 'execa'
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LATEST_MIGRATION, MIGRATIONS } from '../../src/store/migrations/index.js'
import { BIN, DEMO_PIN, isPg, tempDesk, TODAY, type Desk } from '../helpers/cli.js'
import { pgDesk } from '../helpers/pg.js'

/**
 * The environment (issue 16 §10–§12): a desk that cannot be used is exit 6 with one line naming
 * the file and what to do, a bad value is exit 2, a path where no desk exists is exit 3 (only
 * `init` creates one), and commands that only read never change the desk — not even its journal
 * mode — and work on a read-only backup.
 *
 * Permissions: as root (CI) the commands that must be refused run as the user nobody (root may
 * read and write any file); as another user the same chmod refuses them. Disk full and a
 * read-only file system need a tmpfs mount (root): where `mount` is not allowed those tests
 * are reported as skipped, and test/unit/environment.test.ts covers the mapping in-process.
 */

const sha = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex')
const journal = (f: string) => {
  const h = new Database(f, { readonly: true, fileMustExist: true })
  try {
    return h.pragma('journal_mode', { simple: true }) as string
  } finally {
    h.close()
  }
}
/** Bytes 18–19 of a SQLite header: 1 1 rollback journal, 2 2 WAL (read without opening it). */
const headerMode = (f: string) => {
  const b = readFileSync(f).subarray(18, 20)
  return b[0] === 2 && b[1] === 2 ? 'wal' : b[0] === 1 && b[1] === 1 ? 'delete' : `${b[0]},${b[1]}`
}

const root = process.getuid?.() === 0
/** Whom the refused commands run as: nobody when we are root, else ourselves (chmod refuses us). */
const other = root ? { uid: 65534, gid: 65534 } : {}

const env = (db: string, user = 'li') => ({ ORDERDESK_DB: db, ORDERDESK_TODAY: TODAY, ORDERDESK_USER: user, NO_COLOR: '1', ORDERDESK_NO_INPUT: '1', ORDERDESK_PIN: DEMO_PIN })
async function cli(db: string, args: string[], o: { user?: string; asOther?: boolean; env?: Record<string, string | undefined> } = {}) {
  const r = await execa('node', [BIN, ...args], {
    reject: false,
    env: { ...env(db, o.user), ...o.env },
    ...(o.asOther ? other : {}),
  })
  return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode ?? -1 }
}

/** Can this process mount a tmpfs (root with CAP_SYS_ADMIN)? Probed once, at collection. */
function canMount(): boolean {
  if (!root) return false
  const dir = mkdtempSync(join(tmpdir(), 'orderdesk-mount-probe-'))
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir], { stdio: 'ignore' })
    execFileSync('umount', [dir], { stdio: 'ignore' })
    return true
  } catch {
    return false
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
const mountable = !isPg && canMount()
const needsMount = mountable ? '' : ' (SKIPPED: needs `mount -t tmpfs`, root; the unit test covers the mapping)'

let scratch: string
let demo: Desk
let n1: string
/** A backup of the demo desk with one inquiry: one file in rollback-journal mode. */
let backupFile: string

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'orderdesk-env-'))
  chmodSync(scratch, 0o755) // nobody must reach the files below it
  demo = await tempDesk()
  n1 = (await demo.json(['inquiry', 'new', '--customer', 'ALFKI', '--item', 'NW-011=1'])).order.number
  if (!isPg) {
    backupFile = join(scratch, 'backup.db')
    await demo.json(['backup', backupFile])
  }
})
afterAll(() => {
  demo?.cleanup()
  if (scratch) {
    // a failed test may leave a mount or an unwritable folder behind
    for (const d of readdirSync(scratch)) {
      try {
        execFileSync('umount', [join(scratch, d)], { stdio: 'ignore' })
      } catch {
        // not a mount
      }
    }
    execFileSync('chmod', ['-R', 'u+rwx', scratch])
    rmSync(scratch, { recursive: true, force: true })
  }
})

/** A new folder in the scratch space, reachable by nobody. */
function folder(name: string): string {
  const d = join(scratch, name)
  mkdirSync(d, { recursive: true })
  chmodSync(d, 0o755)
  return d
}

const NORTHWIND_CUSTOMERS = fileURLToPath(new URL('../../fixtures/northwind-import/customers.csv', import.meta.url))

/** Every command that only reads the desk (issue 16 §11), as a clerk may run them. */
const READS = (n: string, out: string): string[][] => [
  ['order', 'list'],
  ['order', 'show', n],
  ['customer', 'list'],
  ['customer', 'show', 'ALFKI'],
  ['product', 'list'],
  ['product', 'show', 'NW-011'],
  ['stock', 'show'],
  ['production', 'list'],
  ['change', 'list'],
  ['complaint', 'list'],
  ['user', 'list'],
  ['settings', 'show'],
  ['print', 'inquiry', n],
  ['report', 'status'],
  ['audit', 'verify'],
  ['backup', join(out, 'copy.db')],
  ['import', 'customers', NORTHWIND_CUSTOMERS, '--dry-run'],
]

describe('§12 only init creates a desk', () => {
  it.skipIf(isPg)('a path where no file exists is exit 3 naming it and `orderdesk init`; nothing is created', async () => {
    const dir = folder('typo')
    const db = join(dir, 'sub', 'tyop.db')
    const cmds = [
      ['order', 'list'],
      ['customer', 'add', '--code', 'NEW', '--name', 'New Co'],
      ['inquiry', 'new', '--customer', 'ALFKI', '--item', 'NW-011=1'],
      ['user', 'add', 'boss', '--role', 'manager'],
      ['audit', 'verify'],
      ['report', 'status'],
      ['backup', join(dir, 'b.db')],
      ['import', 'customers', join(dir, 'none.csv')],
    ]
    for (const args of cmds) {
      const r = await cli(db, args, { user: 'root' })
      expect([r.exitCode, r.stderr], args.join(' ')).toEqual([3, `orderdesk: no desk at ${db}: no such file; check --db or ORDERDESK_DB, or create a desk there with \`orderdesk init\``])
      expect(r.stdout).toBe('')
    }
    const j = await cli(db, ['order', 'list', '--json'])
    expect(j.exitCode).toBe(3)
    expect(JSON.parse(j.stderr).error).toMatchObject({ code: 'no_desk', details: { database: db } })
    expect(readdirSync(dir)).toEqual([])
    // init creates it (folder 0770, file 0660); then the desk answers
    const init = await cli(db, ['init', '--demo'])
    expect(init.exitCode, init.stderr).toBe(0)
    expect(statSync(db).mode & 0o777).toBe(0o660)
    expect(statSync(join(dir, 'sub')).mode & 0o777).toBe(0o770)
    expect((await cli(db, ['order', 'list', '--json'])).exitCode).toBe(0)
  })

  it.skipIf(isPg)('an empty file is no desk yet (exit 3, left as it is) until `init`; another program\'s database is exit 6, and init refuses it', async () => {
    const dir = folder('empty')
    const empty = join(dir, 'empty.db')
    writeFileSync(empty, '')
    for (const args of [['order', 'list'], ['customer', 'add', '--code', 'NEW', '--name', 'New Co']]) {
      const r = await cli(empty, args)
      expect([r.exitCode, r.stderr], args.join(' ')).toEqual([3, `orderdesk: no desk in ${empty}: the database is empty; create the desk there with \`orderdesk init\``])
    }
    expect(statSync(empty).size).toBe(0)
    expect((await cli(empty, ['init'])).exitCode).toBe(0)
    const made = new Database(empty, { readonly: true })
    expect(made.prepare('select max(name) from kysely_migration').pluck().get()).toBe(LATEST_MIGRATION)
    made.close()
    // a desk now, without users yet: the clerk is told who may act, not that there is no desk
    const list = await cli(empty, ['order', 'list', '--json'])
    expect(list.exitCode).toBe(4)
    expect(JSON.parse(list.stderr).error.code).toBe('unknown_user')

    const foreign = join(dir, 'foreign.db')
    const h = new Database(foreign)
    h.exec("create table notes (id integer primary key, text text); insert into notes (text) values ('mine')")
    h.close()
    const before = sha(foreign)
    for (const args of [['order', 'list'], ['init'], ['customer', 'add', '--code', 'NEW', '--name', 'New Co']]) {
      const r = await cli(foreign, args)
      expect([r.exitCode, r.stderr], args.join(' ')).toEqual([
        6,
        `orderdesk: ${foreign} is a SQLite database but not an orderdesk desk (it has tables of its own and no orderdesk schema); check --db or ORDERDESK_DB`,
      ])
    }
    expect(sha(foreign)).toBe(before)
    expect(readdirSync(dir).filter((f) => f.startsWith('foreign'))).toEqual(['foreign.db'])
  })

  it.runIf(isPg)('PostgreSQL: a database without the schema is no desk yet (exit 3) until `init`', async () => {
    const blank = await pgDesk(false)
    try {
      for (const args of [['order', 'list'], ['customer', 'add', '--code', 'NEW', '--name', 'New Co'], ['audit', 'verify']]) {
        const r = await cli(blank.url, args)
        expect(r.exitCode, args.join(' ')).toBe(3)
        expect(r.stderr).toMatch(/^orderdesk: no desk in postgres:\/\/.+: the database is empty; create the desk there with `orderdesk init`$/)
      }
      expect(await blank.query("select count(*)::int as n from information_schema.tables where table_schema = 'public'")).toEqual([{ n: 0 }])
      expect((await cli(blank.url, ['init', '--demo'])).exitCode).toBe(0)
      expect((await cli(blank.url, ['order', 'list', '--json'])).exitCode).toBe(0)
    } finally {
      await blank.drop()
    }
  })
})

describe('§10 the environment stops the desk: exit 6, one line naming the file', () => {
  it.skipIf(isPg)('a file that is not a database, and a folder as the database', async () => {
    const dir = folder('notdb')
    const text = join(dir, 'notes.db')
    writeFileSync(text, 'These are my notes, not a database. '.repeat(40))
    const before = sha(text)
    for (const args of [['order', 'list'], ['customer', 'add', '--code', 'NEW', '--name', 'New Co'], ['init']]) {
      const r = await cli(text, args)
      expect([r.exitCode, r.stderr], args.join(' ')).toEqual([6, `orderdesk: ${text} is not a database (SQLite: file is not a database); check --db or ORDERDESK_DB, which must name an orderdesk desk file`])
    }
    const j = await cli(text, ['order', 'list', '--json'])
    expect(JSON.parse(j.stderr).error).toMatchObject({ code: 'not_a_database', details: { database: text } })
    expect(sha(text)).toBe(before)

    for (const args of [['order', 'list'], ['customer', 'add', '--code', 'NEW', '--name', 'New Co'], ['init']]) {
      const r = await cli(dir, args)
      expect([r.exitCode, r.stderr], args.join(' ')).toEqual([6, `orderdesk: ${dir} is a folder, not a database file; name the desk file, e.g. --db ${join(dir, 'orderdesk.db')}`])
    }
    expect(readdirSync(dir)).toEqual(['notes.db'])
  })

  it.skipIf(isPg)('permission denied: a desk this user may not read', async () => {
    const dir = folder('secret')
    const db = join(dir, 'desk.db')
    copyFileSync(backupFile, db)
    chmodSync(db, 0o000)
    const before = sha(db)
    for (const args of [['order', 'list'], ['customer', 'add', '--code', 'NEW', '--name', 'New Co']]) {
      const r = await cli(db, args, { asOther: true })
      expect([r.exitCode, r.stderr], args.join(' ')).toEqual([
        6,
        `orderdesk: permission denied: this user cannot read ${db} (EACCES); ask for access to the desk (its clerks share one group, mode 0660)`,
      ])
    }
    expect(sha(db)).toBe(before)
  })

  it.skipIf(isPg)('a read-only desk: a command that writes is exit 6, nothing changed', async () => {
    const dir = folder('readonly')
    const db = join(dir, 'desk.db')
    copyFileSync(backupFile, db)
    chmodSync(db, 0o444)
    chmodSync(dir, 0o555)
    const before = sha(db)
    for (const args of [['customer', 'add', '--code', 'NEW', '--name', 'New Co'], ['inquiry', 'new', '--customer', 'ALFKI', '--item', 'NW-011=1']]) {
      const r = await cli(db, args, { asOther: true })
      expect([r.exitCode, r.stderr], args.join(' ')).toEqual([
        6,
        `orderdesk: ${db} is read-only for this user (EACCES): this command writes to the desk; run it where the desk and its folder are writable (mode 0660, folder 0770)`,
      ])
    }
    expect(sha(db)).toBe(before)
    expect(readdirSync(dir)).toEqual(['desk.db'])
    chmodSync(dir, 0o755)
  })

  it.skipIf(isPg)(`a full disk: exit 6, the command writes nothing and the desk stays sound${needsMount}`, async (ctx) => {
    if (!mountable) return ctx.skip()
    const mnt = folder('full')
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=3m,mode=0755', 'tmpfs', mnt])
    try {
      const db = join(mnt, 'desk.db')
      copyFileSync(demo.db, db)
      // another clerk's connection keeps the desk open (its -wal and -shm exist), then the disk fills up
      const held = new Database(db)
      held.prepare('select count(*) from orders').get()
      const filler = openSync(join(mnt, 'filler'), 'w')
      const chunk = Buffer.alloc(64 * 1024, 1)
      for (let size = chunk.length; size >= 1; size = Math.floor(size / 4)) {
        try {
          for (;;) writeSync(filler, chunk, 0, size)
        } catch {
          // ENOSPC: try a smaller piece
        }
      }
      closeSync(filler)
      const r = await cli(db, ['customer', 'add', '--code', 'NEW', '--name', 'New Co'])
      expect([r.exitCode, r.stderr]).toEqual([6, `orderdesk: the disk holding ${db} is full (SQLITE_FULL): the change under way was not written; free space there and run the command again`])
      const imp = join(scratch, 'orders.csv')
      writeFileSync(imp, `ext_ref,customer,sku,qty\n${Array.from({ length: 400 }, (_, i) => `F-${i},ALFKI,NW-011,1`).join('\n')}\n`)
      const big = await cli(db, ['import', 'orders', imp, '--json'])
      expect(big.exitCode, big.stderr).toBe(6)
      expect(JSON.parse(big.stderr.trim().split('\n').at(-1)!).error).toMatchObject({ code: 'disk_full', details: { database: db } })
      held.close()
      rmSync(join(mnt, 'filler'))
      const check = new Database(db, { readonly: true })
      expect(check.pragma('integrity_check', { simple: true })).toBe('ok')
      expect(check.prepare("select count(*) from customers where code = 'NEW'").pluck().get()).toBe(0)
      check.close()
      expect((await cli(db, ['customer', 'add', '--code', 'NEW', '--name', 'New Co'])).exitCode).toBe(0)
    } finally {
      execFileSync('umount', ['-l', mnt])
    }
  })

  it.skipIf(isPg)(`a read-only file system: writes are exit 6, reads of a backup work${needsMount}`, async (ctx) => {
    if (!mountable) return ctx.skip()
    const mnt = folder('rofs')
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4m,mode=0755', 'tmpfs', mnt])
    try {
      const db = join(mnt, 'desk.db')
      copyFileSync(backupFile, db)
      execFileSync('mount', ['-o', 'remount,ro', mnt])
      const w = await cli(db, ['customer', 'add', '--code', 'NEW', '--name', 'New Co'])
      expect([w.exitCode, w.stderr]).toEqual([
        6,
        `orderdesk: ${db} is read-only for this user (EROFS: a read-only file system): this command writes to the desk; run it where the desk and its folder are writable (mode 0660, folder 0770)`,
      ])
      const r = await cli(db, ['order', 'list', '--json'])
      expect(r.exitCode, r.stderr).toBe(0)
      expect(JSON.parse(r.stdout).map((o: any) => o.number)).toEqual([n1])
    } finally {
      execFileSync('umount', ['-l', mnt])
    }
  })

  it('PostgreSQL server unreachable: exit 6 naming the database', async () => {
    const r = await cli('postgres://nobody:secret@127.0.0.1:1/x', ['order', 'list', '--json'])
    expect(r.exitCode).toBe(6)
    expect(JSON.parse(r.stderr).error).toMatchObject({ code: 'db_unavailable', message: expect.stringMatching(/^cannot open the database postgres:\/\/nobody:\*\*\*@127\.0\.0\.1:1\/x: .*ECONNREFUSED/) })
  })
})

describe('§10 bad values are exit 2, naming the flag or variable', () => {
  it('--limit and other whole numbers beyond the safe integer range', async () => {
    const huge = '9223372036854775808'
    for (const args of [['order', 'list', '--limit', huge], ['customer', 'list', '--limit', huge], ['report', 'status', '--limit', '99999999999999999999'], ['change', 'list', '--limit', huge], ['complaint', 'list', '--limit', huge], ['product', 'list', '--limit', huge], ['production', 'list', '--limit', huge]]) {
      const r = await demo.run(args)
      expect([r.exitCode, r.stderr], args.join(' ')).toEqual([2, `orderdesk: invalid --limit "${args[3]}": too large (at most 9007199254740991)`])
    }
    const rev = await demo.run(['inquiry', 'drop', n1, '--reason', 'x', '--revision', huge])
    expect([rev.exitCode, rev.stderr]).toEqual([2, `orderdesk: invalid --revision "${huge}": too large (at most 9007199254740991)`])
    const id = await demo.run(['complaint', 'resolve', huge, '--resolution', 'x'])
    expect(id.exitCode).toBe(2)
    expect(id.stderr).toBe(`orderdesk: invalid id "${huge}": a complaint number like 7 (see \`orderdesk complaint list\`)`)
    // the largest safe value is taken
    expect((await demo.run(['order', 'list', '--limit', '9007199254740991'])).exitCode).toBe(0)
  })

  it('ORDERDESK_BUSY_TIMEOUT_MS must be a whole number of milliseconds', async () => {
    for (const v of ['0.5', '-5', '1e3', 'ten', '2147483648', ' 5']) {
      const r = await demo.run(['order', 'list'], { env: { ORDERDESK_BUSY_TIMEOUT_MS: v } })
      expect([r.exitCode, r.stderr], v).toEqual([2, `orderdesk: invalid ORDERDESK_BUSY_TIMEOUT_MS ${JSON.stringify(v)}: must be a whole number of milliseconds from 0 to 2147483647`])
    }
    for (const v of ['0', '2147483647', '']) expect((await demo.run(['order', 'list'], { env: { ORDERDESK_BUSY_TIMEOUT_MS: v } })).exitCode, v).toBe(0)
  })
})

describe('§11 commands that only read never change the desk', () => {
  it.skipIf(isPg)('on a backup (rollback journal): every read leaves its SHA-256, its journal mode and its folder as they were', async () => {
    const dir = folder('reads')
    const out = folder('reads-out')
    const db = join(dir, 'backup.db')
    copyFileSync(backupFile, db)
    const before = sha(db)
    expect(headerMode(db)).toBe('delete')
    for (const args of READS(n1, out)) {
      const r = await cli(db, args)
      expect(r.exitCode, `${args.join(' ')}: ${r.stderr}`).toBe(0)
      expect(sha(db), args.join(' ')).toBe(before)
      expect(readdirSync(dir), args.join(' ')).toEqual(['backup.db'])
    }
    expect(journal(db)).toBe('delete')
  })

  it.skipIf(isPg)('on a read-only backup every read works; a read-only WAL desk is exit 6 naming why', async () => {
    const dir = folder('ro-backup')
    const out = folder('ro-out')
    chmodSync(out, 0o777)
    const db = join(dir, 'backup.db')
    copyFileSync(backupFile, db)
    chmodSync(db, 0o444)
    chmodSync(dir, 0o555)
    const before = sha(db)
    for (const args of READS(n1, out)) {
      const r = await cli(db, args, { asOther: true })
      expect(r.exitCode, `${args.join(' ')}: ${r.stderr}`).toBe(0)
    }
    const list = await cli(db, ['order', 'list', '--json'], { asOther: true })
    expect(JSON.parse(list.stdout).map((o: any) => o.number)).toEqual([n1])
    expect(sha(db)).toBe(before)

    const wdir = folder('ro-wal')
    const wal = join(wdir, 'desk.db')
    copyFileSync(demo.db, wal)
    expect(headerMode(wal)).toBe('wal')
    chmodSync(wal, 0o444)
    chmodSync(wdir, 0o555)
    const walBefore = sha(wal)
    for (const args of [['order', 'list'], ['audit', 'verify']]) {
      const r = await cli(wal, args, { asOther: true })
      expect([r.exitCode, r.stderr], args.join(' ')).toEqual([
        6,
        `orderdesk: cannot read ${wal}: it is in WAL mode and this user cannot write its folder ${wdir}, where SQLite keeps desk.db-shm even for reading; make the folder writable for the desk's group, or read a backup of the desk (one file that reads anywhere)`,
      ])
    }
    expect(sha(wal)).toBe(walBefore)
    chmodSync(dir, 0o755)
    chmodSync(wdir, 0o755)
  })

  it.skipIf(isPg)('a desk from a newer orderdesk is refused (exit 4) without a byte changed, in either journal mode', async () => {
    for (const mode of ['delete', 'wal'] as const) {
      const dir = folder(`future-${mode}`)
      const db = join(dir, 'desk.db')
      copyFileSync(mode === 'delete' ? backupFile : demo.db, db)
      const h = new Database(db)
      h.prepare("insert into kysely_migration (name, timestamp) values ('9999-future', '2030-01-01T00:00:00.000Z')").run()
      h.close()
      expect(headerMode(db)).toBe(mode)
      const before = sha(db)
      for (const args of [['order', 'list'], ['init'], ['customer', 'add', '--code', 'NEW', '--name', 'New Co'], ['audit', 'verify'], ['backup', join(scratch, `future-${mode}.db`)]]) {
        const r = await cli(db, args)
        expect([r.exitCode, r.stderr], `${mode}: ${args.join(' ')}`).toEqual([
          4,
          `orderdesk: this database was written by a newer orderdesk (schema 9999-future; this program knows up to ${LATEST_MIGRATION}); upgrade orderdesk`,
        ])
        expect(sha(db), `${mode}: ${args.join(' ')}`).toBe(before)
      }
      // a reader of a WAL desk leaves SQLite's -shm and an empty -wal beside it (the next writer removes them)
      expect(readdirSync(dir).filter((f) => !(mode === 'wal' && /^desk\.db-(shm|wal)$/.test(f))), mode).toEqual(['desk.db'])
      if (existsSync(`${db}-wal`)) expect(statSync(`${db}-wal`).size).toBe(0)
    }
  })

  it('an older desk: a read says so and names `orderdesk init` (exit 4, nothing changed); backup copies it; the first write migrates it', async () => {
    const older = await tempDesk({ copyOf: demo })
    try {
      const previous = await migrateDown(older.db)
      const fingerprint = async () => ({
        migrations: await older.query('select name from kysely_migration order by name'),
        orders: await older.query('select count(*) as n from orders'),
        file: isPg ? null : sha(older.db),
      })
      const before = await fingerprint()
      expect(before.migrations.map((m: any) => m.name)).not.toContain(LATEST_MIGRATION)
      for (const args of [['order', 'list'], ['audit', 'verify'], ['report', 'status'], ['customer', 'show', 'ALFKI']]) {
        const r = await older.run(args)
        expect(r.exitCode, args.join(' ')).toBe(4)
        expect(r.stderr, args.join(' ')).toMatch(
          new RegExp(`^orderdesk: .+ has the schema of an older orderdesk \\(${previous}; this program is at ${LATEST_MIGRATION}\\): run \`orderdesk init\` to bring it up to date \\(back it up first with \`orderdesk backup <file>\`\\); commands that only read never change a desk$`),
        )
        expect(await fingerprint(), args.join(' ')).toEqual(before)
      }
      if (!isPg) {
        const copy = join(scratch, 'older-backup.db')
        expect((await older.run(['backup', copy])).exitCode).toBe(0)
        expect(await fingerprint()).toEqual(before)
      }
      // a command that writes brings it up to date, then reads work
      const w = await older.run(['customer', 'add', '--code', 'OLDR', '--name', 'Older Co'])
      expect(w.exitCode, w.stderr).toBe(0)
      expect((await older.query('select name from kysely_migration order by name desc limit 1'))[0].name).toBe(LATEST_MIGRATION)
      expect((await older.run(['order', 'list'])).exitCode).toBe(0)
    } finally {
      older.cleanup()
    }
  })
})

/** Undoes the newest migration of a desk (as if an older orderdesk had made it); gives the one before. */
async function migrateDown(db: string): Promise<string> {
  const names = Object.keys(MIGRATIONS).sort()
  const dialect = isPg ? new PostgresDialect({ pool: new pg.Pool({ connectionString: db, max: 1 }) }) : new SqliteDialect({ database: new Database(db) })
  const k = new Kysely<any>({ dialect })
  try {
    const r = await new Migrator({ db: k, provider: { getMigrations: async () => MIGRATIONS } }).migrateDown()
    if (r.error) throw r.error
  } finally {
    await k.destroy()
  }
  return names.at(-2)!
}
