import { randomBytes, scryptSync } from 'node:crypto'
import { afterEach, describe, expect, it } from 'vitest'
import { verifyPin } from '../../src/domain/pin.js'
import { eventHashInput, GENESIS_HASH, hashEvent } from '../../src/store/queries/events.js'
import { BIN, DEMO_PIN, TODAY, isPg, tempDesk, type Desk } from '../helpers/cli.js'
import { runInPty } from '../helpers/pty.js'

/**
 * Issue 16 §3–5: every change to users and settings is a sign-off with the acting manager's
 * PIN; the first user of an empty desk is a manager with a PIN; `user edit` and `user pin`;
 * the lock-out counts an attempt before its PIN is verified, so parallel attempts cannot get
 * more than five wrong PINs checked; PINs are at least 6 characters, hashed at scrypt N=2^17,
 * and older hashes are upgraded at their next correct use.
 */

let desk: Desk
afterEach(() => desk?.cleanup())

const NEW = '246810'
const asWang = (env: Record<string, string> = {}) => ({ user: 'wang', env: { ORDERDESK_PIN: DEMO_PIN, ...env } })

async function users(): Promise<{ name: string; role: string; pin_hash: string | null }[]> {
  return desk.query('select name, role, pin_hash from users order by name')
}
async function events(where = '1 = 1'): Promise<{ id: number; actor: string; action: string; ref: string; data: any }[]> {
  const rows = await desk.query(`select id, actor, action, ref, data from events where ${where} order by id`)
  return rows.map((r: any) => ({ ...r, id: Number(r.id), data: r.data ? JSON.parse(r.data) : null }))
}
const eventCount = async () => (await events()).length
// the quotation settings (the demo desk's letterhead and terms are settings too, since issue 19)
const settings = async () => desk.query("select key, value from settings where key like 'quote.%' order by key")

/** An order that is contracted with no deposit due: `order confirm` goes through. */
async function contracted(): Promise<string> {
  const n = (await desk.json(['inquiry', 'new', '--customer', 'ALFKI', '--item', 'NW-011=3'])).order.number
  await desk.json(['stock', 'check', n])
  await desk.json(['contract', 'sign', n, '--payment-method', 'transfer', '--payment-due', '+7', '--deposit', '0'])
  return n
}

/** A scrypt hash as orderdesk wrote it before issue 16 (N=2^14). */
function legacyHash(pin: string): string {
  const salt = randomBytes(16)
  const hash = scryptSync(pin, salt, 32, { N: 16384, r: 8, p: 1 })
  return `scrypt$16384$8$1$${salt.toString('base64')}$${hash.toString('base64')}`
}

