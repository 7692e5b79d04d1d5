import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import * as confirm from '../../src/cli/commands/order/confirm.js'
import * as list from '../../src/cli/commands/order/list.js'
import * as drop from '../../src/cli/commands/inquiry/drop.js'
import { DEMO_PIN } from '../helpers/cli.js'
import { inProcessDesk, type scriptedPrompter } from '../helpers/in-process.js'
import { failure, options, takeContract, takeInquiry, takeOffer } from '../helpers/in-process-cli.js'

type D = Awaited<ReturnType<typeof inProcessDesk>>
let d: D
beforeEach(async () => {
  d = await inProcessDesk()
})
afterEach(async () => {
  vi.unstubAllEnvs()
  await d.close()
  d.desk.cleanup()
})

const asked = (p: unknown) => (p as ReturnType<typeof scriptedPrompter>).asked
const status = async (n: string) => (await d.desk.query<{ status: string }>('select status from orders where number = ?', [n]))[0]!.status

describe('order confirm, in-process', () => {
  it("asks the manager's PIN on a terminal; all from stock, the order is ready to ship", async () => {
    const n = await takeContract(d, { item: ['NW-011=5'] })
    const { s, stdout, stderr } = d.session('wang', { answers: [DEMO_PIN] })
    await confirm.run(options(confirm.schema, {}, { order: n }), s)
    expect(asked(s.prompt)).toEqual(['PIN for wang'])
    expect(stdout.text).toBe('')
    expect(stderr.text).toBe(`✓ sales order ${n}-SO1 signed by wang; order ${n} is ready\n  every line is reserved from stock: ready to ship\n`)
    expect(await status(n)).toBe('ready')
    expect(await d.desk.query("select action, actor from events where action like 'signoff.%' order by id")).toEqual([
      { action: 'signoff.pin_attempt', actor: 'wang' },
      { action: 'signoff.pin_ok', actor: 'wang' },
    ])
  })

  it('takes the PIN from ORDERDESK_PIN without a terminal and lists the production orders it dispatched', async () => {
    vi.stubEnv('ORDERDESK_PIN', DEMO_PIN)
    const n = await takeContract(d, { item: ['NW-011=30'], mcDate: ['NW-011=2026-12-20'] })
    const { s, stdout, stderr } = d.session('wang')
    await confirm.run(options(confirm.schema, { assign: 'zhao' }, { order: n }), s)
    expect(stdout.text).toBe(
      [
        'Production order  SKU     Qty  Due         Dispatched to',
        '────────────────  ──────  ───  ──────────  ─────────────',
        `${n}-MO1      NW-011    8  2026-12-20  zhao`,
        '',
      ].join('\n'),
    )
    expect(stderr.text).toBe(`✓ sales order ${n}-SO1 signed by wang; order ${n} is confirmed\n  next: orderdesk production accept <mo> --date <date>   (MC)\n`)
    expect(await status(n)).toBe('confirmed')
  })

  it('without a terminal or ORDERDESK_PIN, names the variable (exit 2) and signs nothing', async () => {
    const n = await takeContract(d)
    expect(await failure(confirm.run(options(confirm.schema, {}, { order: n }), d.session('wang').s))).toEqual({
      exitCode: 2,
      message: "must provide `ORDERDESK_PIN (wang's PIN)` when not running interactively",
    })
    expect(await status(n)).toBe('contracted')
  })

  it('an order in the wrong state is refused before the PIN is asked, naming its next command', async () => {
    const n = await takeInquiry(d)
    const { s } = d.session('wang', { answers: [] })
    expect(await failure(confirm.run(options(confirm.schema, {}, { order: n }), s))).toEqual({
      exitCode: 4,
      message: `cannot confirm order ${n}: it is inquiry (\`order confirm\` needs contracted); next for this order: orderdesk stock check ${n}`,
    })
    expect(asked(s.prompt)).toEqual([])
  })

  it("a clerk cannot sign the sales order: nothing is asked, it needs a manager's signature", async () => {
    const n = await takeContract(d)
    const { s } = d.session('li', { answers: [] })
    expect(await failure(confirm.run(options(confirm.schema, {}, { order: n }), s))).toEqual({
      exitCode: 4,
      message: "li is clerk; order confirm needs a manager's signature",
    })
    expect(asked(s.prompt)).toEqual([])
    expect(await status(n)).toBe('contracted')
  })
})

