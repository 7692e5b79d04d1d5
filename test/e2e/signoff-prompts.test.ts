/**
 * End-to-end: a manager's PIN asked at a hidden prompt (no ORDERDESK_PIN in the
 * environment), and the payment amount asked when --amount is missing, driven through a
 * real pseudo-terminal.
 *
 * Needs the built CLI (`npm run build`) and python3 (see test/helpers/pty.ts).
 * The pty output is a log of redraws; assertions use the final lines.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { BIN, DEMO_PIN, TODAY, tempDesk, type Desk } from '../helpers/cli.js'
import { runInPty, type PtyResult, type PtyStep } from '../helpers/pty.js'

const ENTER = '\r'
const WANG_PIN = DEMO_PIN

let desk: Desk | undefined
afterEach(() => {
  desk?.cleanup()
  desk = undefined
})

async function freshDesk(): Promise<Desk> {
  desk = await tempDesk()
  return desk
}

function pty(d: Desk, user: string, args: string[], steps: PtyStep[], timeout = 20): Promise<PtyResult> {
  return runInPty(['node', BIN, ...args], steps, {
    env: {
      ORDERDESK_DB: d.db,
      ORDERDESK_TODAY: TODAY,
      ORDERDESK_USER: user,
      NO_COLOR: '1',
      ORDERDESK_PIN: undefined,
      ORDERDESK_NO_INPUT: undefined,
      ORDERDESK_DEBUG: undefined,
    },
    timeout,
  })
}

/** Failure message with enough of the transcript to see where it got stuck. */
function why(r: PtyResult): string {
  return `step ${r.failedStep}: ${r.error}\n--- output (tail) ---\n${r.output.slice(-3000)}`
}

/** The non-empty lines of the output, trimmed at the end. */
function lines(r: PtyResult): string[] {
  return r.output
    .split('\n')
    .map((l) => l.trimEnd())
    .filter((l) => l !== '')
}

async function ok(d: Desk, args: string[], opts?: Parameters<Desk['run']>[1]): Promise<void> {
  const r = await d.run(args, opts)
  expect(r.exitCode, `orderdesk ${args.join(' ')}: ${r.stderr}`).toBe(0)
}

/** A new inquiry for ALFKI with NW-011 × 5 (105.00), checked against stock → offered. */
async function offered(d: Desk): Promise<string> {
  await ok(d, ['inquiry', 'new', '--customer', 'ALFKI', '--item', 'NW-011=5'])
  const list = await d.json<{ number: string }[]>(['order', 'list'])
  expect(list).toHaveLength(1)
  const n = list[0]!.number
  await ok(d, ['stock', 'check', n])
  expect((await d.json(['order', 'show', n])).status).toBe('offered')
  return n
}

/** Offered, contract signed (100 % deposit), 105.00 paid → contracted, waiting for the manager. */
async function contractedAndPaid(d: Desk): Promise<string> {
  const n = await offered(d)
  await ok(d, ['contract', 'sign', n, '--payment-method', 'transfer', '--payment-due', '+7'])
  await ok(d, ['payment', 'record', n, '--amount', '105'])
  const o = await d.json(['order', 'show', n])
  expect(o).toMatchObject({ status: 'contracted', paid: '105.00', paymentStatus: 'paid' })
  return n
}