describe('creating managers and changing settings are sign-offs (§3)', { timeout: 120_000 }, () => {
  it('user add --role manager --as wang needs wang\'s PIN: none → exit 2, wrong → exit 4 (counted), right → added; nothing written before', async () => {
    desk = await tempDesk()
    const before = await eventCount()
    const noPin = await desk.run(['user', 'add', 'mallory', '--role', 'manager', '--as', 'wang'], { env: { ORDERDESK_NEW_PIN: NEW } })
    expect(noPin.exitCode).toBe(2)
    expect(noPin.stderr).toBe("orderdesk: must provide `ORDERDESK_PIN (wang's PIN)` when not running interactively")
    const wrong = await desk.run(['user', 'add', 'mallory', '--role', 'manager', '--as', 'wang'], { env: { ORDERDESK_PIN: '000000', ORDERDESK_NEW_PIN: NEW } })
    expect(wrong.exitCode).toBe(4)
    expect(wrong.stderr).toBe('orderdesk: wrong PIN for wang; nothing was signed')
    expect((await users()).map((u) => u.name)).not.toContain('mallory')
    expect((await events(`id > ${before}`)).map((e) => [e.actor, e.action, e.data?.attempted])).toEqual([
      ['wang', 'signoff.pin_attempt', 'user add'],
      ['wang', 'signoff.pin_failed', 'user add'],
    ])

    const ok = await desk.json(['user', 'add', 'mallory', '--role', 'manager', '--full-name', 'Mal Lory'], asWang({ ORDERDESK_NEW_PIN: NEW }))
    expect(ok).toEqual({ name: 'mallory', role: 'manager', fullName: 'Mal Lory', pin: true })
    const added = (await events(`id > ${before}`)).slice(2)
    expect(added.map((e) => [e.actor, e.action, e.ref])).toEqual([
      ['wang', 'signoff.pin_attempt', 'mallory'],
      ['wang', 'signoff.pin_ok', 'mallory'],
      ['wang', 'user.add', 'mallory'],
    ])
    expect(added[2]!.data).toEqual({ role: 'manager', pin: 'set' })
    // the new manager signs with the PIN given for them
    const n = await contracted()
    expect((await desk.json(['order', 'confirm', n], { user: 'mallory', env: { ORDERDESK_PIN: NEW } })).order.salesOrder.signedBy).toBe('mallory')
  })

  it('a clerk cannot add a user or change a setting, whatever PIN he passes', async () => {
    desk = await tempDesk()
    const before = await eventCount()
    const add = await desk.run(['user', 'add', 'mallory', '--role', 'manager'], { user: 'li', env: { ORDERDESK_PIN: DEMO_PIN, ORDERDESK_NEW_PIN: NEW } })
    expect(add.exitCode).toBe(4)
    expect(add.stderr).toBe('orderdesk: li is clerk; adding a user needs role manager')
    const set = await desk.run(['settings', 'set', 'quote.approvalAbove', '1'], { user: 'li', env: { ORDERDESK_PIN: DEMO_PIN } })
    expect(set.exitCode).toBe(4)
    expect(await eventCount()).toBe(before)
  })

  it('a manager cannot be created without a PIN; --pin is implied for a manager', async () => {
    desk = await tempDesk()
    const before = await eventCount()
    const r = await desk.run(['user', 'add', 'boss', '--role', 'manager'], asWang())
    expect(r.exitCode).toBe(2)
    expect(r.stderr).toBe("orderdesk: must provide `ORDERDESK_NEW_PIN (boss's PIN: a manager needs one)` when not running interactively")
    expect(await eventCount()).toBe(before)
    const ok = await desk.json(['user', 'add', 'boss', '--role', 'manager'], asWang({ ORDERDESK_NEW_PIN: NEW }))
    expect(ok).toEqual({ name: 'boss', role: 'manager', fullName: null, pin: true })
  })

  it('settings set and unset need the PIN: none → exit 2, wrong → exit 4, nothing changed; right → set, audited', async () => {
    desk = await tempDesk()
    const before = await eventCount()
    const noPin = await desk.run(['settings', 'set', 'quote.approvalAbove', '1', '--as', 'wang'])
    expect(noPin.exitCode).toBe(2)
    expect(noPin.stderr).toBe("orderdesk: must provide `ORDERDESK_PIN (wang's PIN)` when not running interactively")
    const wrong = await desk.run(['settings', 'set', 'quote.approvalAbove', '1'], { user: 'wang', env: { ORDERDESK_PIN: '999999' } })
    expect(wrong.exitCode).toBe(4)
    expect(wrong.stderr).toBe('orderdesk: wrong PIN for wang; nothing was signed')
    expect(await settings()).toEqual([])
    // a bad key or value is refused before any PIN is checked (no attempt is counted)
    const typo = await desk.run(['settings', 'set', 'quote.colour', 'red'], { user: 'wang', env: { ORDERDESK_PIN: '999999' } })
    expect(typo.exitCode).toBe(2)
    expect((await events(`id > ${before}`)).map((e) => e.action)).toEqual(['signoff.pin_attempt', 'signoff.pin_failed'])

    expect(await desk.json(['settings', 'set', 'quote.approvalAbove', '1'], asWang())).toEqual({ 'quote.approvalAbove': '1.00' })
    expect(await settings()).toEqual([{ key: 'quote.approvalAbove', value: '100' }])
    const unsetNoPin = await desk.run(['settings', 'unset', 'quote.approvalAbove'], { user: 'wang' })
    expect(unsetNoPin.exitCode).toBe(2)
    expect(await settings()).toHaveLength(1)
    expect(await desk.json(['settings', 'unset', 'quote.approvalAbove'], asWang())).toEqual({ 'quote.approvalAbove': null })
    expect(await settings()).toEqual([])
    const log = (await events(`id > ${before}`)).filter((e) => e.action === 'settings.set')
    expect(log.map((e) => [e.actor, e.ref, e.data])).toEqual([
      ['wang', 'quote.approvalAbove', { from: null, to: '100' }],
      ['wang', 'quote.approvalAbove', { from: '100', to: null }],
    ])
  })

  it('a manager without a PIN (a desk from before, or a hand-edited row) signs nothing until a PIN is set', async () => {
    desk = await tempDesk()
    const n = await contracted()
    await desk.query("update users set pin_hash = null where name = 'wang'")
    for (const args of [['order', 'confirm', n], ['settings', 'set', 'quote.approvalAbove', '1'], ['user', 'add', 'eve', '--role', 'clerk']]) {
      const r = await desk.run(args, { user: 'wang' })
      expect(r.exitCode, args.join(' ')).toBe(4)
      expect(r.stderr).toBe('orderdesk: wang has no PIN, and a sign-off needs one: set it with `orderdesk user pin wang`')
    }
    // no manager has a PIN, so such a manager may set their own first one (nobody else could vouch for them); then signs
    const set = await desk.json(['user', 'pin', 'wang'], { user: 'wang', env: { ORDERDESK_NEW_PIN: NEW } })
    expect(set).toEqual({ name: 'wang', role: 'manager', fullName: 'Wang Fang', pin: true, change: 'set' })
    expect((await desk.json(['order', 'confirm', n], { user: 'wang', env: { ORDERDESK_PIN: NEW } })).order.status).toBe('ready')
  })
})

