import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, readFileSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { tempDesk, type Desk } from '../helpers/cli.js'

/**
 * Backups (issue 10): `backup <file>` is SQLite's online backup while others write, checked
 * before it is put in place; restore is copying the file back; the database and its folder
 * are readable and writable by owner and group only; `init` never overwrites a database.
 */

let desk: Desk
beforeEach(async () => {
  desk = await tempDesk()
})
afterEach(() => desk.cleanup())

const sha = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex')

function inspect(path: string) {
  const db = new Database(path, { readonly: true, fileMustExist: true })
  try {
    const n = (q: string) => db.prepare(q).pluck().get() as number
    return {
      integrity: db.prepare('pragma integrity_check').pluck().all() as string[],
      journal: db.prepare('pragma journal_mode').pluck().get() as string,
      counts: { orders: n('select count(*) from orders'), events: n('select count(*) from events'), stockMoves: n('select count(*) from stock_moves') },
      // orders without lines or without their first event: not whole
      broken: n(`select count(*) from orders o where not exists (select 1 from order_lines l where l.order_id = o.id)
                 or not exists (select 1 from events e where e.order_id = o.id and e.action = 'inquiry.new')`),
      numbers: db.prepare('select number from orders order by id').pluck().all() as string[],
    }
  } finally {
    db.close()
  }
}

const inquiry = async (customer = 'ALFKI') => (await desk.json(['inquiry', 'new', '--customer', customer, '--item', 'NW-011=1', '--item', 'NW-001=2'])).order.number as string

describe('backup', { timeout: 120_000 }, () => {
  it('copies the desk while another process writes; each copy passes integrity_check and has the counts it reports', async () => {
    await inquiry()
    let writing = true
    const writer = (async () => {
      let i = 0
      while (writing || i < 4) {
        const r = await desk.run(['inquiry', 'new', '--customer', 'VINET', '--item', 'NW-002=1', '--note', `w${i++}`])
        expect(r.exitCode, r.stderr).toBe(0)
      }
      return i
    })()
    const copies: { path: string; json: any }[] = []
    for (let k = 1; k <= 3; k++) {
      const path = join(desk.dir, `backup-${k}.db`)
      copies.push({ path, json: await desk.json(['backup', path], { user: 'zhou' }) })
    }
    writing = false
    const written = await writer
    const final = inspect(desk.db)
    expect(final.counts.orders).toBe(1 + written)
    for (const { path, json } of copies) {
      expect(json).toEqual({
        file: path, bytes: statSync(path).size, integrity: 'ok', ms: expect.any(Number),
        counts: { orders: expect.any(Number), events: expect.any(Number), stockMoves: 25 },
        lastEvent: { id: json.counts.events, hash: expect.stringMatching(/^[0-9a-f]{64}$/) },
        auditHead: json.lastEvent, // the head it copied (issue 16 §6): audit verify --against
      })
      const c = inspect(path)
      expect(c.integrity).toEqual(['ok'])
      expect(c.journal).toBe('delete') // one self-contained file
      expect(c.counts).toEqual(json.counts)
      expect(c.broken).toBe(0)
      expect(c.numbers).toEqual(final.numbers.slice(0, c.counts.orders)) // a consistent moment of the desk
      expect(json.counts.events).toBe(1 + c.counts.orders) // the demo load + one event per inquiry
      expect(statSync(path).mode & 0o777).toBe(0o660)
      expect(existsSync(`${path}-wal`) || existsSync(`${path}-journal`)).toBe(false)
    }
    expect(copies[0]!.json.counts.orders).toBeGreaterThanOrEqual(1)
    expect(final.counts.orders).toBeGreaterThan(copies[0]!.json.counts.orders) // the writer went on during the backups
    const v = await desk.run(['audit', 'verify', '--db', copies[2]!.path])
    expect(v.exitCode, v.stderr).toBe(0)
  })

  it('refuses to overwrite without --yes; --yes replaces; restore is copying the file back', async () => {
    const before = await inquiry()
    const file = join(desk.dir, 'nightly.db')
    const human = await desk.run(['backup', file])
    expect(human.exitCode).toBe(0)
    expect(human.stdout).toBe(file)
    expect(human.stderr).toMatch(new RegExp(`^✓ backup written to ${file} \\(\\d+ kB\\): 1 orders, 2 events, 25 stock moves; integrity ok\\n  last audit event: #2 [0-9a-f]{64}$`))
    const first = sha(file)

    const after = await inquiry('VINET')
    const again = await desk.run(['backup', file])
    expect(again.exitCode).toBe(4)
    expect(again.stderr).toBe(`orderdesk: ${file} already exists; nothing was written (pass --yes to replace it)`)
    expect(sha(file)).toBe(first)
    const replaced = await desk.json(['backup', file, '--yes'])
    expect(replaced.counts).toEqual({ orders: 2, events: 3, stockMoves: 25 })
    expect(sha(file)).not.toBe(first)

    // bad targets: a folder and the desk itself (exit 2); a missing folder or a file as the folder: the file system refuses (exit 6, issue 16)
    const missing = await desk.run(['backup', join(desk.dir, 'no', 'such', 'x.db')])
    expect(missing.exitCode).toBe(6)
    expect(missing.stderr).toBe(`orderdesk: cannot write the backup ${join(desk.dir, 'no', 'such', 'x.db')}: ENOENT (the folder ${join(desk.dir, 'no', 'such')} does not exist); nothing was written`)
    const folder = await desk.run(['backup', desk.dir, '--yes'])
    expect(folder.exitCode).toBe(2)
    expect(folder.stderr).toBe(`orderdesk: invalid file "${desk.dir}": is a folder; name the backup file, e.g. orderdesk-2026-11-26.db`)
    const inFile = await desk.run(['backup', join(file, 'x.db')])
    expect(inFile.exitCode).toBe(6)
    expect(inFile.stderr).toBe(`orderdesk: cannot write the backup ${join(file, 'x.db')}: ENOTDIR (${file} is not a folder); nothing was written`)
    if (existsSync('/proc/self')) {
      // a folder nobody may write in, even root: the reason is named, not an internal error
      const ro = await desk.run(['backup', '/proc/orderdesk-backup.db'])
      expect(ro.exitCode).toBe(6)
      expect(ro.stderr).toMatch(/^orderdesk: cannot write the backup \/proc\/orderdesk-backup\.db: .+; nothing was written$/)
    }
    const self = await desk.run(['backup', desk.db, '--yes'])
    expect(self.exitCode).toBe(2)
    expect(self.stderr).toBe(`orderdesk: invalid file "${desk.db}": is the desk database itself; back up to another file`)

    // restore: with no orderdesk running on the desk, remove its WAL files and copy the backup back
    const third = await inquiry()
    for (const f of [`${desk.db}-wal`, `${desk.db}-shm`]) rmSync(f, { force: true })
    copyFileSync(file, desk.db)
    expect((await desk.json(['order', 'show', before])).number).toBe(before)
    expect((await desk.json(['order', 'show', after])).number).toBe(after)
    const gone = await desk.run(['order', 'show', third])
    expect(gone.exitCode).toBe(3)
    expect((await desk.run(['audit', 'verify'])).exitCode).toBe(0)
    // the restored desk goes on: the next number follows the restored ones
    expect(await inquiry()).toBe(third)
  })
})

