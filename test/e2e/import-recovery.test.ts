import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { execa, type ResultPromise } from 'execa'
import { afterEach, describe, expect, it } from 'vitest'
import { PG_IMPORT_LOCK } from '../../src/store/import-lease.js'
import { BIN, TODAY, isPg, tempDesk, type Desk } from '../helpers/cli.js'

/**
 * Interrupted imports (issue 16 §2): a batch left `running` by a run that stopped (kill -9, a
 * crash, a full disk) is seen by the next import, which says what it had committed, marks it
 * interrupted with an audit event and imports what is new; a batch whose process is still
 * running is left alone; a full disk ends the run with its summary and exit 6.
 */

let desk: Desk | undefined
afterEach(() => desk?.cleanup())

const HEAD = 'ext_ref,customer,sku,qty,unit_price'
const SKUS = ['NW-001', 'NW-011', 'NW-012']

/** `n` one- or two-line orders PH-<from>… as CSV rows (no header). */
function orderRows(from: number, n: number): string[] {
  const rows: string[] = []
  for (let i = from; i < from + n; i++) {
    const ref = `PH-${String(i).padStart(5, '0')}`
    rows.push(`${ref},ALFKI,${SKUS[i % 3]},${1 + (i % 4)},10.00`)
    if (i % 2 === 0) rows.push(`${ref},ALFKI,${SKUS[(i + 1) % 3]},1,2.50`)
  }
  return rows
}

function file(name: string, rows: string[]): string {
  const path = join(desk!.dir, name)
  writeFileSync(path, `${[HEAD, ...rows].join('\n')}\n`)
  return path
}

async function imp(args: string[]) {
  const r = await desk!.run(['import', ...args, '--json'])
  let s: any = null
  try {
    s = JSON.parse(r.stdout)
  } catch {
    throw new Error(`import ${args.join(' ')} printed no JSON (exit ${r.exitCode}): ${r.stderr}`)
  }
  return { code: r.exitCode, s, stderr: r.stderr }
}

const batches = () => desk!.query<{ id: number; status: string; finished_at: string | null }>('select id, status, finished_at from import_batches order by id')
const one = async <T = any>(sqlText: string, params: unknown[] = []) => (await desk!.query<T>(sqlText, params))[0]!

/** `orderdesk import orders - ...` with stdin left open: the caller writes rows and ends it. */
function stdinImport(args: string[] = []): ResultPromise<{ stdin: 'pipe'; reject: false; env: Record<string, string> }> {
  return execa('node', [BIN, 'import', 'orders', '-', '--json', ...args], {
    stdin: 'pipe',
    reject: false,
    env: { ORDERDESK_DB: desk!.db, ORDERDESK_TODAY: TODAY, ORDERDESK_USER: 'li', NO_COLOR: '1' },
  })
}