describe('the first user of an empty desk (§3)', { timeout: 120_000 }, () => {
  it('must be a manager with a PIN; after that nobody unknown adds users', async () => {
    desk = await tempDesk({ demo: false })
    expect((await desk.run(['init'])).exitCode).toBe(0)
    const clerk = await desk.run(['user', 'add', 'li', '--role', 'clerk'], { user: 'root' })
    expect(clerk.exitCode).toBe(4)
    expect(clerk.stderr).toBe('orderdesk: the first user of a new desk must be a manager with a PIN: `orderdesk user add <name> --role manager --pin`')
    const noPin = await desk.run(['user', 'add', 'boss', '--role', 'manager'], { user: 'root' })
    expect(noPin.exitCode).toBe(2)
    expect(noPin.stderr).toContain('ORDERDESK_NEW_PIN')
    const short = await desk.run(['user', 'add', 'boss', '--role', 'manager', '--pin'], { user: 'root', env: { ORDERDESK_NEW_PIN: '1234' } })
    expect(short.exitCode).toBe(2)
    expect(await users()).toEqual([])
    expect(await eventCount()).toBe(0)

    const first = await desk.json(['user', 'add', 'boss', '--role', 'manager', '--pin'], { user: 'root', env: { ORDERDESK_NEW_PIN: NEW } })
    expect(first).toEqual({ name: 'boss', role: 'manager', fullName: null, pin: true })
    expect((await events()).map((e) => [e.actor, e.action, e.ref, e.data])).toEqual([['root', 'user.add', 'boss', { role: 'manager', pin: 'set', first: true }]])
    const stranger = await desk.run(['user', 'add', 'eve', '--role', 'manager', '--pin'], { user: 'root', env: { ORDERDESK_NEW_PIN: NEW, ORDERDESK_PIN: NEW } })
    expect(stranger.exitCode).toBe(4)
    expect(stranger.stderr).toContain('"root" is not an orderdesk user')
    expect((await desk.json(['user', 'add', 'ann', '--role', 'clerk'], { user: 'boss', env: { ORDERDESK_PIN: NEW } })).name).toBe('ann')
  })

  it('init --demo is refused once the desk has users: a clerk cannot bring in the demo manager wang (PIN 123456)', async () => {
    desk = await tempDesk({ demo: false })
    await desk.json(['user', 'add', 'boss', '--role', 'manager', '--pin'], { user: 'root', env: { ORDERDESK_NEW_PIN: NEW } })
    await desk.json(['user', 'add', 'li', '--role', 'clerk'], { user: 'boss', env: { ORDERDESK_PIN: NEW } })
    const before = { users: await users(), events: await eventCount() }
    const r = await desk.run(['init', '--demo'], { user: 'li' })
    expect(r.exitCode).toBe(4)
    expect(r.stderr).toBe('orderdesk: this database already has data (users, audit events); use --demo only on a new database')
    expect({ users: await users(), events: await eventCount() }).toEqual(before)
    expect((await desk.run(['settings', 'set', 'quote.approvalAbove', '1'], asWang())).exitCode).toBe(4)
    expect(await settings()).toEqual([])
  })
})