describe('manager sign-off: PIN at a hidden prompt', () => {
  it('order confirm asks "PIN for wang"; the right PIN confirms, digits are not echoed', async () => {
    const d = await freshDesk()
    const n = await contractedAndPaid(d)

    const r = await pty(d, 'wang', ['order', 'confirm', n], [
      { expect: 'PIN for wang' },
      { send: WANG_PIN, delay: 0.3 },
      { send: ENTER },
      { expect: `sales order \\S+ signed by wang; order ${n} is ready` },
    ])
    expect(r.ok, why(r)).toBe(true)
    expect(r.exitCode, why(r)).toBe(0)
    // masked: a star per digit, never the digits (neither echoed by the terminal nor drawn by the prompt)
    expect(r.output).toContain(`✔ PIN for wang ${'*'.repeat(WANG_PIN.length)}`)
    expect(r.output).not.toContain(WANG_PIN)
    expect(r.rawOutput).not.toContain(WANG_PIN)
    const tail = lines(r)
    expect(tail.at(-1)).toBe('  every line is reserved from stock: ready to ship')
    expect(tail.at(-2)).toMatch(new RegExp(`^✓ sales order \\S+ signed by wang; order ${n} is ready$`))

    const o = await d.json(['order', 'show', n])
    expect(o.status).toBe('ready')
    expect(o.salesOrder).not.toBeNull()
    expect(o.productionOrders).toEqual([])
    expect(o.events.at(-1).action).not.toBe('signoff.pin_failed')
  })

  it('order confirm with a wrong PIN exits 4, signs nothing and records the failed attempt', async () => {
    const d = await freshDesk()
    const n = await contractedAndPaid(d)

    const r = await pty(d, 'wang', ['order', 'confirm', n], [
      { expect: 'PIN for wang' },
      { send: '0000', delay: 0.3 },
      { send: ENTER },
      { expect: 'wrong PIN for wang' },
    ])
    expect(r.ok, why(r)).toBe(true)
    expect(r.exitCode, why(r)).toBe(4)
    expect(r.output).toContain('wrong PIN for wang')
    expect(lines(r).at(-1)).toBe('orderdesk: wrong PIN for wang; nothing was signed')
    expect(r.output).not.toContain('0000')

    const o = await d.json(['order', 'show', n])
    expect(o.status).toBe('contracted')
    expect(o.salesOrder).toBeNull()
    expect(o.events.at(-1)).toMatchObject({ actor: 'wang', action: 'signoff.pin_failed', data: { attempted: 'order confirm' } })
  })

  it('quote approve on an offer above quote.approvalAbove, PIN typed at the prompt → approved', async () => {
    const d = await freshDesk()
    await ok(d, ['settings', 'set', 'quote.approvalAbove', '50'], { user: 'wang', env: { ORDERDESK_PIN: WANG_PIN } })
    const n = await offered(d)
    const before = await d.json(['order', 'show', n])
    expect(before.quote).toMatchObject({ status: 'pending', reasons: ['total 105.00 is above 50.00'] })

    const r = await pty(d, 'wang', ['quote', 'approve', n], [
      { expect: 'PIN for wang' },
      { send: WANG_PIN, delay: 0.3 },
      { send: ENTER },
      { expect: `quotation for order ${n} approved by wang \\(total 105\\.00 is above 50\\.00\\)` },
    ])
    expect(r.ok, why(r)).toBe(true)
    expect(r.exitCode, why(r)).toBe(0)
    expect(r.output).toContain(`✔ PIN for wang ${'*'.repeat(WANG_PIN.length)}`)
    expect(r.output).not.toContain(WANG_PIN)

    const o = await d.json(['order', 'show', n])
    expect(o.status).toBe('offered')
    expect(o.quote).toMatchObject({ status: 'approved', approvedBy: 'wang', reasons: ['total 105.00 is above 50.00'] })
    expect(o.events.at(-1)).toMatchObject({ actor: 'wang', action: 'quote.approve' })
  })
})

describe('payment record without --amount', () => {
  it('prompts "Amount received"; 105 → paid 105.00', async () => {
    const d = await freshDesk()
    const n = await offered(d)
    await ok(d, ['contract', 'sign', n, '--payment-method', 'transfer', '--payment-due', '+7'])

    const r = await pty(d, 'li', ['payment', 'record', n], [
      { expect: 'Amount received' },
      { send: `105${ENTER}` },
      { expect: `payment of 105\\.00 recorded for order ${n}: paid 105\\.00 of 105\\.00 \\(paid\\)` },
    ])
    expect(r.ok, why(r)).toBe(true)
    expect(r.exitCode, why(r)).toBe(0)
    expect(r.output).toContain('✔ Amount received 105')
    expect(lines(r).at(-1)).toBe(`  next: orderdesk order confirm ${n}   (a manager signs the sales order)`)

    const o = await d.json(['order', 'show', n])
    expect(o).toMatchObject({ status: 'contracted', paid: '105.00', balance: '0.00', paymentStatus: 'paid' })
    expect(o.payments).toEqual([{ amount: '105.00', method: null, ref: null, date: TODAY, recordedBy: 'li', number: `${n}-PM1`, kind: 'payment', voided: null }]) // issue 19 adds number, kind, voided
  })
})
