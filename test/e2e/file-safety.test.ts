import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { isPg, tempDesk, type Desk } from '../helpers/cli.js'

/**
 * Files the desk writes (issue 16 §1, §8): `--errors`, `--out`, `backup`. A path that is the
 * input, the desk or its -wal/-shm, a SQLite database or a folder is refused (exit 2) with
 * nothing touched; an existing --errors file is replaced only with --yes (else exit 4, like
 * backup); a file system that refuses is exit 6; every file is written whole (temporary file,
 * fsync, rename), created 0660, and reported only once it is there. Formula cells in the errors
 * file are neutralised, HTML in the Markdown report is escaped.
 */

let desk: Desk
beforeEach(async () => {
  desk = await tempDesk()
})
afterEach(() => desk.cleanup())

const HEAD = 'ext_ref,customer,sku,qty,unit_price,discount,order_date,requested_date'
const GOOD = `${HEAD}\nF-1,ALFKI,NW-011,1,,,,\nF-2,VINET,NW-001,2,,,,\n`
const MIXED = `${GOOD}F-3,ALFKI,NW-011,x,,,,\n`

const sha = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex')
const orders = async () => Number((await desk.query<{ n: number | string }>('select count(*) as n from orders'))[0]!.n)
const mode = (f: string) => statSync(f).mode & 0o777

function file(name: string, content: string): string {
  const path = join(desk.dir, name)
  writeFileSync(path, content)
  return path
}

/** Only the files named are in the folder (no temporary file left behind). */
const listing = (dir: string) => readdirSync(dir).filter((f) => !f.startsWith('desk.db')).sort()