describe('user edit (§3)', { timeout: 120_000 }, () => {
  it('changes a role with the acting manager\'s PIN; a manager needs a PIN; the last manager with a PIN stays one', async () => {
    desk = await tempDesk()
    const before = await eventCount()
    const noPin = await desk.run(['user', 'edit', 'li', '--role', 'finance'], { user: 'wang' })
    expect(noPin.exitCode).toBe(2)
    expect(noPin.stderr).toBe("orderdesk: must provide `ORDERDESK_PIN (wang's PIN)` when not running interactively")
    const byClerk = await desk.run(['user', 'edit', 'li', '--role', 'manager'], { user: 'chen', env: { ORDERDESK_PIN: DEMO_PIN } })
    expect(byClerk.exitCode).toBe(4)
    expect(byClerk.stderr).toBe('orderdesk: chen is clerk; changing a role needs role manager')
    const unknown = await desk.run(['user', 'edit', 'nobody', '--role', 'clerk'], asWang())
    expect(unknown.exitCode).toBe(3)
    const badRole = await desk.run(['user', 'edit', 'li', '--role', 'boss'], asWang())
    expect(badRole.exitCode).toBe(2)
    const same = await desk.run(['user', 'edit', 'li', '--role', 'clerk'], asWang())
    expect(same.exitCode).toBe(2)
    expect(same.stderr).toBe('orderdesk: invalid role "clerk": li is clerk already; nothing changed')
    const noTargetPin = await desk.run(['user', 'edit', 'li', '--role', 'manager'], asWang())
    expect(noTargetPin.exitCode).toBe(4)
    expect(noTargetPin.stderr).toBe('orderdesk: li has no PIN, and a manager needs one: set it first with `orderdesk user pin li`')
    const last = await desk.run(['user', 'edit', 'wang', '--role', 'clerk'], asWang())
    expect(last.exitCode).toBe(4)
    expect(last.stderr).toBe('orderdesk: wang is the last manager with a PIN: nobody would be left to sign; make another user manager first')
    expect(await eventCount()).toBe(before) // all refused before any PIN was checked

    const wrong = await desk.run(['user', 'edit', 'li', '--role', 'finance'], { user: 'wang', env: { ORDERDESK_PIN: '000000' } })
    expect(wrong.exitCode).toBe(4)
    expect((await users()).find((u) => u.name === 'li')!.role).toBe('clerk')

    const r = await desk.json(['user', 'edit', 'li', '--role', 'finance'], asWang())
    expect(r).toEqual({ name: 'li', role: 'finance', fullName: 'Li Na', pin: false, previousRole: 'clerk' })
    const human = await desk.run(['user', 'edit', 'li', '--role', 'clerk'], asWang())
    expect(human.stderr).toBe('✓ user li is now clerk (was finance)')
    const edits = await events("action = 'user.edit'")
    expect(edits.map((e) => [e.actor, e.ref, e.data])).toEqual([
      ['wang', 'li', { from: 'clerk', to: 'finance' }],
      ['wang', 'li', { from: 'finance', to: 'clerk' }],
    ])

    // promote chen: a PIN first, then the role; then wang may step down, chen may not
    await desk.json(['user', 'pin', 'chen'], asWang({ ORDERDESK_NEW_PIN: NEW }))
    expect((await desk.json(['user', 'edit', 'chen', '--role', 'manager'], asWang())).role).toBe('manager')
    expect((await desk.json(['user', 'edit', 'wang', '--role', 'clerk'], asWang())).role).toBe('clerk')
    const chenLast = await desk.run(['user', 'edit', 'chen', '--role', 'mc'], { user: 'chen', env: { ORDERDESK_PIN: NEW } })
    expect(chenLast.exitCode).toBe(4)
    expect(chenLast.stderr).toContain('chen is the last manager with a PIN')
    expect((await users()).filter((u) => u.role === 'manager').map((u) => u.name)).toEqual(['chen'])
  })
})

