import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import stringWidth from 'string-width'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PIN, tempDesk, type Desk } from '../helpers/cli.js'

/**
 * `report status` on a desk built through the CLI with back-dated steps (ORDERDESK_TODAY per
 * command): orders in every state from inquiry to completed, late and on-time deliveries,
 * payments, production accepted / rejected / late / done, a complaint. The report day is
 * 2026-11-26; a second report regenerates 2026-11-20 from the same database.
 */

let desk: Desk
/** Order numbers by letter (see `ORDERS`). */
const N: Record<string, string> = {}

type Step = [user: string, date: string, args: string[]]
const d = (md: string) => `2026-${md}`

/** The inquiries, created in this order (so the order numbers are fixed): letter, date, args. */
const INQUIRIES: [string, string, string[]][] = [
  ['R', '10-05', ['--customer', 'BLAUS', '--item', 'NW-001=1']],
  ['S', '10-15', ['--customer', 'BOTTM', '--item', 'NW-025=2']],
  ['Q', '10-29', ['--customer', 'BERGS', '--item', 'NW-026=1']],
  ['P', '11-02', ['--customer', 'AROUT', '--item', 'NW-030=3']],
  ['K', '11-02', ['--customer', 'BSBEV', '--item', 'NW-026=2']],
  ['E', '11-10', ['--customer', 'BERGS', '--item', 'NW-005=3']],
  ['F', '11-12', ['--customer', 'BLAUS', '--item', 'NW-022=10']],
  ['I', '11-16', ['--customer', 'BONAP', '--item', 'NW-017=4']],
  ['J', '11-16', ['--customer', 'BOTTM', '--item', 'NW-017=2']],
  ['O', '11-17', ['--customer', 'ANTON', '--item', 'NW-006=4']],
  ['C', '11-18', ['--customer', 'ANTON', '--item', 'NW-012=1']],
  ['N', '11-18', ['--customer', 'ANATR', '--item', 'NW-022=2']],
  ['M', '11-19', ['--customer', 'ALFKI', '--item', 'NW-011=3']],
  ['A', '11-20', ['--customer', 'ALFKI', '--item', 'NW-001=2', '--requested', '2026-12-05', '--rush']],
  ['L', '11-20', ['--customer', 'VINET', '--item', 'NW-029=1']],
  ['G', '11-23', ['--customer', 'BLONP', '--item', 'NW-012=5']],
  ['H', '11-24', ['--customer', 'BOLID', '--item', 'NW-004=5']],
  ['D', '11-25', ['--customer', 'AROUT', '--item', 'NW-006=2']],
  ['B', '11-26', ['--customer', 'ANATR', '--item', 'NW-004=1']],
]

