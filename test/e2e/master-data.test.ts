import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { execa } from 'execa'
import { afterEach, describe, expect, it } from 'vitest'
import { BIN, DEMO_PIN, TODAY, tempDesk, type Desk } from '../helpers/cli.js'
import { runInPty } from '../helpers/pty.js'

let desk: Desk | undefined
afterEach(() => desk?.cleanup())

describe('init', () => {
  it('creates the database at $XDG_DATA_HOME/orderdesk/orderdesk.db, creating the folder', async () => {
    const home = mkdtempSync(join(tmpdir(), 'orderdesk-xdg-'))
    try {
      const r = await execa('node', [BIN, 'init', '--json'], { env: { XDG_DATA_HOME: home, ORDERDESK_DB: undefined }, extendEnv: true, reject: false })
      expect(r.exitCode).toBe(0)
      const path = join(home, 'orderdesk', 'orderdesk.db')
      expect(JSON.parse(r.stdout)).toEqual({ database: path, demo: null, users: 0 })
      expect(existsSync(path)).toBe(true)
      // --db wins over ORDERDESK_DB, which wins over XDG_DATA_HOME
      const other = join(home, 'other', 'x.db')
      const r2 = await execa('node', [BIN, '--db', other, 'init', '--json'], { env: { XDG_DATA_HOME: home, ORDERDESK_DB: join(home, 'env.db') }, reject: false })
      expect(JSON.parse(r2.stdout).database).toBe(other)
    } finally {
      rmSync(home, { recursive: true, force: true })
    }
  })

  it('--demo loads users of every role, customers, products and stock, once', async () => {
    desk = await tempDesk({ demo: false })
    const r = await desk.json(['init', '--demo'])
    expect(r.demo).toEqual({ users: 7, customers: 12, products: 30, stockedProducts: 25 })
    const users = await desk.json(['user', 'list'])
    expect(new Set(users.map((u: any) => u.role))).toEqual(new Set(['clerk', 'manager', 'mc', 'logistics', 'finance']))
    expect(users.find((u: any) => u.name === 'wang')).toMatchObject({ role: 'manager', pin: true })
    const products = await desk.json(['product', 'list'])
    expect(products).toHaveLength(30)
    expect(products.find((p: any) => p.sku === 'NW-005')).toMatchObject({ producible: false, onHand: 0 })
    expect(products.filter((p: any) => p.onHand === 0).length).toBeGreaterThanOrEqual(5)
    const again = await desk.run(['init', '--demo'])
    expect(again.exitCode).toBe(4)
    expect(again.stderr).toContain('already has data')
    // init on an existing database is harmless
    expect((await desk.run(['init'])).exitCode).toBe(0)
    expect(await desk.json(['product', 'list'])).toHaveLength(30)
  })
})

const BOSS_PIN = '864200'

