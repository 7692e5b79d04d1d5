import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { eventHashInput, GENESIS_HASH, hashEvent } from '../../src/store/queries/events.js'
import { DEMO_PIN, tempDesk, type Desk } from '../helpers/cli.js'

/**
 * Sign-off security (issue 10): PINs only as salted scrypt hashes; five wrong PINs within 15
 * minutes lock that manager's sign-offs for 15 minutes (audited); a non-manager can never sign.
 */

let desk: Desk
beforeEach(async () => {
  desk = await tempDesk()
})
afterEach(() => desk.cleanup())

const env = (pin: string, extra: Record<string, string> = {}) => ({ user: 'wang', env: { ORDERDESK_PIN: pin, TZ: 'UTC', ...extra } })

async function contracted(): Promise<string> {
  const n = (await desk.json(['inquiry', 'new', '--customer', 'ALFKI', '--item', 'NW-011=3'])).order.number
  await desk.json(['stock', 'check', n])
  await desk.json(['contract', 'sign', n, '--payment-method', 'transfer', '--payment-due', '+7', '--deposit', '0'])
  return n
}

/** The failures and locks (each attempt's `signoff.pin_attempt` and a right one's `signoff.pin_ok` left out). */
async function events(where = "action in ('signoff.pin_failed', 'signoff.locked')") {
  return (await desk.query(`select id, at, actor, action, ref, data from events where ${where} order by id`)) as {
    id: number; at: string; actor: string; action: string; ref: string; data: string | null
  }[]
}

/** Moves every event `minutes` into the past and re-chains the hashes: as if that much time had passed. */
async function timePasses(minutes: number): Promise<void> {
  await desk.tx(async (q) => {
    const rows = (await q('select * from events order by id')) as Record<string, any>[]
    let prev = GENESIS_HASH
    for (const r of rows) {
      const at = new Date(Date.parse(r.at) - minutes * 60_000).toISOString()
      const hash = hashEvent(eventHashInput(prev, { ...r, at } as never))
      await q('update events set at = ?, prev_hash = ?, hash = ? where id = ?', [at, prev, hash, r.id])
      prev = hash
    }
  })
}

/** `14:47`: the unlock time as the CLI shows it (TZ=UTC), rounded up to the minute. */
/** As the program prints it: local `HH:MM` (rounded up), with the date when it is not today (near midnight). */
const hhmm = (iso: string) => {
  const p = (n: number) => String(n).padStart(2, '0')
  const d = new Date(Math.ceil(Date.parse(iso) / 60_000) * 60_000)
  const n = new Date()
  const day = `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`
  const today = `${n.getFullYear()}-${p(n.getMonth() + 1)}-${p(n.getDate())}`
  const time = `${p(d.getHours())}:${p(d.getMinutes())}`
  return day === today ? time : `${day} ${time}`
}