describe('user pin (§3)', { timeout: 120_000 }, () => {
  it('a manager sets or resets anyone\'s PIN with their own; a user changes their own with the old one; nobody else', async () => {
    desk = await tempDesk()
    const before = await eventCount()
    // li has no PIN yet: she cannot give herself one; a clerk cannot set another's
    const self = await desk.run(['user', 'pin', 'li'], { user: 'li', env: { ORDERDESK_NEW_PIN: NEW } })
    expect(self.exitCode).toBe(4)
    expect(self.stderr).toBe('orderdesk: li has no PIN yet: a manager with a PIN sets the first one (wang): `orderdesk user pin li --as <manager>`')
    const other = await desk.run(['user', 'pin', 'wang'], { user: 'li', env: { ORDERDESK_NEW_PIN: NEW, ORDERDESK_PIN: DEMO_PIN } })
    expect(other.exitCode).toBe(4)
    expect(other.stderr).toBe("orderdesk: li is clerk; setting another user's PIN needs role manager")
    const short = await desk.run(['user', 'pin', 'li'], asWang({ ORDERDESK_NEW_PIN: '12345' }))
    expect(short.exitCode).toBe(2)
    expect(short.stderr).toBe('orderdesk: invalid ORDERDESK_NEW_PIN "****": must be 6 to 64 characters (digits are fine), no control characters')
    const missing = await desk.run(['user', 'pin', 'li'], { user: 'wang' })
    expect(missing.exitCode).toBe(2)
    expect(missing.stderr).toBe("orderdesk: must provide `ORDERDESK_PIN (wang's PIN)`, `ORDERDESK_NEW_PIN (li's new PIN)` when not running interactively")
    expect((await desk.run(['user', 'pin', 'nobody'], asWang({ ORDERDESK_NEW_PIN: NEW }))).exitCode).toBe(3)
    expect(await eventCount()).toBe(before)

    // wang sets li's first PIN
    expect(await desk.json(['user', 'pin', 'li'], asWang({ ORDERDESK_NEW_PIN: NEW }))).toEqual({ name: 'li', role: 'clerk', fullName: 'Li Na', pin: true, change: 'set' })
    const li = (await users()).find((u) => u.name === 'li')!
    expect(verifyPin(NEW, li.pin_hash!)).toBe(true)
    // li changes it with the old one; a wrong old PIN is refused and counted
    const wrongOld = await desk.run(['user', 'pin', 'li'], { user: 'li', env: { ORDERDESK_PIN: '135799', ORDERDESK_NEW_PIN: '975310' } })
    expect(wrongOld.exitCode).toBe(4)
    expect(wrongOld.stderr).toBe('orderdesk: wrong PIN for li; nothing was signed')
    const sameAgain = await desk.run(['user', 'pin', 'li'], { user: 'li', env: { ORDERDESK_PIN: NEW, ORDERDESK_NEW_PIN: NEW } })
    expect(sameAgain.exitCode).toBe(2)
    const changed = await desk.run(['user', 'pin', 'li'], { user: 'li', env: { ORDERDESK_PIN: NEW, ORDERDESK_NEW_PIN: '975310' } })
    expect(changed.exitCode).toBe(0)
    expect(changed.stderr).toBe('✓ PIN for li changed')
    // wang resets it (li forgot it)
    expect((await desk.json(['user', 'pin', 'li'], asWang({ ORDERDESK_NEW_PIN: '112233' }))).change).toBe('reset')
    expect(verifyPin('112233', (await users()).find((u) => u.name === 'li')!.pin_hash!)).toBe(true)
    const log = await events(`id > ${before} and action like 'user.%'`)
    expect(log.map((e) => [e.actor, e.action, e.ref, e.data])).toEqual([
      ['wang', 'user.pin', 'li', { change: 'set' }],
      ['li', 'user.pin', 'li', { change: 'changed' }],
      ['wang', 'user.pin', 'li', { change: 'reset' }],
    ])
    expect((await events(`id > ${before} and action = 'signoff.pin_failed'`)).map((e) => [e.actor, e.data.attempted])).toEqual([['li', 'user pin']])
    // no PIN in any event
    for (const e of await events(`id > ${before}`)) expect(JSON.stringify(e)).not.toMatch(/246810|975310|112233|135799/)
  })

  it('a manager without a PIN cannot set his own while another manager has one (--as is no proof): that manager sets it', async () => {
    desk = await tempDesk()
    await desk.json(['user', 'add', 'boss', '--role', 'manager'], asWang({ ORDERDESK_NEW_PIN: NEW }))
    await desk.query("update users set pin_hash = null where name = 'wang'")
    const before = await eventCount()
    const self = await desk.run(['user', 'pin', 'wang'], { user: 'wang', env: { ORDERDESK_NEW_PIN: '111222' } })
    expect(self.exitCode).toBe(4)
    expect(self.stderr).toBe('orderdesk: wang has no PIN yet: a manager with a PIN sets the first one (boss): `orderdesk user pin wang --as <manager>`')
    expect((await users()).find((u) => u.name === 'wang')!.pin_hash).toBeNull()
    expect(await eventCount()).toBe(before)
    // boss signs it off with his own PIN
    const set = await desk.json(['user', 'pin', 'wang'], { user: 'boss', env: { ORDERDESK_PIN: NEW, ORDERDESK_NEW_PIN: '111222' } })
    expect(set).toEqual({ name: 'wang', role: 'manager', fullName: 'Wang Fang', pin: true, change: 'set' })
    expect(verifyPin('111222', (await users()).find((u) => u.name === 'wang')!.pin_hash!)).toBe(true)
    expect((await events(`id > ${before}`)).map((e) => [e.actor, e.action, e.ref])).toEqual([
      ['boss', 'signoff.pin_attempt', 'wang'],
      ['boss', 'signoff.pin_ok', 'wang'],
      ['boss', 'user.pin', 'wang'],
    ])
  })

  it('when no manager has a PIN, a PIN-less manager sets his own first one; a clerk cannot; then the others get theirs from him', async () => {
    desk = await tempDesk()
    await desk.query("update users set pin_hash = null where role = 'manager'")
    const clerk = await desk.run(['user', 'pin', 'li'], { user: 'li', env: { ORDERDESK_NEW_PIN: NEW } })
    expect(clerk.exitCode).toBe(4)
    expect(clerk.stderr).toBe('orderdesk: li has no PIN yet, and no manager has one: a manager first sets their own (`orderdesk user pin <manager> --as <manager>`), then li\'s')
    expect((await desk.json(['user', 'pin', 'wang'], { user: 'wang', env: { ORDERDESK_NEW_PIN: NEW } })).change).toBe('set')
    expect((await desk.json(['user', 'pin', 'li'], asWang({ ORDERDESK_PIN: NEW, ORDERDESK_NEW_PIN: '111222' }))).change).toBe('set')
  })

  it('on a terminal: the current PIN, then the new one twice, hidden', async () => {
    desk = await tempDesk()
    const r = await runInPty(['node', BIN, 'user', 'pin', 'wang'], [
      { expect: 'Current PIN for wang' },
      { send: `${DEMO_PIN}\r` },
      { expect: 'New PIN for wang' },
      { send: `${NEW}\r` },
      { expect: 'New PIN again' },
      { send: `${NEW}\r` },
      { expect: 'PIN for wang changed' },
    ], { env: { ORDERDESK_DB: desk.db, ORDERDESK_TODAY: TODAY, ORDERDESK_USER: 'wang', NO_COLOR: '1', ORDERDESK_PIN: undefined, ORDERDESK_NEW_PIN: undefined, ORDERDESK_NO_INPUT: undefined } })
    expect(r.ok, r.output).toBe(true)
    expect(r.exitCode).toBe(0)
    expect(r.rawOutput).not.toContain(NEW)
    expect(r.rawOutput).not.toContain(DEMO_PIN)
    expect(verifyPin(NEW, (await users()).find((u) => u.name === 'wang')!.pin_hash!)).toBe(true)
  })
})