describe('order list --needs-action, in-process', () => {
  /** One order in each state that waits on the desk (oldest first), and one that ended. */
  async function desk() {
    const inquiry = await takeInquiry(d, ['NW-001=1'])
    const offered = await takeOffer(d, ['NW-011=5'])
    const lost = await takeInquiry(d, ['NW-002=1'])
    await drop.run(options(drop.schema, { reason: 'price' }, { order: lost }), d.session('li').s)
    const noDeposit = await takeContract(d, { item: ['NW-004=2'] })
    const deposit = await takeContract(d, { item: ['NW-006=4'], deposit: '30' })
    return { inquiry, offered, lost, noDeposit, deposit }
  }

  it('--json: each waiting order with the next command to run and its age in days', async () => {
    const o = await desk()
    const { s, stdout, stderr } = d.session('li', { json: true })
    await list.run(options(list.schema, { needsAction: true }), s)
    const rows = JSON.parse(stdout.text) as { number: string; status: string; nextAction: string; ageDays: number }[]
    expect(rows.map(({ number, status, nextAction, ageDays }) => ({ number, status, nextAction, ageDays }))).toEqual([
      { number: o.inquiry, status: 'inquiry', nextAction: `orderdesk stock check ${o.inquiry}`, ageDays: 0 },
      { number: o.offered, status: 'offered', nextAction: `orderdesk contract sign ${o.offered}`, ageDays: 0 },
      { number: o.noDeposit, status: 'contracted', nextAction: `orderdesk order confirm ${o.noDeposit}`, ageDays: 0 },
      { number: o.deposit, status: 'contracted', nextAction: `orderdesk payment record ${o.deposit}`, ageDays: 0 },
    ])
    expect(rows[0]).toMatchObject({ customer: 'ALFKI', customerName: 'Alfreds Futterkiste', total: '18.00', paid: '0.00' })
    expect(stderr.text).toBe('')
  })

  it('as text: a line an order with the Next column; without --needs-action, newest first and no Next', async () => {
    const o = await desk()
    const waiting = d.session('li')
    await list.run(options(list.schema, { needsAction: true }), waiting.s)
    const lines = waiting.stdout.text.split('\n')
    expect(lines[0]).toMatch(/^Order\s+Status\s+Customer\s+Total\s+Paid\s+Requested\s+Promised\s+Next$/)
    expect(lines.slice(2, -1).map((l) => l.split(/\s{2,}/).at(-1))).toEqual([
      `orderdesk stock check ${o.inquiry}`,
      `orderdesk contract sign ${o.offered}`,
      `orderdesk order confirm ${o.noDeposit}`,
      `orderdesk payment record ${o.deposit}`,
    ])
    const all = d.session('li')
    await list.run(options(list.schema, {}), all.s)
    const numbers = all.stdout.text.split('\n').slice(2, -1).map((l) => l.split(' ')[0])
    expect(numbers).toEqual([o.deposit, o.noDeposit, o.lost, o.offered, o.inquiry])
    expect(all.stdout.text.split('\n')[0]).not.toContain('Next')
  })

  it('an unknown status or customer is exit 2 naming the flag; nothing matching says so', async () => {
    const { s, stdout } = d.session('li')
    await expect(list.run(options(list.schema, { status: 'inquiry,nope' }), s)).rejects.toThrow('invalid --status "nope": must be one of')
    await expect(list.run(options(list.schema, { customer: 'NOPE' }), s)).rejects.toThrow('invalid --customer "NOPE": no such customer')
    await list.run(options(list.schema, { needsAction: true }), s)
    expect(stdout.text).toBe('no orders match\n')
  })
})