/** Waits (without a clock) until `check` holds, giving up after a generous bound with `what` named. */
async function until(what: string, check: () => Promise<boolean>, bound = 60_000): Promise<void> {
  const t0 = Date.now()
  while (!(await check())) {
    if (Date.now() - t0 > bound) throw new Error(`gave up waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 25))
  }
}

/** The lock files beside a SQLite desk (none on PostgreSQL). */
const lockFiles = () => (isPg ? [] : readdirSync(desk!.dir).filter((f) => f.includes('-import-')))

/** PostgreSQL only: is batch `id`'s lease (a session advisory lock) still held by some connection? */
async function pgLeaseHeld(id: number): Promise<boolean> {
  const r = await one<{ n: number }>(
    "select count(*) as n from pg_locks where locktype = 'advisory' and classid = ? and objid = ? and objsubid = 2 and database = (select oid from pg_database where datname = current_database())",
    [PG_IMPORT_LOCK, id],
  )
  return r.n > 0
}

describe('import: a batch left running', () => {
  it('is named by the next import with what it had committed, marked interrupted with an audit event, and the new orders are imported', async () => {
    desk = await tempDesk()
    const first = await imp(['orders', file('day1.csv', orderRows(1, 3))])
    expect(first.code).toBe(0)
    expect(first.s).toMatchObject({ batch: 1, ordersImported: 3, linesImported: 4, total: '92.50', interrupted: [], stillRunning: [] })
    expect(lockFiles()).toEqual([])
    // what a run killed before its end (or an orderdesk before this fix) leaves behind
    await desk.query("update import_batches set status = 'running', finished_at = null, summary = null where id = 1")
    const started = (await one<{ started_at: string }>('select started_at from import_batches where id = 1')).started_at

    const again = await imp(['orders', file('day1-and-2.csv', orderRows(1, 5))])
    expect(again.code, again.stderr).toBe(0)
    expect(again.s.interrupted).toEqual([
      {
        batch: 1,
        kind: 'orders',
        file: join(desk.dir, 'day1.csv'),
        actor: 'li',
        startedAt: started,
        committed: { orders: 3, lines: 4, total: '92.50', firstNumber: '26-00001', lastNumber: '26-00003' },
      },
    ])
    expect(again.s.stillRunning).toEqual([])
    expect(again.s).toMatchObject({ batch: 2, duplicates: 3, ordersImported: 2, firstNumber: '26-00004', lastNumber: '26-00005' })
    expect((await batches()).map((b) => [b.id, b.status, b.finished_at !== null])).toEqual([
      [1, 'interrupted', true],
      [2, 'done', true],
    ])
    const ev = await desk.query<{ actor: string; data: string; id: number }>("select id, actor, data from events where action = 'import.interrupted'")
    expect(ev).toHaveLength(1)
    expect(ev[0]!.actor).toBe('li')
    expect(JSON.parse(ev[0]!.data)).toEqual({
      kind: 'orders',
      file: join(desk.dir, 'day1.csv'),
      startedAt: started,
      startedBy: 'li',
      reason: 'stopped',
      committed: { orders: 3, lines: 4, total: 9250, firstNumber: '26-00001', lastNumber: '26-00003' },
    })
    // the recovery is its own transaction and event, before the new run's
    const run = await one<{ id: number }>("select min(id) as id from events where action = 'inquiry.new' and ref = '26-00004'")
    expect(ev[0]!.id).toBeLessThan(run.id)
    expect((await one<{ n: number }>("select count(*) as n from orders where ext_ref like 'PH-%'")).n).toBe(5)

    // said in words too, and only once: the next run finds nothing to finish
    await desk.query("update import_batches set status = 'running', finished_at = null where id = 2")
    const human = await desk.run(['import', 'orders', join(desk.dir, 'day1-and-2.csv')])
    expect(human.exitCode, human.stderr).toBe(0)
    expect(human.stderr).toContain(
      `! import batch 2 (orders from ${join(desk.dir, 'day1-and-2.csv')}, started ${(await one<{ s: string }>('select started_at as s from import_batches where id = 2')).s} by li) stopped before it finished: 2 orders, 3 lines, total 32.50 had been committed (26-00004 … 26-00005); it is now marked interrupted\n`,
    )
    const third = await imp(['orders', join(desk.dir, 'day1-and-2.csv')])
    expect(third.s).toMatchObject({ interrupted: [], stillRunning: [], duplicates: 5, ordersImported: 0 })
    expect((await desk.run(['audit', 'verify'])).exitCode).toBe(0)
  })

  it('a master-data batch left running is finished by the next import of any kind, with the rows it had committed', async () => {
    desk = await tempDesk()
    const path = join(desk.dir, 'customers.csv')
    writeFileSync(path, 'code,name\nNEWCO,New Co\nALFKI,Alfreds Futterkiste Neu\n')
    const c = await imp(['customers', path])
    expect(c.s).toMatchObject({ batch: 1, created: 1, updated: 1, interrupted: [], stillRunning: [] })
    // as a run stopped after its batch committed leaves it: the progress it wrote with that batch
    await desk.query("update import_batches set status = 'running', finished_at = null where id = 1")
    const o = await imp(['orders', file('o.csv', orderRows(1, 1))])
    expect(o.code, o.stderr).toBe(0)
    expect(o.s.interrupted).toEqual([
      expect.objectContaining({ batch: 1, kind: 'customers', file: path, committed: { rowsRead: 2, created: 1, updated: 1, unchanged: 0 } }),
    ])
    expect((await batches()).map((b) => b.status)).toEqual(['interrupted', 'done'])
  })

  it('kill -9 in the middle of an import: the next run names the 40 orders committed, marks the batch interrupted and imports the rest, each ext_ref once', async () => {
    desk = await tempDesk()
    const rows = orderRows(1, 60)
    const all = file('calls.csv', rows)
    const child = stdinImport(['--batch-size', '10'])
    // 45 orders and the first row of the 46th: batches of 10 commit up to 40, the rest waits for more input
    const upTo46 = rows.slice(0, rows.findIndex((r) => r.startsWith('PH-00046,')) + 1)
    child.stdin!.write(`${HEAD}\n${upTo46.join('\n')}\n`)
    await until('40 orders committed', async () => (await one<{ n: number }>('select count(*) as n from order_imports')).n >= 40)
    const batch = (await one<{ id: number }>("select max(id) as id from import_batches where status = 'running'")).id
    expect(child.kill('SIGKILL')).toBe(true)
    const killed = await child
    expect(killed.signal).toBe('SIGKILL')
    expect((await batches()).map((b) => b.status)).toEqual(['running'])
    if (isPg) await until('the server to drop the killed session', async () => !(await pgLeaseHeld(batch)))

    const again = await imp(['orders', all])
    expect(again.code, again.stderr).toBe(0)
    expect(again.s.interrupted).toEqual([
      expect.objectContaining({
        batch,
        kind: 'orders',
        file: 'stdin',
        actor: 'li',
        committed: { orders: 40, lines: 60, total: '1050.00', firstNumber: '26-00001', lastNumber: '26-00040' },
      }),
    ])
    expect(again.s).toMatchObject({ duplicates: 40, ordersImported: 20, firstNumber: '26-00041', lastNumber: '26-00060' })
    expect((await batches()).map((b) => b.status)).toEqual(['interrupted', 'done'])
    const refs = await desk.query<{ ext_ref: string; n: number }>("select ext_ref, count(*) as n from orders where ext_ref like 'PH-%' group by ext_ref having count(*) <> 1")
    expect(refs).toEqual([])
    expect((await one<{ n: number }>("select count(*) as n from orders where ext_ref like 'PH-%'")).n).toBe(60)
    expect(lockFiles()).toEqual([])
    expect((await desk.run(['audit', 'verify'])).exitCode).toBe(0)
  })

  it('an import still running in another process is not taken for an interrupted one', async () => {
    desk = await tempDesk()
    const rows = orderRows(1, 30)
    const child = stdinImport(['--batch-size', '10'])
    const upTo26 = rows.slice(0, rows.findIndex((r) => r.startsWith('PH-00026,')) + 1)
    child.stdin!.write(`${HEAD}\n${upTo26.join('\n')}\n`)
    await until('20 orders committed', async () => (await one<{ n: number }>('select count(*) as n from order_imports')).n >= 20)
    const batch = (await one<{ id: number; started_at: string }>("select id, started_at from import_batches where status = 'running'"))
    if (!isPg) expect(lockFiles()).toEqual([`desk.db-import-${batch.id}.lock`])

    // a second clerk imports another file meanwhile: the first run is named as running and left alone
    const other = await imp(['orders', file('other.csv', orderRows(500, 2))])
    expect(other.code, other.stderr).toBe(0)
    expect(other.s.interrupted).toEqual([])
    expect(other.s.stillRunning).toEqual([{ batch: batch.id, kind: 'orders', file: 'stdin', actor: 'li', startedAt: batch.started_at }])
    expect(other.s).toMatchObject({ ordersImported: 2 })
    const human = await desk.run(['import', 'orders', join(desk.dir, 'other.csv')])
    expect(human.stderr).toContain(`! import batch ${batch.id} (orders from stdin, started ${batch.started_at} by li) is still running in another process; left alone\n`)
    expect((await batches()).map((b) => [b.id, b.status])).toEqual([
      [batch.id, 'running'],
      [batch.id + 1, 'done'],
      [batch.id + 2, 'done'],
    ])

    // the first run goes on and finishes as usual
    child.stdin!.end(`${rows.slice(upTo26.length).join('\n')}\n`)
    const done = await child
    expect(done.exitCode, String(done.stderr)).toBe(0)
    expect(JSON.parse(String(done.stdout))).toMatchObject({ batch: batch.id, ordersImported: 30, interrupted: [], stillRunning: [] })
    expect((await batches()).map((b) => b.status)).toEqual(['done', 'done', 'done'])
    expect(lockFiles()).toEqual([])
    expect((await one<{ n: number }>("select count(*) as n from events where action = 'import.interrupted'")).n).toBe(0)
  })

  it('--dry-run names an interrupted batch but leaves it as it is', async () => {
    desk = await tempDesk()
    const path = file('a.csv', orderRows(1, 2))
    await imp(['orders', path])
    await desk.query("update import_batches set status = 'running', finished_at = null where id = 1")
    const dry = await imp(['orders', path, '--dry-run'])
    expect(dry.code).toBe(0)
    expect(dry.s.interrupted).toEqual([expect.objectContaining({ batch: 1, committed: expect.objectContaining({ orders: 2 }) })])
    expect((await batches()).map((b) => b.status)).toEqual(['running'])
    expect((await one<{ n: number }>("select count(*) as n from events where action = 'import.interrupted'")).n).toBe(0)
  })
})

/** Whether this process may mount a tmpfs (root, and a kernel and sandbox that allow it). */
function canMountTmpfs(): string | null {
  if (isPg) return 'the PostgreSQL server keeps its data on its own disk'
  if (process.getuid?.() !== 0) return 'not root'
  const dir = mkdtempSync(join(tmpdir(), 'orderdesk-mount-probe-'))
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir], { stdio: 'pipe' })
    execFileSync('umount', [dir], { stdio: 'pipe' })
    return null
  } catch (e) {
    return `mount -t tmpfs failed: ${String((e as { stderr?: Buffer }).stderr ?? e).trim()}`
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
const NO_TMPFS = canMountTmpfs()
if (NO_TMPFS && !isPg) {
  process.stderr.write(`\n!!! import-recovery.test.ts: SKIPPING the disk-full test: ${NO_TMPFS}. It needs root and mount -t tmpfs.\n!!! The interrupted-batch logic is still covered by the other tests of this file.\n\n`)
}

describe('import: the disk fills up', () => {
  it.skipIf(NO_TMPFS !== null)('the run prints what was committed and exits 6; once there is room the next run finishes the file', { timeout: 300_000 }, async () => {
    desk = await tempDesk()
    const mount = mkdtempSync(join(tmpdir(), 'orderdesk-full-'))
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1500k', 'tmpfs', mount])
    try {
      const db = join(mount, 'desk.db')
      execFileSync('cp', [desk.db, db])
      const rows = orderRows(1, 6000)
      const path = join(desk.dir, 'big.csv') // the input is not on the full disk
      writeFileSync(path, `${[HEAD, ...rows].join('\n')}\n`)
      const env = { ORDERDESK_DB: db, ORDERDESK_TODAY: TODAY, ORDERDESK_USER: 'li', NO_COLOR: '1', SQLITE_TMPDIR: mount }
      const r = await execa('node', [BIN, 'import', 'orders', path, '--json', '--batch-size', '100'], { reject: false, env })
      expect(r.exitCode, r.stderr).toBe(6)
      const s = JSON.parse(r.stdout)
      const err = JSON.parse(r.stderr).error
      expect(err.code).toBe('disk_full')
      const q = (sqlText: string) => {
        const h = new Database(db, { readonly: true, fileMustExist: true })
        try {
          return h.prepare(sqlText).all() as any[]
        } finally {
          h.close()
        }
      }
      const got = (q("select (select count(*) from order_imports) as n, (select status from import_batches where id = 1) as status, (select count(*) from events where action = 'import.interrupted') as ev"))[0]
      // the summary is what was committed, no more and no less
      expect(got.n).toBeGreaterThan(0)
      expect(got.n).toBeLessThan(6000)
      expect(s).toMatchObject({ committed: true, batch: 1, ordersImported: got.n, firstNumber: '26-00001', lastNumber: `26-${String(got.n).padStart(5, '0')}` })
      expect(s.stopped).toMatchObject({ code: 'disk_full' })
      expect(err.message).toContain(`the import stopped: the disk is full (database or disk is full); ${got.n.toLocaleString('en-US')} orders had been committed (batch 1, 26-00001 … 26-${String(got.n).padStart(5, '0')})`)
      // the run marks its own batch when the disk lets it, else the next run does
      expect(['interrupted', 'running']).toContain(got.status)
      expect(got.ev).toBe(got.status === 'interrupted' ? 1 : 0)
      expect(s.stopped.batchFinished).toBe(got.status === 'interrupted')

      execFileSync('mount', ['-o', 'remount,size=64m', mount])
      const again = await execa('node', [BIN, 'import', 'orders', path, '--json'], { reject: false, env })
      expect(again.exitCode, again.stderr).toBe(0)
      const a = JSON.parse(again.stdout)
      expect(a).toMatchObject({ duplicates: got.n, ordersImported: 6000 - got.n })
      expect(a.interrupted).toHaveLength(got.status === 'running' ? 1 : 0)
      const end = (q("select (select count(distinct ext_ref) from orders where ext_ref like 'PH-%') as refs, (select count(*) from orders where ext_ref like 'PH-%') as n, (select group_concat(status) from import_batches) as st"))[0]
      expect(end).toEqual({ refs: 6000, n: 6000, st: 'interrupted,done' })
      const audit = await execa('node', [BIN, 'audit', 'verify'], { reject: false, env })
      expect(audit.exitCode, audit.stderr).toBe(0)
    } finally {
      execFileSync('umount', ['-l', mount])
      rmSync(mount, { recursive: true, force: true })
    }
  })
})
