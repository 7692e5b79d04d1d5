/**
 * End-to-end: the guided (prompting) flows, driven through a real pseudo-terminal.
 *
 * Needs the built CLI (`npm run build`) and python3 (see test/helpers/pty.ts).
 *
 * Timing notes for @inquirer prompts:
 * - a `search` prompt re-queries on every keystroke and ignores ↑/↓ while loading, and
 *   Enter picks whatever row is highlighted *now*; so after typing, wait for the
 *   filtered list (highlighted row followed by the blank line that ends the list)
 *   before moving or pressing Enter.
 * - the output is a log of redraws; assertions use the last frame / final lines.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { BIN, TODAY, tempDesk, type Desk } from '../helpers/cli.js'
import { runInPty, type PtyResult, type PtyStep } from '../helpers/pty.js'

const ENTER = '\r'
const DOWN = '\u001b[B'
const CTRL_C = '\u0003'

let desk: Desk | undefined
afterEach(() => {
  desk?.cleanup()
  desk = undefined
})

async function freshDesk(): Promise<Desk> {
  desk = await tempDesk()
  return desk
}

function pty(d: Desk, args: string[], steps: PtyStep[], timeout = 15): Promise<PtyResult> {
  return runInPty(['node', BIN, ...args], steps, {
    env: {
      ORDERDESK_DB: d.db,
      ORDERDESK_TODAY: TODAY,
      ORDERDESK_USER: 'li',
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

/** Escape text for use inside a Python regex. */
function re(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Regex for a search prompt's list once filtered down to exactly `rows` (first one highlighted). */
function filteredList(rows: string[]): string {
  const [first, ...rest] = rows
  return `❯ ${re(first!)}[^\\n]*\\n${rest.map((r) => `  ${re(r)}[^\\n]*\\n`).join('')}\\n`
}

async function orderNumbers(d: Desk): Promise<string[]> {
  const list = await d.json<{ number: string }[]>(['order', 'list'])
  return list.map((o) => o.number)
}

/** A fresh inquiry made with flags (non-interactive: execa's stdin is not a terminal). */
async function inquiry(d: Desk, items: string[]): Promise<string> {
  const r = await d.run(['inquiry', 'new', '--customer', 'ALFKI', ...items.flatMap((i) => ['--item', i])])
  expect(r.exitCode, r.stderr).toBe(0)
  const numbers = await orderNumbers(d)
  expect(numbers).toHaveLength(1)
  return numbers[0]!
}

describe('interactive prompts in a terminal', () => {
  it('inquiry new with no flags walks through customer, lines, date, channel and source', async () => {
    const d = await freshDesk()
    const r = await pty(d, ['inquiry', 'new'], [
      // customer: search "alf" → only ALFKI left
      { expect: 'Customer \\(type code or name\\)' },
      { send: 'alf' },
      { expect: filteredList(['ALFKI    Alfreds Futterkiste']) },
      { send: ENTER },
      { expect: '✔ Customer \\(type code or name\\) ALFKI' },
      // first line: "Queso" → NW-011 highlighted, NW-012 below
      { expect: 'Product \\(type sku or name\\)' },
      { send: 'Queso' },
      { expect: filteredList(['NW-011   Queso Cabrales', 'NW-012   Queso Manchego']) },
      { send: ENTER },
      { expect: 'Quantity of NW-011 \\(case\\)' },
      { send: `5${ENTER}` },
      { expect: 'Unit price for NW-011 \\(21\\.00\\)' },
      { send: ENTER }, // accept the list price
      { expect: '✔ Unit price for NW-011 21.00', literal: true },
      // second line: "done" is always the first row, so move down to NW-017
      { expect: 'Next product \\(or pick "done"\\)' },
      { send: 'Alice' },
      { expect: filteredList(['✓ done — no more lines', 'NW-017   Alice Mutton']) },
      { delay: 0.2 },
      { send: DOWN },
      { expect: '❯ NW-017   Alice Mutton', literal: true },
      { send: ENTER },
      { expect: 'Quantity of NW-017 \\(case\\)' },
      { send: `3${ENTER}` },
      { expect: 'Unit price for NW-017' },
      { send: `16.00${ENTER}` },
      { expect: '✔ Unit price for NW-017 16.00', literal: true },
      // the running table after two lines
      { expect: '2\\s+NW-017\\s+Alice Mutton\\s+3\\s+16\\.00\\s+48\\.00' },
      { expect: 'Total\\s+153\\.00' },
      // no more lines
      { expect: 'Next product \\(or pick "done"\\)' },
      { expect: '❯ ✓ done — no more lines', literal: true },
      { delay: 0.2 },
      { send: ENTER },
      { expect: 'Requested delivery date' },
      { send: `+30${ENTER}` },
      { expect: '✔ Requested delivery date[^\\n]*\\+30' },
      // channel: default phone, fax is one down
      { expect: '❯ phone', literal: true },
      { send: DOWN },
      { expect: '❯ fax', literal: true },
      { send: ENTER },
      { expect: '✔ Channel fax', literal: true },
      { expect: 'Source reference' },
      { send: `FAX-0815${ENTER}` },
      { expect: 'Record this inquiry for ALFKI\\?' },
      { send: ENTER },
      { expect: 'inquiry \\S+ recorded for ALFKI \\(Alfreds Futterkiste\\), total 153\\.00' },
    ])
    expect(r.ok, why(r)).toBe(true)
    expect(r.exitCode, why(r)).toBe(0)

    const numbers = await orderNumbers(d)
    expect(numbers).toHaveLength(1)
    const order = await d.json(['order', 'show', numbers[0]!])
    expect(order).toMatchObject({
      number: numbers[0],
      customer: 'ALFKI',
      status: 'inquiry',
      channel: 'fax',
      sourceRef: 'FAX-0815',
      orderDate: TODAY,
      requestedDate: '2026-12-26',
      promisedDate: null,
      total: '153.00',
      createdBy: 'li',
    })
    expect(order.lines).toHaveLength(2)
    expect(order.lines[0]).toMatchObject({ lineNo: 1, sku: 'NW-011', qty: 5, unitPrice: '21.00', amount: '105.00' })
    expect(order.lines[1]).toMatchObject({ lineNo: 2, sku: 'NW-017', qty: 3, unitPrice: '16.00', amount: '48.00' })
  })

  it('stock check: MC can make a short product by another date → offered with that date', async () => {
    const d = await freshDesk()
    const n = await inquiry(d, ['NW-017=4'])
    const r = await pty(d, ['stock', 'check', n], [
      { expect: `Order ${n}: 1 product\\(s\\) short` },
      { expect: "NW-017: short by 4 \\(0 available\\)\\. MC's answer\\?" },
      { expect: '❯ can make it by 2026-12-17 (lead time)', literal: true },
      { send: DOWN },
      { expect: '❯ can make it by another date', literal: true },
      { send: ENTER },
      { expect: 'Completion date for NW-017 \\(2026-12-17\\)' },
      { send: `2027-01-15${ENTER}` },
      { expect: '✔ Completion date for NW-017 2027-01-15', literal: true },
      { expect: `order ${n} offered: delivery by 2027-01-15` },
    ])
    expect(r.ok, why(r)).toBe(true)
    expect(r.exitCode, why(r)).toBe(0)
    expect(r.output).toMatch(/NW-017\s+Alice Mutton\s+4\s+0\s+4\s+production\s+2027-01-15/)

    const order = await d.json(['order', 'show', n])
    expect(order).toMatchObject({ status: 'offered', promisedDate: '2027-01-15', lostReason: null })
    expect(order.lines).toHaveLength(1)
    expect(order.lines[0]).toMatchObject({ sku: 'NW-017', qty: 4, source: 'production', stockQty: 0, shortfall: 4, date: '2027-01-15' })
  })

  it('stock check: MC cannot produce it → the inquiry is lost with the reason', async () => {
    const d = await freshDesk()
    const n = await inquiry(d, ['NW-017=4'])
    const r = await pty(d, ['stock', 'check', n], [
      { expect: "NW-017: short by 4 \\(0 available\\)\\. MC's answer\\?" },
      { expect: '❯ can make it by 2026-12-17 (lead time)', literal: true },
      { send: DOWN },
      { expect: '❯ can make it by another date', literal: true },
      { send: DOWN },
      { expect: '❯ cannot produce it', literal: true },
      { send: ENTER },
      { expect: 'Why can it not be produced\\?' },
      // an empty reason is refused by the prompt
      { send: ENTER },
      { expect: 'say why' },
      { send: `mould broken${ENTER}` },
      { expect: `order ${n} lost: NW-017 cannot be produced: mould broken` },
    ])
    expect(r.ok, why(r)).toBe(true)
    expect(r.exitCode, why(r)).toBe(0)

    const order = await d.json(['order', 'show', n])
    expect(order).toMatchObject({ status: 'lost', promisedDate: null, lostReason: 'NW-017 cannot be produced: mould broken' })
  })

  it('contract sign with no flags: pick the payment method, accept the default due date and deposit', async () => {
    const d = await freshDesk()
    const n = await inquiry(d, ['NW-011=5'])
    const check = await d.run(['stock', 'check', n])
    expect(check.exitCode, check.stderr).toBe(0)
    expect((await d.json(['order', 'show', n])).status).toBe('offered')

    const r = await pty(d, ['contract', 'sign', n], [
      { expect: 'Payment method' },
      { expect: '❯ transfer', literal: true }, // the default
      { send: DOWN },
      { expect: '❯ acceptance-bill', literal: true },
      { send: DOWN },
      { expect: '❯ letter-of-credit', literal: true },
      { send: ENTER },
      { expect: '✔ Payment method letter-of-credit', literal: true },
      { expect: 'Payment due \\(YYYY-MM-DD or \\+N days\\) \\(2026-12-03\\)' },
      { send: ENTER },
      { expect: '✔ Payment due (YYYY-MM-DD or +N days) 2026-12-03', literal: true },
      { expect: 'Deposit before production, percent \\(100\\)' },
      { send: ENTER },
      { expect: `contract \\S+ signed for order ${n}: total 105\\.00, letter-of-credit, due 2026-12-03` },
      { expect: 'reserved: NW-011 × 5', literal: true },
    ])
    expect(r.ok, why(r)).toBe(true)
    expect(r.exitCode, why(r)).toBe(0)

    const order = await d.json(['order', 'show', n])
    expect(order.status).toBe('contracted')
    expect(order.contract).toMatchObject({
      paymentMethod: 'letter-of-credit',
      paymentDue: '2026-12-03',
      depositPercent: 100,
      signedBy: 'li',
      total: '105.00',
    })
    expect(order.documents.map((x: { kind: string }) => x.kind)).toContain('contract')
  })

  it('Ctrl-C at the first inquiry prompt exits 130 and records nothing', async () => {
    const d = await freshDesk()
    const r = await pty(d, ['inquiry', 'new'], [
      { expect: 'Customer \\(type code or name\\)' },
      { expect: '❯ ALFKI', literal: true }, // the list has loaded
      { send: CTRL_C },
    ])
    expect(r.ok, why(r)).toBe(true)
    expect(r.exitCode, why(r)).toBe(130)
    expect(r.output.trimEnd().split('\n').at(-1)).toBe('orderdesk: cancelled')
    expect(await orderNumbers(d)).toEqual([])
  })

  it('--no-input on a terminal refuses with exit 2, naming the missing flags, without prompting', async () => {
    const d = await freshDesk()
    const r = await pty(d, ['inquiry', 'new', '--no-input'], [])
    expect(r.ok, why(r)).toBe(true)
    expect(r.exitCode, why(r)).toBe(2)
    expect(r.output).toContain('orderdesk: must provide `--customer`, `--item <sku>=<qty>` when not running interactively')
    expect(r.output).not.toContain('Customer (type code or name)')
    expect(r.output).not.toContain('?')
    expect(await orderNumbers(d)).toEqual([])
  })
})