describe('--errors never writes over what it must not', { timeout: 120_000 }, () => {
  it('--errors naming the input file (also through ./, a symlink, a hard link) is refused: exit 2, the file unchanged, nothing imported', async () => {
    const input = file('calls.csv', MIXED)
    const before = sha(input)
    const link = join(desk.dir, 'link.csv')
    symlinkSync(input, link)
    const hard = join(desk.dir, 'hard.csv')
    const { linkSync } = await import('node:fs')
    linkSync(input, hard)
    const dotted = `./${relative(process.cwd(), input)}`
    for (const errors of [input, dotted, link, hard]) {
      const r = await desk.run(['import', 'orders', input, '--errors', errors])
      expect({ errors, exitCode: r.exitCode, stderr: r.stderr }).toEqual({
        errors,
        exitCode: 2,
        stderr: `orderdesk: invalid --errors ${JSON.stringify(errors)}: is the file being imported; name another file for the rejected rows`,
      })
      expect(sha(input)).toBe(before)
    }
    expect(await orders()).toBe(0)
  })

  it('--dry-run --errors over its own input is refused the same way', async () => {
    const input = file('calls.csv', MIXED)
    const before = sha(input)
    const r = await desk.run(['import', 'orders', input, '--dry-run', '--errors', input])
    expect(r.exitCode).toBe(2)
    expect(r.stderr).toBe(`orderdesk: invalid --errors ${JSON.stringify(input)}: is the file being imported; name another file for the rejected rows`)
    expect(sha(input)).toBe(before)
  })

  it.skipIf(isPg)('--errors naming the desk database, its -wal or -shm, or another SQLite database is refused: exit 2, the database unchanged', async () => {
    const input = file('calls.csv', MIXED)
    const other = join(desk.dir, 'other.db')
    copyFileSync(desk.db, other)
    const before = { desk: sha(desk.db), other: sha(other) }
    const cases: [string, string][] = [
      [desk.db, 'is the desk database; name another file'],
      [`${desk.db}-wal`, "is the desk database's -wal file; name another file"],
      [`${desk.db}-shm`, "is the desk database's -shm file; name another file"],
      [other, 'is a SQLite database; orderdesk never writes over a database'],
    ]
    for (const [errors, reason] of cases) {
      const r = await desk.run(['import', 'orders', input, '--errors', errors, '--yes'])
      expect({ errors, exitCode: r.exitCode, stderr: r.stderr }).toEqual({ errors, exitCode: 2, stderr: `orderdesk: invalid --errors ${JSON.stringify(errors)}: ${reason}` })
    }
    expect({ desk: sha(desk.db), other: sha(other) }).toEqual(before)
    expect(await orders()).toBe(0)
  })

  it('an existing --errors file is never emptied or deleted: without --yes the import is refused (exit 4); with --yes it is replaced whole', async () => {
    const errors = file('rejected.csv', 'keep me\n')
    // a clean import used to delete it, a bad one to overwrite it
    for (const content of [GOOD, MIXED]) {
      const r = await desk.run(['import', 'orders', file('in.csv', content), '--errors', errors])
      expect(r.exitCode).toBe(4)
      expect(r.stderr).toBe(`orderdesk: ${errors} already exists; nothing was written (pass --yes to replace it)`)
      expect(readFileSync(errors, 'utf8')).toBe('keep me\n')
      expect(await orders()).toBe(0)
    }
    // --yes: the import runs and the file holds this run's rejected rows, nothing else
    const bad = await desk.run(['import', 'orders', file('in.csv', MIXED), '--errors', errors, '--yes'])
    expect(bad.exitCode).toBe(2)
    expect(bad.stderr).toContain(`1 rejected row written to ${errors}`)
    expect(readFileSync(errors, 'utf8')).toBe(`${HEAD},error\nF-3,ALFKI,NW-011,x,,,,,qty: must be a positive whole number\n`)
    expect(await orders()).toBe(2)
    // a clean run with --yes: the file describes this run (the header only), it is not deleted
    const clean = await desk.run(['import', 'orders', file('in2.csv', `${HEAD}\nF-9,ALFKI,NW-011,1,,,,\n`), '--errors', errors, '--yes'])
    expect(clean.exitCode, clean.stderr).toBe(0)
    expect(readFileSync(errors, 'utf8')).toBe(`${HEAD},error\n`)
    expect(listing(desk.dir)).toEqual(['in.csv', 'in2.csv', 'rejected.csv'])
  })

  it('a new --errors file is created 0660 and holds the header only when nothing was rejected', async () => {
    const errors = join(desk.dir, 'new-errors.csv')
    const r = await desk.run(['import', 'orders', file('in.csv', GOOD), '--errors', errors])
    expect(r.exitCode, r.stderr).toBe(0)
    expect(readFileSync(errors, 'utf8')).toBe(`${HEAD},error\n`)
    expect(mode(errors)).toBe(0o660)
    const bad = join(desk.dir, 'bad-errors.csv')
    expect((await desk.run(['import', 'orders', file('in2.csv', MIXED.replace(/F-/g, 'G-')), '--errors', bad])).exitCode).toBe(2)
    expect(mode(bad)).toBe(0o660)
    expect(listing(desk.dir)).toEqual(['bad-errors.csv', 'in.csv', 'in2.csv', 'new-errors.csv'])
  })

  it('--errors naming a folder is refused (exit 2) before anything is imported', async () => {
    const folder = join(desk.dir, 'out')
    mkdirSync(folder)
    const r = await desk.run(['import', 'orders', file('in.csv', MIXED), '--errors', folder])
    expect(r.exitCode).toBe(2)
    expect(r.stderr).toBe(`orderdesk: invalid --errors ${JSON.stringify(folder)}: is a folder; name a file in it`)
    expect(readdirSync(folder)).toEqual([])
    expect(await orders()).toBe(0)
  })

  it('an --errors path the file system refuses is exit 6 naming the file and the reason; never "written"; nothing imported', async () => {
    const input = file('in.csv', MIXED)
    const cases = [
      join(desk.dir, 'no', 'such', 'folder', 'e.csv'), // ENOENT: --errors does not create folders
      join(input, 'e.csv'), // ENOTDIR: the "folder" is a file
      ...(existsSync('/proc/self') ? ['/proc/orderdesk-errors.csv'] : []), // no one may create files there, not even root
    ]
    for (const errors of cases) {
      const r = await desk.run(['import', 'orders', input, '--errors', errors])
      expect({ errors, exitCode: r.exitCode }).toEqual({ errors, exitCode: 6 })
      expect(r.stderr).toMatch(new RegExp(`^orderdesk: cannot write the errors file ${errors.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: E[A-Z]+ \\([^)]+\\); nothing was written$`))
      expect(r.stderr).not.toContain('written to')
      expect(existsSync(errors)).toBe(false)
    }
    expect(sha(input)).toBe(sha(file('again.csv', MIXED)))
    expect(await orders()).toBe(0)
  })

  it('formula cells in the errors file are neutralised like the CSV report; re-importing the fixed file restores the values', async () => {
    const errors = join(desk.dir, 'errors.csv')
    const head = 'ext_ref,customer,sku,qty,note,phone'
    const rows = [
      '=cmd|\' /C calc\'!A0,ALFKI,NW-011,x,+SUM(1),+86 21 5555',
      '@SUM(1+1),ALFKI,NW-011,-1,-2+3,',
    ]
    const r = await desk.run(['import', 'orders', file('in.csv', `${head}\n${rows.join('\n')}\n`), '--errors', errors])
    expect(r.exitCode).toBe(2)
    const text = readFileSync(errors, 'utf8')
    const lines = text.trim().split('\n')
    expect(lines[1]).toBe(`'=cmd|' /C calc'!A0,ALFKI,NW-011,x,'+SUM(1),'+86 21 5555,qty: must be a positive whole number`)
    expect(lines[2]).toBe(`'@SUM(1+1),ALFKI,NW-011,'-1,'-2+3,,qty: must be a positive whole number`)
    // no cell starts a formula
    for (const line of lines.slice(1)) for (const cell of line.split(',')) expect(cell).not.toMatch(/^"?[=+\-@\t\r]/)
    // fixed and imported again: the apostrophe the errors file added is taken off again
    writeFileSync(errors, text.replace(',x,', ',1,').replace("'-1", '1'))
    const fixed = await desk.json(['import', 'orders', errors])
    expect(fixed).toMatchObject({ ordersImported: 2, rejectedCount: 0 })
    const refs = (await desk.query<{ ext_ref: string; note: string }>('select ext_ref, note from orders order by id')).map((o) => [o.ext_ref, o.note])
    expect(refs).toEqual([["=cmd|' /C calc'!A0", '+SUM(1)'], ['@SUM(1+1)', '-2+3']])
  })
})

describe('--out and backup never write over the desk', { timeout: 120_000 }, () => {
  it.skipIf(isPg)('`report status --out <desk>` and `print … --out <desk>` are refused (exit 2) with the database byte for byte unchanged', async () => {
    const n = (await desk.json(['inquiry', 'new', '--customer', 'ALFKI', '--item', 'NW-011=1'])).order.number as string
    const before = sha(desk.db)
    const other = join(desk.dir, 'other.db')
    copyFileSync(desk.db, other)
    const cases: [string[], string, string][] = [
      [['report', 'status', '--format', 'json', '--out', desk.db], desk.db, 'is the desk database; name another file'],
      [['report', 'status', '--format', 'csv', '--out', `${desk.db}-wal`], `${desk.db}-wal`, "is the desk database's -wal file; name another file"],
      [['report', 'status', '--format', 'html', '--out', other], other, 'is a SQLite database; orderdesk never writes over a database'],
      [['print', 'inquiry', n, '--out', desk.db], desk.db, 'is the desk database; name another file'],
      [['print', 'inquiry', n, '--format', 'html', '--out', other], other, 'is a SQLite database; orderdesk never writes over a database'],
      [['report', 'status', '--format', 'md', '--out', desk.dir], desk.dir, 'is a folder; name a file in it'],
      [['print', 'inquiry', n, '--out', desk.dir], desk.dir, 'is a folder; name a file in it'],
    ]
    for (const [args, out, reason] of cases) {
      const r = await desk.run(args)
      expect({ args, exitCode: r.exitCode, stdout: r.stdout, stderr: r.stderr }).toEqual({ args, exitCode: 2, stdout: '', stderr: `orderdesk: invalid --out ${JSON.stringify(out)}: ${reason}` })
    }
    expect(sha(desk.db)).toBe(before)
    expect(sha(other)).toBe(sha(desk.db))
  })

  it("--out and --errors -y refuse another live desk's -wal and -shm (exit 2), their bytes unchanged, nothing imported", async () => {
    const other = join(desk.dir, 'y', 'desk.db')
    mkdirSync(join(desk.dir, 'y'))
    expect((await desk.run(['init'], { env: { ORDERDESK_DB: other } })).exitCode).toBe(0)
    const live = new Database(other)
    try {
      live.pragma('journal_mode = WAL')
      live.pragma('wal_autocheckpoint = 0')
      live.exec("create table scratch (x); insert into scratch values ('kept')")
      const before = [sha(`${other}-wal`), sha(`${other}-shm`)]
      const input = file('in.csv', GOOD)
      const cases: [string[], string, string][] = [
        [['report', 'status', '--format', 'text', '--out', `${other}-wal`], '--out', `${other}-wal`],
        [['report', 'status', '--format', 'csv', '--out', `${other}-shm`], '--out', `${other}-shm`],
        [['import', 'orders', input, '--errors', `${other}-wal`, '-y'], '--errors', `${other}-wal`],
        [['import', 'orders', input, '--errors', `${other}-shm`, '-y'], '--errors', `${other}-shm`],
      ]
      for (const [args, field, out] of cases) {
        const suffix = out.slice(out.lastIndexOf('-'))
        const r = await desk.run(args)
        expect({ args, exitCode: r.exitCode, stdout: r.stdout, stderr: r.stderr }).toEqual({
          args,
          exitCode: 2,
          stdout: '',
          stderr: `orderdesk: invalid ${field} ${JSON.stringify(out)}: is the ${suffix} file of the SQLite database beside it; orderdesk never writes over a database`,
        })
      }
      expect([sha(`${other}-wal`), sha(`${other}-shm`)]).toEqual(before)
      expect(await orders()).toBe(0)
      expect(live.prepare('select x from scratch').pluck().all()).toEqual(['kept'])
    } finally {
      live.close()
    }
  })

  it('--out replaces an earlier report or form whole, without asking; new files are 0660; a file-system refusal is exit 6', async () => {
    const n = (await desk.json(['inquiry', 'new', '--customer', 'ALFKI', '--item', 'NW-011=1'])).order.number as string
    const dir = join(desk.dir, 'reports')
    const out = join(dir, 'status.csv')
    const first = await desk.run(['report', 'status', '--out', out])
    expect(first.exitCode, first.stderr).toBe(0)
    expect(mode(out)).toBe(0o660)
    writeFileSync(out, 'an earlier report\n')
    const again = await desk.run(['report', 'status', '--out', out, '--json'])
    expect(again.exitCode, again.stderr).toBe(0)
    expect(readFileSync(out, 'utf8')).toMatch(/^list,owner,order,/)
    expect(JSON.parse(again.stdout)).toMatchObject({ out, format: 'csv', bytes: statSync(out).size })
    const form = join(dir, 'inquiry.html')
    expect((await desk.run(['print', 'inquiry', n, '--out', form])).exitCode).toBe(0)
    expect(mode(form)).toBe(0o660)
    expect((await desk.run(['print', 'inquiry', n, '--out', form])).exitCode).toBe(0)
    expect(readdirSync(dir).sort()).toEqual(['inquiry.html', 'status.csv'])
    // a file where a folder should be: exit 6 (it was exit 1, an "internal error"), nothing written
    const blocked = await desk.run(['print', 'inquiry', n, '--out', join(out, 'x.html')])
    expect(blocked.exitCode).toBe(6)
    expect(blocked.stderr).toMatch(new RegExp(`^orderdesk: cannot write the form to ${out.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}/x\\.html: ENOTDIR \\(`))
    expect(blocked.stderr).not.toContain('written to')
    expect(readdirSync(dir).sort()).toEqual(['inquiry.html', 'status.csv'])
  })

  it('the Markdown report escapes HTML and table pipes in data', async () => {
    await desk.json(['customer', 'add', '--code', 'XSS', '--name', '<script>alert(1)</script> | A&B *bold*'])
    // an inquiry two days old is listed as not stock-checked, with the customer's name
    await desk.json(['inquiry', 'new', '--customer', 'XSS', '--item', 'NW-011=1'], { env: { ORDERDESK_TODAY: '2026-11-24' } })
    const r = await desk.run(['report', 'status', '--format', 'md'])
    expect(r.exitCode, r.stderr).toBe(0)
    expect(r.stdout).not.toContain('<script>')
    expect(r.stdout).toContain('XSS &lt;script&gt;alert(1)&lt;/script&gt; \\| A&amp;B \\*bold\\*')
  })

  it.skipIf(isPg)('backup refuses the desk\'s -wal, a folder and a file that is not an earlier backup; its file is 0660; a refusing file system is exit 6', async () => {
    const before = sha(desk.db)
    const wal = await desk.run(['backup', `${desk.db}-wal`, '--yes'])
    expect(wal.exitCode).toBe(2)
    expect(wal.stderr).toBe(`orderdesk: invalid file ${JSON.stringify(`${desk.db}-wal`)}: is the desk database's -wal file; name another file`)
    const report = file('report.csv', 'a report\n')
    const notDb = await desk.run(['backup', report, '--yes'])
    expect(notDb.exitCode).toBe(2)
    expect(notDb.stderr).toBe(`orderdesk: invalid file ${JSON.stringify(report)}: is not a SQLite database; backup replaces only an earlier backup`)
    expect(readFileSync(report, 'utf8')).toBe('a report\n')
    const copy = join(desk.dir, 'nightly.db')
    expect((await desk.run(['backup', copy])).exitCode).toBe(0)
    expect(mode(copy)).toBe(0o660)
    expect((await desk.run(['backup', copy, '--yes'])).exitCode).toBe(0) // an earlier backup: replaced
    if (existsSync('/proc/self')) {
      const ro = await desk.run(['backup', '/proc/orderdesk-backup.db'])
      expect(ro.exitCode).toBe(6)
      expect(ro.stderr).toMatch(/^orderdesk: cannot write the backup \/proc\/orderdesk-backup\.db: E[A-Z]+ \(.+\); nothing was written$/)
    }
    expect(sha(desk.db)).toBe(before)
  })
})