/** What happens to each order after its inquiry, in date order (orders run side by side). */
function chains(): Record<string, Step[]> {
  const contract = (n: string, due: string, deposit?: number): string[] => [
    'contract', 'sign', n, '--payment-method', 'transfer', '--payment-due', d(due), ...(deposit ? ['--deposit', String(deposit)] : []),
  ]
  const pay = (n: string, amount: string) => ['payment', 'record', n, '--amount', amount]
  const confirm = (n: string, mc?: string) => ['order', 'confirm', n, ...(mc ? ['--assign', mc] : [])]
  const { R, S, Q, P, K, E, F, I, J, O, C, N: Nn, M, L, G, H, D } = N as Record<string, string>
  return {
    R: [
      ['li', '10-05', ['stock', 'check', R!]],
      ['li', '10-05', contract(R!, '10-12')],
      ['wu', '10-05', pay(R!, '18.00')],
      ['wang', '10-06', confirm(R!)],
      ['li', '10-06', ['ship', R!, '--date', d('10-07')]],
      ['zhou', '10-07', ['ship', 'send', R!]],
      ['zhou', '10-08', ['ship', 'deliver', R!]],
      ['wu', '10-09', ['invoice', 'issue', R!, '--number', 'INV-R']],
    ],
    S: [
      ['li', '10-15', ['stock', 'check', S!]],
      ['li', '10-16', contract(S!, '10-23', 50)],
    ],
    Q: [
      ['li', '10-29', ['stock', 'check', Q!, '--mc-date', `NW-026=${d('11-03')}`]],
      ['li', '10-29', contract(Q!, '11-05')],
      ['wu', '10-30', pay(Q!, '31.23')],
      ['wang', '10-30', confirm(Q!, 'zhao')],
      ['zhao', '10-31', ['production', 'accept', `${Q}-MO1`, '--date', d('11-02')]],
      ['zhao', '11-04', ['production', 'done', `${Q}-MO1`]],
      ['li', '11-04', ['production', 'rate', `${Q}-MO1`, '--score', '3']],
      ['li', '11-04', ['ship', Q!, '--date', d('11-05')]],
      ['zhou', '11-05', ['ship', 'send', Q!]],
      ['zhou', '11-07', ['ship', 'deliver', Q!]],
      ['li', '11-08', ['complaint', 'open', Q!, '--text', 'label torn']],
      ['wu', '11-08', ['invoice', 'issue', Q!, '--number', 'INV-Q']],
      ['li', '11-09', ['complaint', 'resolve', '1', '--resolution', 'apologised']],
    ],
    P: [
      ['li', '11-02', ['stock', 'check', P!, '--mc-date', `NW-030=${d('11-16')}`]],
      ['li', '11-02', contract(P!, '11-09')],
      ['wu', '11-03', pay(P!, '77.67')],
      ['wang', '11-04', confirm(P!, 'sun')],
      ['sun', '11-05', ['production', 'accept', `${P}-MO1`, '--date', d('11-12')]],
      ['sun', '11-11', ['production', 'done', `${P}-MO1`]],
      ['li', '11-12', ['production', 'rate', `${P}-MO1`, '--score', '5']],
      ['li', '11-12', ['ship', P!, '--date', d('11-13')]],
      ['zhou', '11-13', ['ship', 'send', P!]],
      ['zhou', '11-14', ['ship', 'deliver', P!]],
      ['li', '11-25', ['complaint', 'open', P!, '--text', 'one case dented']],
      ['wu', '11-26', ['invoice', 'issue', P!, '--number', 'INV-P']],
    ],
    K: [
      ['li', '11-02', ['stock', 'check', K!, '--mc-date', `NW-026=${d('11-25')}`]],
      ['li', '11-03', contract(K!, '11-10')],
      ['wu', '11-03', pay(K!, '62.46')],
      ['wang', '11-04', confirm(K!, 'zhao')],
      ['zhao', '11-05', ['production', 'accept', `${K}-MO1`, '--date', d('11-20')]],
    ],
    E: [['li', '11-10', ['stock', 'check', E!]]],
    F: [
      ['li', '11-12', ['stock', 'check', F!]],
      ['chen', '11-13', contract(F!, '11-20', 30)],
    ],
    I: [
      ['li', '11-16', ['stock', 'check', I!, '--mc-date', `NW-017=${d('12-20')}`]],
      ['li', '11-17', contract(I!, '11-24')],
      ['wu', '11-17', pay(I!, '156.00')],
      ['wang', '11-18', confirm(I!, 'sun')],
    ],
    J: [
      ['li', '11-16', ['stock', 'check', J!, '--mc-date', `NW-017=${d('12-18')}`]],
      ['li', '11-17', contract(J!, '11-24')],
      ['wu', '11-17', pay(J!, '78.00')],
      ['wang', '11-18', confirm(J!, 'zhao')],
      ['zhao', '11-19', ['production', 'reject', `${J}-MO1`, '--reason', 'no capacity']],
    ],
    O: [
      ['li', '11-17', ['stock', 'check', O!]],
      ['li', '11-17', contract(O!, '11-24')],
      ['wu', '11-17', pay(O!, '100.00')],
      ['wang', '11-18', confirm(O!)],
      ['li', '11-20', ['ship', O!, '--date', d('11-21'), '--carrier', 'SF Express']],
      ['zhou', '11-21', ['ship', 'send', O!, '--tracking', 'SF-778']],
    ],
    C: [['li', '11-20', ['stock', 'check', C!]]],
    N: [
      ['li', '11-18', ['stock', 'check', Nn!]],
      ['li', '11-18', contract(Nn!, '11-25')],
      ['wu', '11-21', pay(Nn!, '42.00')],
      ['wang', '11-26', confirm(Nn!)],
      ['li', '11-26', ['ship', Nn!, '--date', d('11-27')]],
    ],
    M: [
      ['li', '11-19', ['stock', 'check', M!]],
      ['li', '11-19', contract(M!, '11-26')],
      ['wu', '11-20', pay(M!, '63.00')],
      ['wang', '11-21', confirm(M!)],
    ],
    L: [
      ['li', '11-20', ['stock', 'check', L!, '--mc-date', `NW-029=${d('12-10')}`]],
      ['li', '11-21', contract(L!, '11-28')],
      ['wu', '11-21', pay(L!, '123.79')],
      ['wang', '11-22', confirm(L!, 'sun')],
      ['sun', '11-23', ['production', 'accept', `${L}-MO1`, '--date', d('12-15')]],
    ],
    G: [
      ['li', '11-23', ['stock', 'check', G!]],
      ['li', '11-24', contract(G!, '12-01', 50)],
      ['wu', '11-24', pay(G!, '40.00')],
    ],
    H: [
      ['li', '11-24', ['stock', 'check', H!]],
      ['li', '11-26', contract(H!, '12-03', 30)],
      ['wu', '11-26', pay(H!, '33.00')],
    ],
    D: [['chen', '11-25', ['stock', 'check', D!]]],
  }
}