describe('users', () => {
  it('the first user (a manager with a PIN) may be added by anyone, then only by a manager', async () => {
    desk = await tempDesk({ demo: false })
    await desk.run(['init'])
    const boss = { user: 'boss', env: { ORDERDESK_PIN: BOSS_PIN } }
    const first = await desk.run(['user', 'add', 'boss', '--role', 'manager', '--full-name', 'The Boss'], { user: 'root', env: { ORDERDESK_NEW_PIN: BOSS_PIN } })
    expect(first.exitCode).toBe(0)
    expect(first.stderr).toContain('user boss added as manager')
    const byStranger = await desk.run(['user', 'add', 'eve', '--role', 'clerk'], { user: 'root' })
    expect(byStranger.exitCode).toBe(4)
    expect((await desk.run(['user', 'add', 'ann', '--role', 'clerk'], boss)).exitCode).toBe(0)
    const byClerk = await desk.run(['user', 'add', 'bob', '--role', 'clerk'], { user: 'ann' })
    expect(byClerk.exitCode).toBe(4)
    expect(byClerk.stderr).toBe('orderdesk: ann is clerk; adding a user needs role manager')
    expect((await desk.run(['user', 'add', 'x1', '--role', 'boss'], boss)).exitCode).toBe(2)
    expect((await desk.run(['user', 'add', 'ann', '--role', 'clerk'], boss)).exitCode).toBe(2)
    const list = await desk.json(['user', 'list'], { user: 'boss' })
    expect(list).toEqual([
      { name: 'ann', role: 'clerk', fullName: null, pin: false },
      { name: 'boss', role: 'manager', fullName: 'The Boss', pin: true },
    ])
  })

  it('--pin from ORDERDESK_NEW_PIN is stored as a scrypt hash; a bad PIN is refused', async () => {
    desk = await tempDesk()
    const bad = await desk.run(['user', 'add', 'mgr2', '--role', 'manager', '--pin'], { user: 'wang', env: { ORDERDESK_NEW_PIN: '12', ORDERDESK_PIN: DEMO_PIN } })
    expect(bad.exitCode).toBe(2)
    const noPin = await desk.run(['user', 'add', 'mgr2', '--role', 'manager', '--pin'], { user: 'wang', env: { ORDERDESK_PIN: DEMO_PIN } })
    expect(noPin.exitCode).toBe(2)
    expect(noPin.stderr).toContain('ORDERDESK_NEW_PIN')
    const ok = await desk.json(['user', 'add', 'mgr2', '--role', 'manager', '--pin'], { user: 'wang', env: { ORDERDESK_NEW_PIN: '471100', ORDERDESK_PIN: DEMO_PIN } })
    expect(ok).toEqual({ name: 'mgr2', role: 'manager', fullName: null, pin: true })
    const [row] = (await desk.query("select pin_hash from users where name = 'mgr2'")) as { pin_hash: string }[]
    expect(row!.pin_hash).toMatch(/^scrypt\$131072\$8\$1\$/)
    expect(row!.pin_hash).not.toContain('471100')
  })

  it('--pin on a terminal asks twice, hidden', async () => {
    desk = await tempDesk()
    const r = await runInPty(['node', BIN, 'user', 'add', 'mgr3', '--role', 'manager', '--pin'], [
      { expect: 'PIN' },
      { send: '246800\r' },
      { expect: 'PIN again' },
      { send: '246800\r' },
      { expect: 'user mgr3 added as manager \\(PIN set\\)' },
    ], { env: { ORDERDESK_DB: desk.db, ORDERDESK_TODAY: TODAY, ORDERDESK_USER: 'wang', NO_COLOR: '1', ORDERDESK_PIN: DEMO_PIN } })
    expect(r.ok, r.output).toBe(true)
    expect(r.exitCode).toBe(0)
    expect(r.output).not.toContain('246800')
    expect((await desk.json(['user', 'list'])).find((u: any) => u.name === 'mgr3')).toMatchObject({ pin: true })
  })
})

describe('customers and products', () => {
  it('customer add, list, show', async () => {
    desk = await tempDesk()
    const c = await desk.json(['customer', 'add', '--code', 'ACME', '--name', 'Acme 机械 Ltd', '--contact', 'Zhang San', '--phone', '+86 21 5555 0000', '--address', 'Pudong, Shanghai'])
    expect(c).toEqual({ code: 'ACME', name: 'Acme 机械 Ltd', contact: 'Zhang San', phone: '+86 21 5555 0000', address: 'Pudong, Shanghai' })
    // issue 19: show adds the record's history
    expect(await desk.json(['customer', 'show', 'ACME'])).toEqual({ ...c, history: [{ at: expect.any(String), date: TODAY, by: 'li', action: 'add', changes: {}, import: null }] })
    expect((await desk.json(['customer', 'list'])).map((x: any) => x.code)).toContain('ACME')
    expect((await desk.run(['customer', 'add', '--code', 'ACME', '--name', 'again'])).exitCode).toBe(2)
    expect((await desk.run(['customer', 'add', '--code', 'bad code', '--name', 'x'])).exitCode).toBe(2)
    expect((await desk.run(['customer', 'show', 'NOPE'])).exitCode).toBe(3)
    expect((await desk.run(['customer', 'add', '--code', 'MC1', '--name', 'x'], { user: 'zhao' })).exitCode).toBe(4)
    const human = await desk.run(['customer', 'show', 'ACME'])
    expect(human.stdout).toContain('Name     Acme 机械 Ltd')
  })

  it('product add, list, show, with validation', async () => {
    desk = await tempDesk()
    const p = await desk.json(['product', 'add', '--sku', 'GEAR-1', '--name', 'Gear 40T', '--price', '1234.5', '--unit', 'pcs', '--lead-days', '30'])
    expect(p).toEqual({ sku: 'GEAR-1', name: 'Gear 40T', unit: 'pcs', price: '1234.50', leadDays: 30, producible: true, onHand: 0, reserved: 0, available: 0 })
    const q = await desk.json(['product', 'add', '--sku', 'OLD-1', '--name', 'Old part', '--price', '5', '--not-producible'])
    expect(q).toMatchObject({ producible: false, leadDays: 14, unit: 'pcs' })
    expect(await desk.json(['product', 'show', 'GEAR-1'])).toEqual({ ...p, history: [{ at: expect.any(String), date: TODAY, by: 'li', action: 'add', changes: {}, import: null }] })
    for (const [args, msg] of [
      [['--sku', 'X1', '--name', 'x', '--price', '1.999'], 'at most two decimals'],
      [['--sku', 'X1', '--name', 'x', '--price', 'abc'], 'invalid price "abc"'],
      [['--sku', 'X1', '--name', 'x', '--price', '1', '--lead-days', '-3'], 'invalid --lead-days "-3"'],
      [['--sku', 'NW-001', '--name', 'x', '--price', '1'], 'a product with that sku exists'],
    ] as const) {
      const r = await desk.run(['product', 'add', ...args])
      expect(r.exitCode, args.join(' ')).toBe(2)
      expect(r.stderr).toContain(msg)
    }
    expect((await desk.run(['product', 'show', 'X1'])).exitCode).toBe(3)
    expect(await desk.json(['product', 'list'])).toHaveLength(32)
  })
})