describe('files and init', { timeout: 120_000 }, () => {
  it('a new database and its folder are created 0660 / 0770 (owner and group only)', async () => {
    const dir = join(desk.dir, 'new', 'desk')
    const db = join(dir, 'orderdesk.db')
    const r = await desk.run(['init', '--db', db])
    expect(r.exitCode, r.stderr).toBe(0)
    expect(statSync(dir).mode & 0o777).toBe(0o770)
    expect(statSync(db).mode & 0o777).toBe(0o660)
    // while the desk is open, SQLite's -wal and -shm files take the database file's mode
    const open = new Database(db)
    open.exec('create table probe (x); insert into probe values (1)')
    expect([statSync(`${db}-wal`).mode & 0o777, statSync(`${db}-shm`).mode & 0o777]).toEqual([0o660, 0o660])
    open.close()
    // an existing folder and file keep the modes their owner gave them
    expect(statSync(desk.dir).mode & 0o777).toBe(0o700)
  })

  it('init never overwrites: data survives `init`, and `init --demo` is refused on a desk with data', async () => {
    const n = await inquiry()
    const before = inspect(desk.db)
    const r = await desk.run(['init'])
    expect(r.exitCode).toBe(0)
    expect(r.stdout).toBe(`database ready: ${desk.db}`)
    const demo = await desk.run(['init', '--demo'])
    expect(demo.exitCode).toBe(4)
    expect(demo.stderr).toBe('orderdesk: this database already has data (users, customers, products, audit events); use --demo only on a new database')
    expect(inspect(desk.db)).toEqual(before)
    expect((await desk.json(['order', 'show', n])).lines).toHaveLength(2)
  })
})