async function step(user: string, date: string, args: string[]): Promise<string> {
  const r = await desk.run(args, { user, env: { ORDERDESK_TODAY: d(date), ORDERDESK_PIN: DEMO_PIN } })
  if (r.exitCode !== 0) throw new Error(`${user}@${date} orderdesk ${args.join(' ')} exited ${r.exitCode}: ${r.stderr}`)
  return r.stdout
}

beforeAll(async () => {
  desk = await tempDesk({ demo: false })
  await step('wang', '10-01', ['init', '--demo'])
  for (const [letter, date, args] of INQUIRIES) {
    N[letter] = (await step(letter === 'B' ? 'chen' : 'li', date, ['inquiry', 'new', ...args])).trim()
  }
  // each order's steps in order; a few orders at a time. Complaints are numbered in the order
  // they are opened, and the expectations name them (Q's is 1, P's is 2): P's waits for Q's.
  const queue = Object.values(chains())
  let qComplaintOpened!: () => void
  const qComplaint = new Promise<void>((resolve) => (qComplaintOpened = resolve))
  const opensComplaint = (args: string[], order: string | undefined) => args[0] === 'complaint' && args[1] === 'open' && args[2] === order
  const worker = async () => {
    for (let c = queue.shift(); c; c = queue.shift()) {
      for (const [user, date, args] of c) {
        if (opensComplaint(args, N.P)) await qComplaint
        await step(user, date, args)
        if (opensComplaint(args, N.Q)) qComplaintOpened()
      }
    }
  }
  await Promise.all([worker(), worker(), worker()])
}, 240_000)

afterAll(() => desk?.cleanup())

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/

async function report(args: string[] = []): Promise<string> {
  const r = await desk.run(['report', 'status', ...args])
  expect(r.stderr).toBe('')
  expect(r.exitCode).toBe(0)
  return r.stdout
}

/** The 30 days ending on `to`, with the given counts (by MM-DD). */
function trend(from: string, to: string, intake: Record<string, number>, deliveries: Record<string, number>) {
  const days = []
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    const date = new Date(t).toISOString().slice(0, 10)
    days.push({ date, intake: intake[date.slice(5)] ?? 0, deliveries: deliveries[date.slice(5)] ?? 0 })
  }
  return { from, to, days }
}

const LISTS = [
  ['inquiriesNotChecked', 'Inquiries not stock-checked after a day', 'clerk'],
  ['offersNotAnswered', 'Offers not answered after three days', 'clerk'],
  ['paymentPastDue', 'Payments past due', 'clerk'],
  ['awaitingPayment', 'Contracts awaiting the deposit', 'clerk'],
  ['awaitingSignOff', "Deposit in, awaiting the manager's sign-off", 'manager'],
  ['productionNotSigned', "Production orders awaiting the manager's signature", 'manager'], // issue 19 §3
  ['productionNotAccepted', 'Production orders not accepted by MC', 'mc'],
  ['productionRejected', 'Production orders rejected by MC', 'clerk'],
  ['productionLate', 'Production past the committed date', 'mc'],
  ['atRisk', "At risk: MC's date after the promised date", 'clerk'],
  ['readyNotShipped', 'Ready in the warehouse, not shipped', 'clerk'],
  ['shipmentsNotDelivered', 'Shipments sent, not delivered', 'logistics'],
  ['changesWaiting', 'Changes waiting on MC or the customer', 'mc / customer'],
  ['openComplaints', 'Open complaints', 'clerk'],
] as const

type Item = { order: string; customer: string; customerName: string; ref: string | null; rush: boolean; since: string; ageDays: number; detail: string; next: string }

/** The needs-action lists, all of them, with the items given per key (others empty). */
function lists(items: Partial<Record<(typeof LISTS)[number][0], Item[]>>) {
  return LISTS.map(([key, title, owner]) => ({ key, title, owner, count: items[key]?.length ?? 0, truncated: false, items: items[key] ?? [] }))
}

const item = (order: string, customer: string, customerName: string, since: string, ageDays: number, detail: string, next: string, more: Partial<Item> = {}): Item => ({
  order, customer, customerName, ref: null, rush: false, since: d(since), ageDays, detail, next, ...more,
})