describe('the lock-out counts attempts before verifying them (§4)', { timeout: 240_000 }, () => {
  it('8 at once, 7 wrong and the right one: at most 5 wrong PINs are verified, none after the lock, the right one signs only if counted before 5', async () => {
    desk = await tempDesk()
    const n = await contracted()
    const before = await eventCount()
    const pins = ['000001', '000002', '000003', DEMO_PIN, '000004', '000005', '000006', '000007']
    // All eight start while the write lock is held, so they meet at the same moment.
    const lock = await desk.holdWriteLock()
    const runs = pins.map((pin) =>
      desk.run(['order', 'confirm', n, '--json'], { user: 'wang', env: { ORDERDESK_PIN: pin, ORDERDESK_BUSY_TIMEOUT_MS: '120000' } }),
    )
    if (isPg) {
      // every process is waiting for the desk's lock
      for (let i = 0; i < 600; i++) {
        const [w] = await desk.query("select count(*) as n from pg_locks where locktype = 'advisory' and not granted and database = (select oid from pg_database where datname = current_database())")
        if (Number(w.n) >= pins.length) break
        await new Promise((r) => setTimeout(r, 100))
      }
    } else {
      await new Promise((r) => setTimeout(r, 5000))
    }
    await lock.release()
    const results = await Promise.all(runs)

    const log = await events(`id > ${before}`)
    const attempts = log.filter((e) => e.action === 'signoff.pin_attempt')
    const failed = log.filter((e) => e.action === 'signoff.pin_failed')
    const ok = log.filter((e) => e.action === 'signoff.pin_ok')
    const locks = log.filter((e) => e.action === 'signoff.locked')
    const right = results[pins.indexOf(DEMO_PIN)]!
    const signed = right.exitCode === 0

    // at most five wrong PINs were verified: every verification is preceded by its counted attempt
    expect(failed.length).toBeLessThanOrEqual(5)
    expect(attempts.length - ok.length).toBeLessThanOrEqual(5)
    expect(attempts.length).toBe(failed.length + ok.length) // every attempt has its outcome
    expect(ok.length).toBe(signed ? 1 : 0)
    // the fifth failure locks; nothing is attempted after the lock
    expect(locks.length).toBe(failed.length === 5 ? 1 : 0)
    if (locks.length) {
      expect(locks[0]!.data).toMatchObject({ failures: 5 })
      expect(attempts.every((a) => a.id < locks[0]!.id)).toBe(true)
    }
    // every process ended with a refusal or the signature, never an error
    for (const [i, r] of results.entries()) {
      if (i === pins.indexOf(DEMO_PIN) && signed) continue
      expect(r.exitCode, r.stderr).toBe(4)
      expect(['wrong_pin', 'locked']).toContain(JSON.parse(r.stderr).error.code)
    }
    expect(results.filter((r) => JSON.parse(r.stderr || '{"error":{}}').error?.code === 'wrong_pin').length + locks.length).toBe(failed.length)
    // the right PIN signed only if fewer than five attempts were counted (failed or unresolved) before its own
    const order = await desk.json(['order', 'show', n])
    if (signed) {
      const mine = attempts.find((a) => a.id === ok[0]!.data.attempt)!
      const counted = attempts.filter((a) => a.id < mine.id && !ok.some((o) => o.data.attempt === a.id))
      expect(counted.length).toBeLessThan(5)
      expect(order.status).toBe('ready')
    } else {
      expect(JSON.parse(right.stderr).error.code).toBe('locked')
      expect(order.status).toBe('contracted')
    }
    expect((await desk.run(['audit', 'verify'])).exitCode).toBe(0)
  })

  /** Appends `n` `signoff.pin_attempt` events for wang with no outcome, `agoMs` in the past; gives their ids. */
  async function unanswered(n: number, ref: string, agoMs: number): Promise<number[]> {
    return desk.tx(async (q) => {
      const [last] = (await q('select id, hash from events order by id desc limit 1')) as { id: number; hash: string }[]
      let prev = last?.hash ?? GENESIS_HASH
      let id = Number(last?.id ?? 0)
      const ids: number[] = []
      for (let i = 0; i < n; i++) {
        const row = {
          at: new Date(Date.now() - agoMs).toISOString(), business_date: TODAY, actor: 'wang', action: 'signoff.pin_attempt', entity: 'user', ref,
          order_id: null, from_status: null, to_status: null, data: JSON.stringify({ attempted: 'order confirm', counted: i + 1 }),
        }
        const hash = hashEvent(eventHashInput(prev, row as never))
        await q('insert into events (id, at, business_date, actor, action, entity, ref, order_id, from_status, to_status, data, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)', [
          ++id, row.at, row.business_date, row.actor, row.action, row.entity, row.ref, row.order_id, row.from_status, row.to_status, row.data, prev, hash,
        ])
        ids.push(id)
        prev = hash
      }
      if (isPg) await q("update counters set value = ? where key = 'audit.event_id'", [id])
      return ids
    })
  }

  it('an attempt that never got its outcome (a killed process) counts as a failure until the window passes', async () => {
    desk = await tempDesk()
    const n = await contracted()
    await unanswered(5, n, 5 * 60_000) // five processes killed while verifying, five minutes ago
    const before = await eventCount()
    const r = await desk.run(['order', 'confirm', n, '--json'], asWang())
    expect(r.exitCode).toBe(4)
    const err = JSON.parse(r.stderr).error
    expect(err.code).toBe('locked')
    expect(err.message).toMatch(/^5 PIN attempts for wang within 15 minutes were wrong or are still being checked: wang's sign-offs are locked until .+ \(in 1[01] minutes\); try again then$/)
    expect(await eventCount()).toBe(before) // refused before verifying: nothing written
    expect((await desk.json(['order', 'show', n])).status).toBe('contracted')
  })

  it('attempts still being checked elsewhere are waited for: answered right, the next attempt is counted and signs', async () => {
    desk = await tempDesk()
    const n = await contracted()
    const pending = await unanswered(5, n, 0) // five sign-offs of wang being checked right now
    const run = desk.run(['order', 'confirm', n, '--json'], asWang())
    // they are answered right a moment later (as their processes would)
    await new Promise((r) => setTimeout(r, 1500))
    await desk.tx(async (q) => {
      const [last] = (await q('select id, hash from events order by id desc limit 1')) as { id: number; hash: string }[]
      let id = Number(last!.id)
      let prev = last!.hash
      for (const attempt of pending) {
        const row = {
          at: new Date().toISOString(), business_date: TODAY, actor: 'wang', action: 'signoff.pin_ok', entity: 'user', ref: n,
          order_id: null, from_status: null, to_status: null, data: JSON.stringify({ attempted: 'order confirm', attempt }),
        }
        const hash = hashEvent(eventHashInput(prev, row as never))
        await q('insert into events (id, at, business_date, actor, action, entity, ref, order_id, from_status, to_status, data, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)', [
          ++id, row.at, row.business_date, row.actor, row.action, row.entity, row.ref, row.order_id, row.from_status, row.to_status, row.data, prev, hash,
        ])
        prev = hash
      }
      if (isPg) await q("update counters set value = ? where key = 'audit.event_id'", [id])
    })
    const r = await run
    expect(r.exitCode, r.stderr).toBe(0)
    expect(JSON.parse(r.stdout).order.status).toBe('ready')
    expect((await events("action = 'signoff.pin_attempt'")).length).toBe(6)
    expect((await desk.run(['audit', 'verify'])).exitCode).toBe(0)
  })
})

describe('PINs: length, cost, upgrade (§5)', { timeout: 120_000 }, () => {
  it('new PINs are hashed with scrypt N=2^17; a PIN shorter than 6 characters is refused', async () => {
    desk = await tempDesk()
    for (const pin of ['12345', '1234', '']) {
      const r = await desk.run(['user', 'add', 'boss', '--role', 'manager'], asWang({ ORDERDESK_NEW_PIN: pin }))
      expect(r.exitCode, pin).toBe(2)
      expect(r.stderr).toBe('orderdesk: invalid ORDERDESK_NEW_PIN "****": must be 6 to 64 characters (digits are fine), no control characters')
    }
    await desk.json(['user', 'add', 'boss', '--role', 'manager'], asWang({ ORDERDESK_NEW_PIN: 'correct horse' }))
    const rows = (await users()).filter((u) => u.pin_hash)
    expect(rows.map((u) => u.name)).toEqual(['boss', 'wang'])
    for (const u of rows) expect(u.pin_hash).toMatch(/^scrypt\$131072\$8\$1\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{43}=$/)
    expect(verifyPin('correct horse', rows[0]!.pin_hash!)).toBe(true)
  })

  it('the demo manager\'s PIN has 6 digits', async () => {
    desk = await tempDesk({ demo: false })
    const r = await desk.run(['init', '--demo'])
    expect(r.stdout).toContain('wang (manager, PIN 123456)')
    expect(DEMO_PIN).toBe('123456')
    const n = await contracted()
    expect((await desk.run(['order', 'confirm', n], { user: 'wang', env: { ORDERDESK_PIN: '1234' } })).exitCode).toBe(4)
    expect((await desk.json(['order', 'confirm', n], asWang())).order.status).toBe('ready')
  })

  it('an older hash (N=2^14, a 4-digit PIN) still works and is upgraded at its next correct use, with the outcome', async () => {
    desk = await tempDesk()
    const n = await contracted()
    const old = legacyHash('4711')
    await desk.query("update users set pin_hash = ? where name = 'wang'", [old])
    // a wrong PIN does not touch the hash
    expect((await desk.run(['order', 'confirm', n], { user: 'wang', env: { ORDERDESK_PIN: '4712' } })).exitCode).toBe(4)
    expect((await users()).find((u) => u.name === 'wang')!.pin_hash).toBe(old)
    const before = await eventCount()
    const ok = await desk.json(['order', 'confirm', n], { user: 'wang', env: { ORDERDESK_PIN: '4711' } })
    expect(ok.order.status).toBe('ready')
    const now = (await users()).find((u) => u.name === 'wang')!.pin_hash!
    expect(now).toMatch(/^scrypt\$131072\$8\$1\$/)
    expect(verifyPin('4711', now)).toBe(true)
    const log = await events(`id > ${before}`)
    expect(log.map((e) => e.action)).toEqual(['signoff.pin_attempt', 'signoff.pin_ok', 'order.confirm'])
    expect(log[1]!.data).toEqual({ attempted: 'order confirm', attempt: log[0]!.id, rehashed: true })
    // the upgraded hash signs again, and is not rehashed a second time
    await desk.json(['settings', 'set', 'quote.approvalAbove', '9'], { user: 'wang', env: { ORDERDESK_PIN: '4711' } })
    expect((await users()).find((u) => u.name === 'wang')!.pin_hash).toBe(now)
    expect((await events("action = 'signoff.pin_ok'")).at(-1)!.data).toEqual({ attempted: 'settings set', attempt: expect.any(Number) })
  })
})
