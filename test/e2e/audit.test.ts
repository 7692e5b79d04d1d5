import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { eventHashInput, hashEvent } from '../../src/store/queries/events.js'
import { DEMO_PIN, tempDesk, type Desk } from '../helpers/cli.js'

/**
 * Tamper-evident audit trail (issue 10): each event stores the previous event's hash and a
 * hash over that and its own content; `audit verify` names the first event edited, deleted
 * or inserted. The tests change the database directly, as someone with access to it would
 * (on both backends: a copy of the desk, changed with plain SQL).
 */

let desk: Desk
const copies: Desk[] = []
let events: { id: number; action: string; ref: string }[]
let n1: string
let n2: string

const asManager = { user: 'wang', env: { ORDERDESK_PIN: DEMO_PIN } }

beforeAll(async () => {
  desk = await tempDesk()
  n1 = (await desk.json(['inquiry', 'new', '--customer', 'ALFKI', '--item', 'NW-011=5'])).order.number
  n2 = (await desk.json(['inquiry', 'new', '--customer', 'VINET', '--item', 'NW-001=2'])).order.number
  await desk.json(['stock', 'check', n1])
  await desk.json(['contract', 'sign', n1, '--payment-method', 'transfer', '--payment-due', '+7', '--deposit', '0'])
  await desk.json(['payment', 'record', n1, '--amount', '50'], { user: 'wu' })
  await desk.json(['order', 'confirm', n1], asManager)
  await desk.json(['stock', 'check', n2])
  events = (await desk.query('select id, action, ref from events order by id')) as typeof events
})
afterAll(() => {
  desk.cleanup()
  for (const c of copies) c.cleanup()
})

/** A copy of the desk to tamper with: its database (path or URL). */
const byDb = new Map<string, Desk>()
async function copy(): Promise<string> {
  const c = await tempDesk({ copyOf: desk })
  copies.push(c)
  byDb.set(c.db, c)
  return c.db
}

type Q = <R = any>(sqlText: string, params?: unknown[]) => Promise<R[]>
/** Changes the copy directly, in one transaction. */
async function tamper(path: string, fn: (q: Q) => Promise<void>): Promise<void> {
  await byDb.get(path)!.tx(fn)
}
/** The first column of the first row. */
async function first<T>(q: Q, sqlText: string, params: unknown[] = []): Promise<T> {
  return Object.values((await q(sqlText, params))[0] ?? {})[0] as T
}

async function verify(path: string) {
  const r = await desk.run(['audit', 'verify', '--db', path, '--json'])
  return { exitCode: r.exitCode, report: r.stdout ? JSON.parse(r.stdout) : null, error: r.stderr ? JSON.parse(r.stderr).error : null }
}

const byAction = (action: string, ref?: string) => events.find((e) => e.action === action && (ref === undefined || e.ref === ref))!

type Row = Record<string, unknown> & { id: number; prev_hash: string; hash: string }
/** The hash a row would have, chained to `prev` (what someone who knows the formula can compute). */
const hashOf = (row: Row, prev: string) => hashEvent(eventHashInput(prev, row as never))