describe('stock ledger', () => {
  it('receive and adjust move on-hand; adjust cannot go below what is reserved', async () => {
    desk = await tempDesk()
    expect(await desk.json(['stock', 'receive', '--sku', 'NW-017', '--qty', '12', '--reason', 'DN-77'])).toEqual({
      sku: 'NW-017', name: 'Alice Mutton', unit: 'case', onHand: 12, reserved: 0, available: 12,
    })
    expect((await desk.json(['stock', 'adjust', '--sku', 'NW-017', '--qty', '-2', '--reason', 'count'])).onHand).toBe(10)
    expect((await desk.json(['stock', 'adjust', '--sku', 'NW-017', '--qty', '+5', '--reason', 'found'])).onHand).toBe(15)
    // reserve 10 through a contract, then try to adjust below it
    const n = (await desk.json(['inquiry', 'new', '--customer', 'ALFKI', '--item', 'NW-017=10'])).order.number
    await desk.run(['stock', 'check', n])
    await desk.run(['contract', 'sign', n, '--payment-method', 'cash', '--payment-due', '+1'])
    const r = await desk.run(['stock', 'adjust', '--sku', 'NW-017', '--qty', '-6', '--reason', 'damage'])
    expect(r.exitCode).toBe(4)
    expect(r.stderr).toBe('orderdesk: cannot adjust NW-017 by -6: on hand would be 9, but 10 are reserved for orders')
    expect(await desk.json(['stock', 'show', 'NW-017'])).toEqual([{ sku: 'NW-017', name: 'Alice Mutton', unit: 'case', onHand: 15, reserved: 10, available: 5 }])
    for (const [args, code] of [
      [['receive', '--sku', 'NW-017', '--qty', '0'], 2],
      [['receive', '--sku', 'NW-017', '--qty', '-1'], 2],
      [['receive', '--sku', 'NOPE', '--qty', '1'], 2],
      [['adjust', '--sku', 'NW-017', '--qty', '0', '--reason', 'x'], 2],
      [['adjust', '--sku', 'NW-017', '--qty', '1.5', '--reason', 'x'], 2],
      [['receive', '--sku', 'NW-017', '--qty', '1'], 4],
    ] as const) {
      const res = await desk.run(['stock', ...args], { user: code === 4 ? 'zhou' : 'li' })
      expect(res.exitCode, args.join(' ')).toBe(code)
    }
    expect((await desk.json(['stock', 'show', 'NW-017']))[0].onHand).toBe(15)
    expect((await desk.run(['stock', 'show', 'NOPE'])).exitCode).toBe(2)
  })
})

describe('audit trail', () => {
  it('every change appends one hash-chained event', async () => {
    desk = await tempDesk()
    await desk.run(['stock', 'receive', '--sku', 'NW-017', '--qty', '3'])
    const n = (await desk.json(['inquiry', 'new', '--customer', 'ALFKI', '--item', 'NW-017=2'])).order.number
    await desk.run(['stock', 'check', n])
    const events = (await desk.query('select action, prev_hash, hash from events order by id')) as { action: string; prev_hash: string; hash: string }[]
    expect(events.slice(-3).map((e) => e.action)).toEqual(['stock.receive', 'inquiry.new', 'stock.check'])
    for (let i = 1; i < events.length; i++) expect(events[i]!.prev_hash).toBe(events[i - 1]!.hash)
    expect(events[0]!.prev_hash).toBe('0'.repeat(64))
  })
})