const money = (status: string, orders: number, value: string) => ({ status, orders, value })

describe('report status', () => {
  it('reports every figure of the business day as JSON', async () => {
    const { A, C, F, G, H, I, J, K, L, M, O, P, S } = N as Record<string, string>
    const j = JSON.parse(await report(['--format', 'json']))
    expect(j).toEqual({
      report: 'status',
      date: '2026-11-26',
      generatedAt: expect.stringMatching(ISO),
      auditHead: { id: expect.any(Number), hash: expect.stringMatching(/^[0-9a-f]{64}$/) },
      monthStart: '2026-11-01',
      window: { from: '2026-10-28', to: '2026-11-26' },
      limit: 50,
      pipeline: {
        statuses: [
          money('inquiry', 2, '58.00'),
          money('offered', 2, '88.00'),
          money('lost', 1, '64.05'),
          money('contracted', 4, '538.00'),
          money('confirmed', 2, '234.00'),
          money('in_production', 2, '186.25'),
          money('ready', 1, '63.00'),
          money('shipping', 1, '42.00'),
          money('shipped', 1, '100.00'),
          money('completed', 3, '126.90'),
          money('cancelled', 0, '0.00'),
        ],
        open: { orders: 15, value: '1309.25' },
        total: { orders: 19, value: '1500.20' },
      },
      flow: {
        day: { inquiries: 1, contracts: 1, confirmations: 1, shipments: 0, deliveries: 0 },
        monthToDate: { inquiries: 16, contracts: 11, confirmations: 8, shipments: 3, deliveries: 2 },
      },
      needsAction: {
        total: 13,
        lists: lists({
          inquiriesNotChecked: [item(A!, 'ALFKI', 'Alfreds Futterkiste', '11-20', 6, 'total 36.00, requested 2026-12-05', `orderdesk stock check ${A}`, { rush: true })],
          offersNotAnswered: [item(C!, 'ANTON', 'Antonio Moreno Taquería', '11-20', 6, 'offer 38.00, promised 2026-11-20; or inquiry drop', `orderdesk contract sign ${C}`)],
          paymentPastDue: [
            item(S!, 'BOTTM', 'Bottom-Dollar Markets', '10-23', 34, 'deposit short by 14.00 (50 %), due 2026-10-23', `orderdesk payment record ${S} --amount 14.00`),
            item(F!, 'BLAUS', 'Blauer See Delikatessen', '11-20', 6, 'deposit short by 63.00 (30 %), due 2026-11-20', `orderdesk payment record ${F} --amount 63.00`),
          ],
          awaitingPayment: [item(G!, 'BLONP', 'Blondesddsl père et fils', '11-24', 2, 'deposit short by 55.00 (50 %), due 2026-12-01', `orderdesk payment record ${G} --amount 55.00`)],
          awaitingSignOff: [item(H!, 'BOLID', 'Bólido Comidas preparadas', '11-26', 0, 'paid 33.00, promised 2026-11-24', `orderdesk order confirm ${H}`)],
          productionNotAccepted: [item(I!, 'BONAP', "Bon app'", '11-18', 8, 'with sun, due 2026-12-20', `orderdesk production accept ${I}-MO1 --date <date>`, { ref: `${I}-MO1` })],
          productionRejected: [item(J!, 'BOTTM', 'Bottom-Dollar Markets', '11-19', 7, 'rejected by zhao: no capacity', `orderdesk production dispatch ${J}-MO1`, { ref: `${J}-MO1` })],
          productionLate: [item(K!, 'BSBEV', "B's Beverages", '11-20', 6, 'with zhao, committed 2026-11-20, 2 to make', `orderdesk order show ${K}`, { ref: `${K}-MO1` })],
          atRisk: [item(L!, 'VINET', 'Vins et alcools Chevalier', '11-23', 3, 'promised 2026-12-10, MC committed 2026-12-15', `orderdesk order show ${L}`, { ref: `${L}-MO1` })],
          readyNotShipped: [item(M!, 'ALFKI', 'Alfreds Futterkiste', '11-21', 5, 'promised 2026-11-19, paid', `orderdesk ship ${M} --date <date>`)],
          shipmentsNotDelivered: [item(O!, 'ANTON', 'Antonio Moreno Taquería', '11-21', 5, 'SF Express, tracking SF-778, promised 2026-11-17', `orderdesk ship deliver ${O}`, { ref: `${O}-OS1` })],
          openComplaints: [item(P!, 'AROUT', 'Around the Horn', '11-25', 1, 'one case dented', 'orderdesk complaint resolve 2 --resolution <text>', { ref: '2' })],
        }),
      },
      overdue: {
        orders: 8,
        value: '805.46',
        buckets: [
          { label: '1-3', minDays: 1, maxDays: 3, orders: 3, value: '362.46' }, // G, H, K
          { label: '4-7', minDays: 4, maxDays: 7, orders: 1, value: '63.00' }, // M
          { label: '8-30', minDays: 8, maxDays: 30, orders: 3, value: '352.00' }, // F, N, O
          { label: '>30', minDays: 31, maxDays: null, orders: 1, value: '28.00' }, // S
        ],
      },
      // P on time (ordered 11-02, delivered 11-14: 12 days), Q late (10-29 → 11-07: 9 days); R before the window
      delivery: { from: '2026-10-28', to: '2026-11-26', completed: 2, onTime: 1, late: 1, onTimeRate: 0.5, averageLeadDays: 10.5 },
      money: {
        day: { contracted: '110.00', contracts: 1, received: '33.00', invoiced: '77.67' },
        monthToDate: { contracted: '1212.92', contracts: 11, received: '775.92', invoiced: '108.90' },
        receivable: '465.00', // F 210.00 + G 150.00 + H 77.00 + S 28.00
      },
      production: {
        from: '2026-10-28',
        to: '2026-11-26',
        users: [
          { user: 'sun', open: 2, done: 1, onTime: 1, onTimeRate: 1, rated: 1, averageRating: 5 }, // I dispatched, L accepted; P done 11-11 ≤ 11-12
          { user: 'zhao', open: 1, done: 1, onTime: 0, onTimeRate: 0, rated: 1, averageRating: 3 }, // K accepted (J rejected); Q done 11-04 > 11-02
        ],
      },
      activity: {
        events: 6,
        users: [
          { user: 'chen', role: 'clerk', events: 1, actions: [{ action: 'inquiry.new', events: 1 }] },
          { user: 'li', role: 'clerk', events: 2, actions: [{ action: 'contract.sign', events: 1 }, { action: 'ship.plan', events: 1 }] },
          { user: 'wang', role: 'manager', events: 1, actions: [{ action: 'order.confirm', events: 1 }] },
          { user: 'wu', role: 'finance', events: 2, actions: [{ action: 'invoice.issue', events: 1 }, { action: 'payment.record', events: 1 }] },
        ],
      },
      trend: trend(
        '2026-10-28',
        '2026-11-26',
        { '10-29': 1, '11-02': 2, '11-10': 1, '11-12': 1, '11-16': 2, '11-17': 1, '11-18': 2, '11-19': 1, '11-20': 2, '11-23': 1, '11-24': 1, '11-25': 1, '11-26': 1 },
        { '11-07': 1, '11-14': 1 },
      ),
    })
  })

  it('regenerates an earlier day as it stood then (--date), from the audit trail and dated records', async () => {
    const { F, I, J, M, N: Nn, S } = N as Record<string, string>
    const j = JSON.parse(await report(['--date', '2026-11-20', '--json']))
    expect(j).toEqual({
      report: 'status',
      date: '2026-11-20',
      generatedAt: expect.stringMatching(ISO),
      auditHead: { id: expect.any(Number), hash: expect.stringMatching(/^[0-9a-f]{64}$/) },
      monthStart: '2026-11-01',
      window: { from: '2026-10-22', to: '2026-11-20' },
      limit: 50,
      pipeline: {
        statuses: [
          money('inquiry', 1, '36.00'), // A (B did not exist yet)
          money('offered', 2, '161.79'), // C, L (checked that day)
          money('lost', 1, '64.05'),
          money('contracted', 4, '343.00'), // F, M, N, S
          money('confirmed', 2, '234.00'), // I, J
          money('in_production', 1, '62.46'), // K
          money('ready', 0, '0.00'),
          money('shipping', 1, '100.00'), // O: slip issued that day, sent the next
          money('shipped', 0, '0.00'),
          money('completed', 3, '126.90'),
          money('cancelled', 0, '0.00'),
        ],
        open: { orders: 11, value: '937.25' },
        total: { orders: 15, value: '1128.20' },
      },
      flow: {
        day: { inquiries: 2, contracts: 0, confirmations: 0, shipments: 0, deliveries: 0 },
        monthToDate: { inquiries: 12, contracts: 8, confirmations: 5, shipments: 2, deliveries: 2 },
      },
      needsAction: {
        total: 6,
        lists: lists({
          paymentPastDue: [item(S!, 'BOTTM', 'Bottom-Dollar Markets', '10-23', 28, 'deposit short by 14.00 (50 %), due 2026-10-23', `orderdesk payment record ${S} --amount 14.00`)],
          awaitingPayment: [
            item(F!, 'BLAUS', 'Blauer See Delikatessen', '11-13', 7, 'deposit short by 63.00 (30 %), due 2026-11-20', `orderdesk payment record ${F} --amount 63.00`),
            // N paid on 11-21: not yet on the 20th
            item(Nn!, 'ANATR', 'Ana Trujillo Emparedados y helados', '11-18', 2, 'deposit short by 42.00 (100 %), due 2026-11-25', `orderdesk payment record ${Nn} --amount 42.00`),
          ],
          awaitingSignOff: [item(M!, 'ALFKI', 'Alfreds Futterkiste', '11-20', 0, 'paid 63.00, promised 2026-11-19', `orderdesk order confirm ${M}`)],
          productionNotAccepted: [item(I!, 'BONAP', "Bon app'", '11-18', 2, 'with sun, due 2026-12-20', `orderdesk production accept ${I}-MO1 --date <date>`, { ref: `${I}-MO1` })],
          productionRejected: [item(J!, 'BOTTM', 'Bottom-Dollar Markets', '11-19', 1, 'rejected by zhao: no capacity', `orderdesk production dispatch ${J}-MO1`, { ref: `${J}-MO1` })],
        }),
      },
      overdue: {
        orders: 5,
        value: '443.00',
        buckets: [
          { label: '1-3', minDays: 1, maxDays: 3, orders: 3, value: '205.00' }, // M, N, O
          { label: '4-7', minDays: 4, maxDays: 7, orders: 0, value: '0.00' },
          { label: '8-30', minDays: 8, maxDays: 30, orders: 1, value: '210.00' }, // F
          { label: '>30', minDays: 31, maxDays: null, orders: 1, value: '28.00' }, // S
        ],
      },
      delivery: { from: '2026-10-22', to: '2026-11-20', completed: 2, onTime: 1, late: 1, onTimeRate: 0.5, averageLeadDays: 10.5 },
      money: {
        day: { contracted: '0.00', contracts: 0, received: '63.00', invoiced: '0.00' },
        monthToDate: { contracted: '789.13', contracts: 8, received: '537.13', invoiced: '31.23' },
        receivable: '280.00', // F 210.00 + N 42.00 (its payment came later) + S 28.00
      },
      production: {
        from: '2026-10-22',
        to: '2026-11-20',
        users: [
          { user: 'sun', open: 1, done: 1, onTime: 1, onTimeRate: 1, rated: 1, averageRating: 5 }, // L not yet confirmed
          { user: 'zhao', open: 1, done: 1, onTime: 0, onTimeRate: 0, rated: 1, averageRating: 3 },
        ],
      },
      activity: {
        events: 6,
        users: [
          { user: 'li', role: 'clerk', events: 5, actions: [{ action: 'inquiry.new', events: 2 }, { action: 'stock.check', events: 2 }, { action: 'ship.plan', events: 1 }] },
          { user: 'wu', role: 'finance', events: 1, actions: [{ action: 'payment.record', events: 1 }] },
        ],
      },
      trend: trend(
        '2026-10-22',
        '2026-11-20',
        { '10-29': 1, '11-02': 2, '11-10': 1, '11-12': 1, '11-16': 2, '11-17': 1, '11-18': 2, '11-19': 1, '11-20': 2 },
        { '11-07': 1, '11-14': 1 },
      ),
    })
  })

  it('lists at most --limit items per list and says so; --date yesterday', async () => {
    const j = JSON.parse(await report(['--date', 'yesterday', '--limit', '1', '--format', 'json']))
    expect(j.date).toBe('2026-11-25')
    expect(j.limit).toBe(1)
    const pastDue = j.needsAction.lists.find((l: { key: string }) => l.key === 'paymentPastDue')
    expect(pastDue).toMatchObject({ count: 2, truncated: true, items: [{ order: N.S, since: '2026-10-23', ageDays: 33 }] })
    expect(j.needsAction.lists.filter((l: { truncated: boolean }) => l.truncated).map((l: { key: string }) => l.key)).toEqual(['paymentPastDue'])
  })

  it('text fits 100 columns, plain when not on a terminal', async () => {
    const text = await report()
    const lines = text.trimEnd().split('\n')
    expect(Math.max(...lines.map((l) => stringWidth(l)))).toBeLessThanOrEqual(100)
    expect(text).not.toMatch(/\u001b\[/)
    expect(lines[0]).toMatch(/^ORDERDESK STATUS REPORT {2}Thursday, 26 November 2026 \(2026-11-26\) +generated 20\d\d-\d\d-\d\d \d\d:\d\d UTC$/)
    expect(lines).toContain('NEEDS ACTION: 13')
    expect(lines).toContain(`    ${N.A} !  ALFKI Alfreds Futterkiste  6d  total 36.00, requested 2026-12-05`)
    expect(lines).toContain(`                next: orderdesk stock check ${N.A}`)
    expect(lines).toContain('  contracted          4    538.00')
    expect(lines).toContain('OVERDUE: 8 orders past the promised date, not delivered (805.46)')
    expect(lines).toContain('  Orders completed: 2; on time 1, late 1; on-time rate 50.0 %; average lead time inquiry → delivery')
    expect(lines).toContain('  Receivable at the end of the day (contracted orders, total − paid): 465.00')
    expect(lines).toContain('  zhao        1     1        0         0.0 %      1        3.00')
    expect(lines).toContain('  wu (finance)         2  invoice.issue 1, payment.record 1')
  })

  it('csv is the needs-action list, one item a row, quoted where needed (format from the .csv extension)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'orderdesk-report-'))
    try {
      await report(['--out', join(dir, 'actions.csv')])
      const rows = readFileSync(join(dir, 'actions.csv'), 'utf8').split('\r\n')
      expect(rows.at(-1)).toBe('') // CRLF after every row
      expect(rows[0]).toBe('list,owner,order,ref,customer,customer_name,rush,since,age_days,detail,next')
      expect(rows.length - 2).toBe(13)
      expect(rows[1]).toBe(`inquiriesNotChecked,clerk,${N.A},,ALFKI,Alfreds Futterkiste,1,2026-11-20,6,"total 36.00, requested 2026-12-05",orderdesk stock check ${N.A}`)
      expect(rows[3]).toBe(`paymentPastDue,clerk,${N.S},,BOTTM,Bottom-Dollar Markets,0,2026-10-23,34,"deposit short by 14.00 (50 %), due 2026-10-23",orderdesk payment record ${N.S} --amount 14.00`)
      expect(rows[6]).toBe(`awaitingSignOff,manager,${N.H},,BOLID,Bólido Comidas preparadas,0,2026-11-26,0,"paid 33.00, promised 2026-11-24",orderdesk order confirm ${N.H}`)
      expect(rows[9]).toBe(`productionLate,mc,${N.K},${N.K}-MO1,BSBEV,B's Beverages,0,2026-11-20,6,"with zhao, committed 2026-11-20, 2 to make",orderdesk order show ${N.K}`)
      expect(rows[13]).toBe(`openComplaints,clerk,${N.P},2,AROUT,Around the Horn,0,2026-11-25,1,one case dented,orderdesk complaint resolve 2 --resolution <text>`)
      expect(rows.slice(1, -1).map((r) => r.split(',')[0])).toEqual([
        'inquiriesNotChecked', 'offersNotAnswered', 'paymentPastDue', 'paymentPastDue', 'awaitingPayment', 'awaitingSignOff', 'productionNotAccepted',
        'productionRejected', 'productionLate', 'atRisk', 'readyNotShipped', 'shipmentsNotDelivered', 'openComplaints',
      ])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('markdown has the sections as tables', async () => {
    const md = await report(['--format', 'md'])
    expect(md).toMatch(/^# Status report — Thursday, 26 November 2026\n/)
    for (const h of ['## Pipeline', '## Needs action (13)', '## Overdue (8 orders, 805.46)', '## Delivery, last 30 days (2026-10-28 to 2026-11-26)', '## Money', '## Production by MC user', '## Activity on 2026-11-26 (6 events)']) {
      expect(md).toContain(`\n${h}\n`)
    }
    expect(md).toContain('| contracted | 4 | 538.00 |')
    expect(md).toContain(`| ${N.A} (rush) | ALFKI Alfreds Futterkiste | 6 d | total 36.00, requested 2026-12-05 | \`orderdesk stock check ${N.A}\` |`)
    expect(md).toContain('| 2 | 1 | 1 | 50.0 % | 10.5 days |')
  })

  it('--out writes the HTML atomically into a new folder, format from the extension: one self-contained printable file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'orderdesk-report-'))
    try {
      const out = join(dir, 'srv', 'reports', 'status-2026-11-26.html')
      const r = await desk.run(['report', 'status', '--out', out])
      expect(r).toMatchObject({ exitCode: 0, stdout: '', stderr: '' })
      expect(readdirSync(join(dir, 'srv', 'reports'))).toEqual(['status-2026-11-26.html'])
      const html = readFileSync(out, 'utf8')
      expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en">/)
      expect(html).toContain('<meta charset="utf-8">')
      expect(html).toContain('@page { size: A4')
      expect(html.match(/<svg /g)?.length).toBe(3)
      expect(html).toContain('aria-label="Orders by status"')
      expect(html).toContain('aria-label="Overdue orders by days late"')
      expect(html).toContain('aria-label="Intake and deliveries per day, last 30 days"')
      // nothing loaded from elsewhere: no scripts, links, images or remote URLs (the SVG namespace is a name, not a load)
      expect(html).not.toMatch(/<script|<link|<img|<iframe|src=|href=|url\(/i)
      expect(html.replace(/xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g, '')).not.toMatch(/https?:/)
      expect(html).toContain(`<code><span class="nw">orderdesk</span> <span class="nw">stock</span> <span class="nw">check</span> <span class="nw">${N.A}</span></code>`)
      expect(html).toContain('Bon app&#39;')

      // again: replaced whole (rename over it), nothing left behind; with --json, a receipt on stdout
      const again = await desk.run(['report', 'status', '--date', '2026-11-20', '--out', out, '--json'])
      expect(again.exitCode).toBe(0)
      expect(JSON.parse(again.stdout)).toEqual({ out, format: 'html', date: '2026-11-20', bytes: Buffer.byteLength(readFileSync(out)) })
      expect(readFileSync(out, 'utf8')).toContain('As of the end of the business day 2026-11-20')
      expect(readdirSync(join(dir, 'srv', 'reports'))).toEqual(['status-2026-11-26.html'])

      // a folder that cannot be made: exit 6 (the file system refuses), the reason on stderr, nothing written
      const blocked = await desk.run(['report', 'status', '--out', join(out, 'x', 'r.json')])
      expect(blocked.exitCode).toBe(6)
      expect(blocked.stderr).toMatch(new RegExp(`^orderdesk: cannot write the report to ${out}/x/r.json: ENOTDIR`))
      expect(readdirSync(join(dir, 'srv', 'reports'))).toEqual(['status-2026-11-26.html'])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('bad arguments exit 2 and write nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'orderdesk-report-'))
    try {
      const out = join(dir, 'new', 'r.html')
      const cases: [string[], string][] = [
        [['--date', '2026-11-31', '--out', out], 'orderdesk: invalid --date "2026-11-31": must be a date YYYY-MM-DD'],
        [['--date', 'tomorrow', '--out', out], 'orderdesk: invalid --date "tomorrow": must not be after today (2026-11-26): the report is on a day that has happened'],
        [['--format', 'pdf', '--out', out], 'orderdesk: invalid --format "pdf": must be one of text, md, html, json, csv'],
        [['--out', join(dir, 'new', 'r.pdf')], `orderdesk: invalid --out "${join(dir, 'new', 'r.pdf')}": cannot tell the format from ".pdf"; give --format text|md|html|json|csv (or use .txt .md .html .json .csv)`],
        [['--limit', 'ten', '--out', out], 'orderdesk: invalid --limit "ten": must be a whole number (0 = all)'],
      ]
      for (const [args, message] of cases) {
        const r = await desk.run(['report', 'status', ...args])
        expect({ args, exitCode: r.exitCode, stdout: r.stdout, stderr: r.stderr }).toEqual({ args, exitCode: 2, stdout: '', stderr: message })
      }
      expect(existsSync(join(dir, 'new'))).toBe(false)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('changes waiting on MC or the customer', async () => {
    const copy = await tempDesk({ copyOf: desk })
    try {
      const change = (await copy.json(['change', 'request', N.G!, '--item', 'NW-012=4', '--source-ref', 'REC-9'], { env: { ORDERDESK_TODAY: '2026-11-25' } })).change.number
      const j = JSON.parse((await copy.run(['report', 'status', '--format', 'json'])).stdout)
      const list = j.needsAction.lists.find((l: { key: string }) => l.key === 'changesWaiting')
      expect(list).toEqual({
        key: 'changesWaiting', title: 'Changes waiting on MC or the customer', owner: 'mc / customer', count: 1, truncated: false,
        items: [{ order: N.G, customer: 'BLONP', customerName: 'Blondesddsl père et fils', ref: change, rush: false, since: '2026-11-25', ageDays: 1,
          detail: 'waiting on the customer (offered)', next: `orderdesk change confirm ${change} --customer accept|reject` }],
      })
      expect(j.needsAction.total).toBe(14)
    } finally {
      copy.cleanup()
    }
  })
})