describe('audit verify', { timeout: 120_000 }, () => {
  it('an untouched desk verifies: exit 0, every event, the head named', async () => {
    expect(events.map((e) => e.action)).toEqual([
      'init.demo', 'inquiry.new', 'inquiry.new', 'stock.check', 'contract.sign', 'payment.record',
      'signoff.pin_attempt', 'signoff.pin_ok', 'order.confirm', 'stock.check',
    ])
    const r = await desk.run(['audit', 'verify'])
    expect(r.exitCode).toBe(0)
    const head = r.stdout.split('\n')
    expect(head[0]).toBe('audit trail: 10 events, chain intact')
    expect(head[1]).toMatch(/^head: #10 \d{4}-\d\d-\d\dT[\d:.]+Z [0-9a-f]{64}$/)
    expect(r.stderr).toBe('✓ audit trail intact: 10 events verified')
    const j = await verify(desk.db)
    expect(j).toMatchObject({ exitCode: 0, error: null, report: { ok: true, verified: 10, break: null, head: { id: 10 } } })
  })

  it('an edited event (its data changed) is named: id, action, ref', async () => {
    const path = await copy()
    const target = byAction('payment.record')
    await tamper(path, async (q) => void (await q("update events set data = replace(data, '5000', '500000') where id = ?", [target.id])))
    const r = await verify(path)
    expect(r.exitCode).toBe(4)
    expect(r.error).toMatchObject({ code: 'audit_broken', details: { kind: 'edited', id: target.id, action: 'payment.record', ref: n1 } })
    expect(r.report).toMatchObject({ ok: false, verified: target.id - 1, break: { kind: 'edited', id: target.id, action: 'payment.record', ref: n1, actor: 'wu' } })
    const human = await desk.run(['audit', 'verify', '--db', path])
    expect(human.exitCode).toBe(4)
    expect(human.stdout).toBe('')
    expect(human.stderr).toMatch(
      new RegExp(`^orderdesk: audit trail broken: event #${target.id} \\(payment\\.record ${n1}, wu, [^)]+\\) does not match its hash: it was edited after it was written; the ${target.id - 1} events before it are intact$`),
    )
  })

  it('an edited actor or status with the hash left alone, and an edit whose own hash was recomputed', async () => {
    const path = await copy()
    const target = byAction('order.confirm')
    await tamper(path, async (q) => void (await q("update events set actor = 'li' where id = ?", [target.id])))
    expect((await verify(path)).error.details).toEqual({ kind: 'edited', id: target.id, action: 'order.confirm', ref: n1 })

    // Someone who knows the formula re-hashes the edited event itself (but not the rest):
    // the next event no longer links to it.
    const path2 = await copy()
    const edited = byAction('contract.sign')
    await tamper(path2, async (q) => {
      const [row] = (await q('select * from events where id = ?', [edited.id])) as Row[]
      const changed = { ...row!, to_status: 'confirmed' }
      await q('update events set to_status = ?, hash = ? where id = ?', ['confirmed', hashOf(changed as Row, row!.prev_hash), edited.id])
    })
    const r = await verify(path2)
    expect(r.error.details).toEqual({ kind: 'edited', id: edited.id, action: 'contract.sign', ref: n1 })
    expect(r.report.break.reason).toMatch(`contract.sign ${n1}, li, `)
    expect(r.report.break.reason).toMatch(`) was edited and its hash recomputed: the next event #${edited.id + 1} no longer links to it`)
    expect(r.report.verified).toBe(edited.id - 1)
  })

  it('a deleted event is named by its id, with the event where the chain goes on', async () => {
    const path = await copy()
    const target = byAction('stock.check', n1)
    await tamper(path, async (q) => void (await q('delete from events where id = ?', [target.id])))
    const r = await verify(path)
    expect(r.exitCode).toBe(4)
    expect(r.error.details).toEqual({ kind: 'deleted', id: target.id, action: null, ref: null })
    expect(r.report.break).toMatchObject({
      kind: 'deleted', id: target.id, missing: { from: target.id, to: target.id },
      next: { id: target.id + 1, action: 'contract.sign', ref: n1 },
    })
    const human = await desk.run(['audit', 'verify', '--db', path])
    expect(human.stderr).toMatch(
      new RegExp(`^orderdesk: audit trail broken: event #${target.id} was deleted: the chain goes on at event #${target.id + 1} \\(contract\\.sign ${n1}, li, [0-9T:.Z-]+\\); the ${target.id - 1} events before it are intact$`),
    )
  })

  it('deleting the last events, or the first, is caught too', async () => {
    const path = await copy()
    await tamper(path, async (q) => void (await q('delete from events where id >= 7')))
    const r = await verify(path)
    expect(r.error.details).toEqual({ kind: 'deleted', id: 7, action: null, ref: null })
    expect(r.report.break).toMatchObject({ missing: { from: 7, to: 10 }, next: null, reason: 'events #7 to #10 were deleted: the trail ends early' })
    expect(r.report.verified).toBe(6)

    const path2 = await copy()
    await tamper(path2, async (q) => void (await q('delete from events where id = 1')))
    expect((await verify(path2)).error.details).toEqual({ kind: 'deleted', id: 1, action: null, ref: null })
  })

  it('an event inserted in the middle (later ids moved up, hashes chained by the formula) is named', async () => {
    const path = await copy()
    const after = byAction('contract.sign') // insert a forged payment right after the contract
    await tamper(path, async (q) => {
      await q('update events set id = id + 1000 where id > ?', [after.id])
      await q('update events set id = id - 999 where id > 1000')
      const prev = await first<string>(q, 'select hash from events where id = ?', [after.id])
      const forged = {
        id: after.id + 1, at: '2026-11-26T09:00:00.000Z', business_date: '2026-11-26', actor: 'wu', action: 'payment.record',
        entity: 'order', ref: n1, order_id: 1, from_status: null, to_status: null, data: '{"amount":"9999.00"}', prev_hash: prev, hash: '',
      }
      forged.hash = hashOf(forged, prev)
      const f = forged
      await q('insert into events (id, at, business_date, actor, action, entity, ref, order_id, from_status, to_status, data, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)', [
        f.id, f.at, f.business_date, f.actor, f.action, f.entity, f.ref, f.order_id, f.from_status, f.to_status, f.data, f.prev_hash, f.hash,
      ])
    })
    const r = await verify(path)
    expect(r.exitCode).toBe(4)
    expect(r.error.details).toEqual({ kind: 'inserted', id: after.id + 1, action: 'payment.record', ref: n1 })
    expect(r.report.break.reason).toMatch(`event #${after.id + 1} (payment.record ${n1}, wu, 2026-11-26T09:00:00.000Z) was inserted: event #${after.id + 2} links to #${after.id}, before it`)
    expect(r.report.verified).toBe(after.id)
  })

  it('an event inserted with a made-up hash is named, in the middle and at the end', async () => {
    const path = await copy()
    const after = byAction('inquiry.new', n2)
    await tamper(path, async (q) => {
      await q('update events set id = id + 1000 where id > ?', [after.id])
      await q('update events set id = id - 999 where id > 1000')
      const prev = await first<string>(q, 'select hash from events where id = ?', [after.id])
      await q(
        "insert into events (id, at, business_date, actor, action, entity, ref, order_id, from_status, to_status, data, prev_hash, hash) values (?, '2026-11-26T09:00:00.000Z', '2026-11-26', 'li', 'inquiry.drop', 'order', ?, 2, 'inquiry', 'lost', null, ?, ?)",
        [after.id + 1, n2, prev, 'f'.repeat(64)],
      )
    })
    const r = await verify(path)
    expect(r.error.details).toEqual({ kind: 'inserted', id: after.id + 1, action: 'inquiry.drop', ref: n2 })

    const path2 = await copy()
    await tamper(path2, async (q) => {
      const last = await first<string>(q, 'select hash from events order by id desc limit 1')
      // the next id, as the database would give it
      await q(
        "insert into events (id, at, business_date, actor, action, entity, ref, order_id, from_status, to_status, data, prev_hash, hash) values (11, '2026-11-26T23:00:00.000Z', '2026-11-26', 'wang', 'order.confirm', 'order', ?, 2, 'offered', 'confirmed', null, ?, ?)",
        [n2, last, 'a'.repeat(64)],
      )
    })
    const r2 = await verify(path2)
    expect(r2.error.details).toEqual({ kind: 'edited', id: 11, action: 'order.confirm', ref: n2 })
    expect(r2.report.break.reason).toBe(`event #11 (order.confirm ${n2}, wang, 2026-11-26T23:00:00.000Z) does not match its hash: it was edited after it was written (the last event: edited, or added by hand)`)
  })

  it('a chain rewritten by someone who knows the formula verifies on its own, but not against the head hash kept earlier', async () => {
    const kept = (await verify(desk.db)).report.head.hash as string
    const known = await desk.run(['audit', 'verify', '--known-head', kept.toUpperCase()])
    expect(known.exitCode).toBe(0)
    expect(known.stderr).toBe('known head found: event #10\n✓ audit trail intact: 10 events verified')

    const path = await copy()
    const target = byAction('payment.record')
    await tamper(path, async (q) => {
      await q("update events set data = replace(data, '5000', '500000') where id = ?", [target.id])
      let prev = await first<string>(q, 'select hash from events where id = ?', [target.id - 1])
      for (const row of (await q('select * from events where id >= ? order by id', [target.id])) as Row[]) {
        const hash = hashOf(row, prev)
        await q('update events set prev_hash = ?, hash = ? where id = ?', [prev, hash, row.id])
        prev = hash
      }
    })
    expect(await verify(path)).toMatchObject({ exitCode: 0, report: { ok: true, verified: 10 } })
    const r = await desk.run(['audit', 'verify', '--db', path, '--known-head', kept, '--json'])
    expect(r.exitCode).toBe(4)
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: false, break: null, knownHead: { hash: kept, id: null } })
    expect(JSON.parse(r.stderr).error).toMatchObject({ code: 'audit_broken', details: { kind: 'rewritten', hash: kept } })
    const bad = await desk.run(['audit', 'verify', '--known-head', 'abc'])
    expect(bad.exitCode).toBe(2)
    expect(bad.stderr).toBe('orderdesk: invalid --known-head "abc": must be a SHA-256 hash: 64 hex digits, as `audit verify` or `backup` printed it')
  })

  it('walks a long trail in pages (more events than one page) and still names the exact event', async () => {
    const path = await copy()
    // 4,500 more valid events chained by the formula, then one edited deep inside
    await tamper(path, async (q) => {
      let prev = await first<string>(q, 'select hash from events order by id desc limit 1')
      const rows: unknown[][] = []
      for (let i = 0; i < 4500; i++) {
        const row = { at: `2026-11-26T10:00:00.${String(i % 1000).padStart(3, '0')}Z`, business_date: '2026-11-26', actor: 'li', action: 'note', entity: 'order', ref: `R-${i}`, order_id: null, from_status: null, to_status: null, data: null, prev_hash: prev, hash: '', id: 0 }
        row.hash = hashOf(row, prev)
        rows.push([11 + i, row.at, row.ref, prev, row.hash])
        prev = row.hash
      }
      // in statements of 500 rows (ids given: the next ones, as the database would give them)
      for (let i = 0; i < rows.length; i += 500) {
        const chunk = rows.slice(i, i + 500)
        await q(
          `insert into events (id, at, business_date, actor, action, entity, ref, order_id, from_status, to_status, data, prev_hash, hash) values ${chunk.map(() => "(?, ?, '2026-11-26', 'li', 'note', 'order', ?, null, null, null, null, ?, ?)").join(', ')}`,
          chunk.flat(),
        )
      }
    })
    expect(await verify(path)).toMatchObject({ exitCode: 0, report: { ok: true, verified: 4510, head: { id: 4510 } } })
    await tamper(path, async (q) => void (await q("update events set ref = 'R-x' where id = 4001")))
    expect((await verify(path)).error.details).toEqual({ kind: 'edited', id: 4001, action: 'note', ref: 'R-x' })
  })
})