describe('five wrong PINs lock sign-offs for 15 minutes', { timeout: 120_000 }, () => {
  it('locks on the fifth within 15 minutes, refuses even the right PIN, names the unlock time, audits it; another manager is not locked', async () => {
    const n = await contracted()
    await desk.json(['user', 'add', 'boss', '--role', 'manager', '--pin'], { user: 'wang', env: { ORDERDESK_NEW_PIN: '567890', ORDERDESK_PIN: DEMO_PIN } })
    // The business date does not move the failures out of the window: the lock counts wall-clock time.
    const days = ['2026-11-26', '2026-01-01', '2027-06-30', '2026-11-26']
    for (let i = 0; i < 4; i++) {
      const r = await desk.run(['order', 'confirm', n], env('0000', { ORDERDESK_TODAY: days[i]! }))
      expect(r.exitCode).toBe(4)
      expect(r.stderr).toBe('orderdesk: wrong PIN for wang; nothing was signed')
    }
    expect((await events()).map((e) => e.action)).toEqual(Array(4).fill('signoff.pin_failed')) // four do not lock
    const fifth = await desk.run(['order', 'confirm', n, '--json'], env('9999'))
    expect(fifth.exitCode).toBe(4)
    const err = JSON.parse(fifth.stderr).error
    const log = (await events())
    expect(log.map((e) => [e.actor, e.action])).toEqual([...Array(5).fill(['wang', 'signoff.pin_failed']), ['wang', 'signoff.locked']])
    const locked = log.at(-1)!
    const until = JSON.parse(locked.data!).until as string
    expect(Date.parse(until) - Date.parse(locked.at)).toBe(15 * 60_000)
    expect(JSON.parse(locked.data!)).toEqual({ failures: 5, until, attempted: 'order confirm' })
    expect(locked.ref).toBe('wang')
    expect(err).toEqual({
      code: 'locked',
      message: `wrong PIN for wang; nothing was signed. 5 wrong PINs within 15 minutes: wang's sign-offs are locked until ${hhmm(until)} (in 15 minutes); try again then`,
      details: { user: 'wang', until },
    })

    // Locked: the right PIN is refused too, nothing is signed, no more events.
    const right = await desk.run(['order', 'confirm', n], env(DEMO_PIN))
    expect(right.exitCode).toBe(4)
    expect(right.stderr).toMatch(new RegExp(`^orderdesk: wang's sign-offs are locked until ${hhmm(until)} \\(in 1[45] minutes\\); try again then$`))
    expect((await desk.json(['order', 'show', n])).status).toBe('contracted')
    expect((await events())).toHaveLength(6)

    // Another manager (added by wang before, a sign-off) is not locked.
    const other = await desk.json(['order', 'confirm', n], { user: 'boss', env: { ORDERDESK_PIN: '567890' } })
    expect(other.order.status).toBe('ready')
    expect(other.order.salesOrder.signedBy).toBe('boss')
  })

  it('unlocks after 15 minutes; failures older than 15 minutes do not count; the audit chain stays intact', async () => {
    const n = await contracted()
    for (let i = 0; i < 5; i++) expect((await desk.run(['order', 'confirm', n], env('1111'))).exitCode).toBe(4)
    expect((await events()).at(-1)!.action).toBe('signoff.locked')
    expect((await desk.run(['order', 'confirm', n], env(DEMO_PIN))).exitCode).toBe(4)

    await timePasses(16)
    // the old failures and the lock are past 15 minutes: a new failure is just a wrong PIN
    const wrong = await desk.run(['order', 'confirm', n], env('2222'))
    expect(wrong.stderr).toBe('orderdesk: wrong PIN for wang; nothing was signed')
    const ok = await desk.json(['order', 'confirm', n], env(DEMO_PIN))
    expect(ok.order.status).toBe('ready')
    expect((await events()).map((e) => e.action)).toEqual([...Array(5).fill('signoff.pin_failed'), 'signoff.locked', 'signoff.pin_failed'])
    expect((await desk.run(['audit', 'verify'])).exitCode).toBe(0)
  })
})

describe('who may sign', { timeout: 120_000 }, () => {
  it('a non-manager can never sign, whatever flags and PINs are passed; nothing is written', async () => {
    const n = await contracted()
    const offered = (await desk.json(['inquiry', 'new', '--customer', 'VINET', '--item', 'NW-001=2'])).order.number
    await desk.json(['stock', 'check', offered])
    const before = (await events('1 = 1')).length
    const tries: [string, string[]][] = [
      ['li', ['order', 'confirm', n]],
      ['li', ['order', 'confirm', n, '--assign', 'sun', '--yes', '--no-input']],
      ['li', ['--as', 'chen', 'order', 'confirm', n]],
      ['chen', ['quote', 'approve', offered]],
      ['sun', ['order', 'confirm', n]],
      ['wu', ['quote', 'approve', offered]],
    ]
    for (const [user, args] of tries) {
      const r = await desk.run(args, { user, env: { ORDERDESK_PIN: DEMO_PIN } })
      expect(r.exitCode, `${user} ${args.join(' ')}: ${r.stderr}`).toBe(4)
      expect(r.stderr).toMatch(/^orderdesk: \w+ is (clerk|mc|finance); (order confirm|quote approve) needs a manager's signature$/)
    }
    expect((await events('1 = 1'))).toHaveLength(before)
    expect((await desk.json(['order', 'show', n])).status).toBe('contracted')
  })

  it('PINs are stored only as salted scrypt hashes: the same PIN gives different hashes', async () => {
    await desk.json(['user', 'add', 'boss', '--role', 'manager', '--pin'], { user: 'wang', env: { ORDERDESK_NEW_PIN: DEMO_PIN, ORDERDESK_PIN: DEMO_PIN } })
    const rows = (await desk.query('select name, pin_hash from users where pin_hash is not null order by name')) as { name: string; pin_hash: string }[]
    expect(rows.map((r) => r.name)).toEqual(['boss', 'wang'])
    for (const r of rows) {
      expect(r.pin_hash).toMatch(/^scrypt\$131072\$8\$1\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{43}=$/)
      expect(r.pin_hash).not.toContain(DEMO_PIN)
    }
    expect(rows[0]!.pin_hash).not.toBe(rows[1]!.pin_hash)
  })
})
