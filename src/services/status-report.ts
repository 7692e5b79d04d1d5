import type { CompiledQuery, Kysely } from 'kysely'
import { addDays, daysBetween, type IsoDate } from '../domain/dates.js'
import { formatMoney, type Minor } from '../domain/money.js'
import { ORDER_STATUSES } from '../domain/order-status.js'
import type { Database } from '../store/schema.js'
import {
  atRisk,
  awaitingPayment,
  awaitingSignOff,
  inquiriesNotChecked,
  offersNotAnswered,
  openComplaints,
  productionLate,
  productionNotAccepted,
  productionRejected,
  readyNotShipped,
  shipmentsNotDelivered,
  type ActionList,
  type ActionRow,
} from '../store/queries/report-actions.js'
import { changesWaiting } from '../store/queries/report-changes.js'
import {
  activity,
  deliveredOrders,
  flowByDay,
  money as moneyFigures,
  overdueBuckets,
  pipelineByStatus,
  receivable,
  type ActivityRow,
  type DayFlowRow,
  type DeliveredRow,
} from '../store/queries/report-figures.js'
import { productionByUser } from '../store/queries/report-production.js'
import { auditHead } from '../store/queries/events.js'
import type { ReportSource } from '../store/queries/report-scope.js'

/**
 * `report status`: the read model of the nightly status report — one plain object with every
 * figure for one business day, computed as of the end of that day (see docs: what is as-of
 * and what is current). Money is in minor units here; the renderers format it.
 */
export interface StatusReport {
  date: IsoDate
  generatedAt: string
  /** First day of the month of `date` (month-to-date figures start here). */
  monthStart: IsoDate
  /** The 30-day window ending on `date` (on-time rate, lead time, production, trend). */
  window: { from: IsoDate; to: IsoDate }
  /** Items listed per needs-action list (0 = all); counts are always complete. */
  limit: number
  pipeline: Pipeline
  flow: { day: Flow; monthToDate: Flow }
  needsAction: { total: number; lists: NeedsActionList[] }
  overdue: Overdue
  delivery: Delivery
  money: { day: MoneyFigures; monthToDate: MoneyFigures; receivable: Minor }
  production: { users: ProductionUser[] }
  activity: { events: number; users: ActivityUser[] }
  trend: TrendDay[]
  /** The audit chain's last event when the report was made (null on an empty trail): keep it, and `audit verify --against` the file later. */
  auditHead: { id: number; hash: string } | null
}

export interface Pipeline {
  statuses: { status: string; orders: number; value: Minor }[]
  /** Not lost, completed or cancelled. */
  open: { orders: number; value: Minor }
  total: { orders: number; value: Minor }
}

export interface Flow {
  inquiries: number
  contracts: number
  confirmations: number
  shipments: number
  deliveries: number
}

export type NeedsActionKey =
  | 'inquiriesNotChecked'
  | 'offersNotAnswered'
  | 'paymentPastDue'
  | 'awaitingPayment'
  | 'awaitingSignOff'
  | 'productionNotAccepted'
  | 'productionRejected'
  | 'productionLate'
  | 'atRisk'
  | 'readyNotShipped'
  | 'shipmentsNotDelivered'
  | 'changesWaiting'
  | 'openComplaints'

export interface NeedsActionItem {
  order: string
  customer: string
  customerName: string
  /** Production order, shipment, change or complaint concerned; null when it is the order. */
  ref: string | null
  rush: boolean
  since: IsoDate
  ageDays: number
  detail: string
  next: string
}

export interface NeedsActionList {
  key: NeedsActionKey
  title: string
  /** Who acts next. */
  owner: string
  count: number
  items: NeedsActionItem[]
  /** More than `limit` items: only the first are listed. */
  truncated: boolean
}

export interface OverdueBucket {
  label: string
  minDays: number
  maxDays: number | null
  orders: number
  value: Minor
}

export interface Overdue {
  orders: number
  value: Minor
  buckets: OverdueBucket[]
}

export interface Delivery {
  /** Orders completed (last goods delivered) in the window. */
  completed: number
  onTime: number
  late: number
  /** onTime / completed, 0..1; null when nothing was completed. */
  onTimeRate: number | null
  /** Average days from order date to delivery date over those orders; null when none. */
  averageLeadDays: number | null
}

export interface MoneyFigures {
  /** Σ order totals of the contracts signed. */
  contracted: Minor
  contracts: number
  received: Minor
  invoiced: Minor
}

export interface ProductionUser {
  user: string
  open: number
  done: number
  onTime: number
  onTimeRate: number | null
  rated: number
  averageRating: number | null
}

export interface ActivityUser {
  user: string
  role: string | null
  events: number
  actions: { action: string; events: number }[]
}

export interface TrendDay {
  date: IsoDate
  intake: number
  deliveries: number
}

/** The overdue buckets of the issue: days late 1–3, 4–7, 8–30, more than 30. */
export const OVERDUE_BUCKETS: readonly { label: string; minDays: number; maxDays: number | null }[] = [
  { label: '1-3', minDays: 1, maxDays: 3 },
  { label: '4-7', minDays: 4, maxDays: 7 },
  { label: '8-30', minDays: 8, maxDays: 30 },
  { label: '>30', minDays: 31, maxDays: null },
]

/** The days a report on `date` looks at. */
export function reportDates(date: IsoDate): {
  monthStart: IsoDate
  dayBefore: IsoDate
  offersCheckedAfter: IsoDate
  windowFrom: IsoDate
  bucketBounds: IsoDate[]
} {
  return {
    monthStart: `${date.slice(0, 8)}01`,
    dayBefore: addDays(date, -1),
    // an offer is "not answered after three days" when its last stock check is on or before date − 3
    offersCheckedAfter: addDays(date, -3),
    windowFrom: addDays(date, -29),
    // promised on or after these dates is late by at most 3, 7, 30 days
    bucketBounds: OVERDUE_BUCKETS.filter((b) => b.maxDays !== null).map((b) => addDays(date, -b.maxDays!)),
  }
}

/** A fraction rounded to 4 places (0.8333), or null when there is nothing to divide. */
export function ratio(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 10000) / 10000 : null
}

/** On-time rate and exact average lead time from orders grouped by order and delivery date. */
export function deliveryStats(rows: DeliveredRow[]): Delivery {
  let completed = 0
  let onTime = 0
  let leadDays = 0
  for (const r of rows) {
    completed += r.orders
    if (r.onTime) onTime += r.orders
    leadDays += daysBetween(r.orderDate, r.deliveredDate) * r.orders
  }
  return {
    completed,
    onTime,
    late: completed - onTime,
    onTimeRate: ratio(onTime, completed),
    averageLeadDays: completed > 0 ? Math.round((leadDays / completed) * 10) / 10 : null,
  }
}

/** Day and month-to-date counts, and the intake/deliveries trend over the window (every day, zeros included). */
export function flowFigures(rows: DayFlowRow[], date: IsoDate, monthStart: IsoDate, windowFrom: IsoDate): { day: Flow; monthToDate: Flow; trend: TrendDay[] } {
  const zero = (): Flow => ({ inquiries: 0, contracts: 0, confirmations: 0, shipments: 0, deliveries: 0 })
  const day = zero()
  const month = zero()
  const byDate = new Map(rows.map((r) => [r.date, r]))
  for (const r of rows) {
    for (const k of Object.keys(month) as (keyof Flow)[]) {
      if (r.date >= monthStart) month[k] += r[k]
      if (r.date === date) day[k] += r[k]
    }
  }
  const trend: TrendDay[] = []
  for (let d = windowFrom; d <= date; d = addDays(d, 1)) {
    const r = byDate.get(d)
    trend.push({ date: d, intake: r?.inquiries ?? 0, deliveries: r?.deliveries ?? 0 })
  }
  return { day, monthToDate: month, trend }
}

/** Activity per user: clerks first, then managers, MC, logistics, finance, anyone else; by name. */
export function activityByUser(rows: ActivityRow[]): ActivityUser[] {
  const order = ['clerk', 'manager', 'mc', 'logistics', 'finance']
  const users = new Map<string, ActivityUser>()
  for (const r of rows) {
    let u = users.get(r.actor)
    if (!u) users.set(r.actor, (u = { user: r.actor, role: r.role, events: 0, actions: [] }))
    u.events += r.events
    u.actions.push({ action: r.action, events: r.events })
  }
  for (const u of users.values()) u.actions.sort((a, b) => b.events - a.events || a.action.localeCompare(b.action))
  const rank = (role: string | null) => (role && order.includes(role) ? order.indexOf(role) : order.length)
  return [...users.values()].sort((a, b) => rank(a.role) - rank(b.role) || a.user.localeCompare(b.user))
}

/** Title, owner, the next command and a short detail for each needs-action list. */
export const NEEDS_ACTION: Record<NeedsActionKey, { title: string; owner: string; next: (r: ActionRow) => string; detail: (r: ActionRow) => string }> = {
  inquiriesNotChecked: {
    title: 'Inquiries not stock-checked after a day',
    owner: 'clerk',
    next: (r) => `orderdesk stock check ${r.order}`,
    detail: (r) => `total ${money(r.amount)}${r.due ? `, requested ${r.due}` : ''}`,
  },
  offersNotAnswered: {
    title: 'Offers not answered after three days',
    owner: 'clerk',
    next: (r) => `orderdesk contract sign ${r.order}`,
    detail: (r) => `offer ${money(r.amount)}, promised ${r.due ?? '—'}; or inquiry drop`,
  },
  paymentPastDue: {
    title: 'Payments past due',
    owner: 'clerk',
    next: (r) => `orderdesk payment record ${r.order} --amount ${formatMoney(r.amount ?? 0)}`,
    detail: (r) => `deposit short by ${money(r.amount)} (${r.note} %), due ${r.due}`,
  },
  awaitingPayment: {
    title: 'Contracts awaiting the deposit',
    owner: 'clerk',
    next: (r) => `orderdesk payment record ${r.order} --amount ${formatMoney(r.amount ?? 0)}`,
    detail: (r) => `deposit short by ${money(r.amount)} (${r.note} %), due ${r.due ?? '—'}`,
  },
  awaitingSignOff: {
    title: "Deposit in, awaiting the manager's sign-off",
    owner: 'manager',
    next: (r) => `orderdesk order confirm ${r.order}`,
    detail: (r) => `paid ${money(r.amount)}, promised ${r.due ?? '—'}`,
  },
  productionNotAccepted: {
    title: 'Production orders not accepted by MC',
    owner: 'mc',
    next: (r) => `orderdesk production accept ${r.ref} --date <date>`,
    detail: (r) => `with ${r.who}, due ${r.due}`,
  },
  productionRejected: {
    title: 'Production orders rejected by MC',
    owner: 'clerk',
    next: (r) => `orderdesk production dispatch ${r.ref}`,
    detail: (r) => `rejected by ${r.who}: ${r.note ?? ''}`,
  },
  productionLate: {
    title: 'Production past the committed date',
    owner: 'mc',
    next: (r) => `orderdesk order show ${r.order}`,
    detail: (r) => `with ${r.who}, committed ${r.due}, ${r.amount} to make`,
  },
  atRisk: {
    title: "At risk: MC's date after the promised date",
    owner: 'clerk',
    next: (r) => `orderdesk order show ${r.order}`,
    detail: (r) => `promised ${r.due}, MC committed ${r.who}`,
  },
  readyNotShipped: {
    title: 'Ready in the warehouse, not shipped',
    owner: 'clerk',
    next: (r) => `orderdesk ship ${r.order} --date <date>`,
    detail: (r) => `promised ${r.due ?? '—'}, ${r.amount && r.amount > 0 ? `${money(r.amount)} unpaid` : 'paid'}`,
  },
  shipmentsNotDelivered: {
    title: 'Shipments sent, not delivered',
    owner: 'logistics',
    next: (r) => `orderdesk ship deliver ${r.order}`,
    detail: (r) => `${r.who ? `${r.who}, ` : ''}${r.note ? `tracking ${r.note}, ` : ''}promised ${r.due ?? '—'}`,
  },
  changesWaiting: {
    title: 'Changes waiting on MC or the customer',
    owner: 'mc / customer',
    next: (r) => (r.note === 'pending_mc' ? `orderdesk change decide ${r.ref} --mc agree|refuse` : `orderdesk change confirm ${r.ref} --customer accept|reject`),
    detail: (r) => (r.note === 'pending_mc' ? 'waiting on MC' : `waiting on the customer (${r.note})`),
  },
  openComplaints: {
    title: 'Open complaints',
    owner: 'clerk',
    next: (r) => `orderdesk complaint resolve ${r.ref} --resolution <text>`,
    detail: (r) => r.note ?? '',
  },
}

function money(minor: number | null): string {
  return formatMoney(minor ?? 0)
}

/** A needs-action list from its rows. */
export function actionList(key: NeedsActionKey, list: ActionList, date: IsoDate, limit: number): NeedsActionList {
  const def = NEEDS_ACTION[key]
  return {
    key,
    title: def.title,
    owner: def.owner,
    count: list.count,
    truncated: limit > 0 && list.count > list.rows.length,
    items: list.rows.map((r) => ({
      order: r.order,
      customer: r.customerCode,
      customerName: r.customerName,
      ref: r.ref,
      rush: r.rush,
      since: r.since,
      ageDays: Math.max(0, daysBetween(r.since, date)),
      detail: def.detail(r),
      next: def.next(r),
    })),
  }
}

/** Pipeline rows in lifecycle order, every status present. */
export function pipeline(rows: { status: string; orders: number; value: Minor }[]): Pipeline {
  const by = new Map(rows.map((r) => [r.status, r]))
  const known = ORDER_STATUSES as readonly string[]
  const statuses = [...known, ...rows.map((r) => r.status).filter((s) => !known.includes(s)).sort()].map((status) => ({
    status,
    orders: by.get(status)?.orders ?? 0,
    value: by.get(status)?.value ?? 0,
  }))
  const closed = ['lost', 'completed', 'cancelled']
  const sum = (xs: typeof statuses) => ({ orders: xs.reduce((a, x) => a + x.orders, 0), value: xs.reduce((a, x) => a + x.value, 0) })
  return { statuses, open: sum(statuses.filter((s) => !closed.includes(s.status))), total: sum(statuses) }
}

export interface StatusReportInput {
  date: IsoDate
  /** Items per needs-action list; 0 = all. */
  limit: number
  now: string
  /** Sees every query of the report (`report status --sql`). */
  trace?: (q: CompiledQuery) => void
}

/**
 * Builds the status report for one business day in one read transaction (a consistent
 * snapshot while clerks keep working). Every figure is aggregated in SQL.
 */
export async function buildStatusReport(db: Kysely<Database>, input: StatusReportInput): Promise<StatusReport> {
  const { date, limit } = input
  const d = reportDates(date)
  // repeatable read: one snapshot for every query on PostgreSQL (a SQLite read transaction is one already)
  return db.transaction().setIsolationLevel('repeatable read').execute(async (trx) => {
    const src: ReportSource = { db: trx, trace: input.trace }
    const statusRows = await pipelineByStatus(src, date)
    const flowRows = await flowByDay(src, d.monthStart < d.windowFrom ? d.monthStart : d.windowFrom, date)
    const lists: [NeedsActionKey, ActionList][] = [
      ['inquiriesNotChecked', await inquiriesNotChecked(src, date, d.dayBefore, limit)],
      ['offersNotAnswered', await offersNotAnswered(src, date, d.offersCheckedAfter, limit)],
      ['paymentPastDue', await awaitingPayment(src, date, true, limit)],
      ['awaitingPayment', await awaitingPayment(src, date, false, limit)],
      ['awaitingSignOff', await awaitingSignOff(src, date, limit)],
      ['productionNotAccepted', await productionNotAccepted(src, date, limit)],
      ['productionRejected', await productionRejected(src, date, limit)],
      ['productionLate', await productionLate(src, date, limit)],
      ['atRisk', await atRisk(src, date, limit)],
      ['readyNotShipped', await readyNotShipped(src, date, limit)],
      ['shipmentsNotDelivered', await shipmentsNotDelivered(src, date, limit)],
      ['changesWaiting', await changesWaiting(src, date, limit)],
      ['openComplaints', await openComplaints(src, date, limit)],
    ]
    const overdueRows = await overdueBuckets(src, date, d.bucketBounds)
    const delivered = await deliveredOrders(src, d.windowFrom, date)
    const moneyRow = await moneyFigures(src, date, d.monthStart)
    const owed = await receivable(src, date)
    const production = await productionByUser(src, d.windowFrom, date)
    const activityRows = await activity(src, date)
    const head = await auditHead(trx)

    const flow = flowFigures(flowRows, date, d.monthStart, d.windowFrom)
    const needs = lists.map(([key, list]) => actionList(key, list, date, limit))
    const buckets = OVERDUE_BUCKETS.map((b, i) => {
      const r = overdueRows.find((x) => x.bucket === i)
      return { ...b, orders: r?.orders ?? 0, value: r?.value ?? 0 }
    })
    const users = activityByUser(activityRows)
    return {
      date,
      generatedAt: input.now,
      monthStart: d.monthStart,
      window: { from: d.windowFrom, to: date },
      limit,
      pipeline: pipeline(statusRows),
      flow: { day: flow.day, monthToDate: flow.monthToDate },
      needsAction: { total: needs.reduce((a, l) => a + l.count, 0), lists: needs },
      overdue: {
        orders: buckets.reduce((a, b) => a + b.orders, 0),
        value: buckets.reduce((a, b) => a + b.value, 0),
        buckets,
      },
      delivery: deliveryStats(delivered),
      money: {
        day: { contracted: moneyRow.contractedDay, contracts: moneyRow.contractsDay, received: moneyRow.receivedDay, invoiced: moneyRow.invoicedDay },
        monthToDate: { contracted: moneyRow.contractedMonth, contracts: moneyRow.contractsMonth, received: moneyRow.receivedMonth, invoiced: moneyRow.invoicedMonth },
        receivable: owed,
      },
      production: {
        users: production.map((p) => ({
          user: p.user,
          open: p.open,
          done: p.done,
          onTime: p.onTime,
          onTimeRate: ratio(p.onTime, p.done),
          rated: p.rated,
          averageRating: p.rated > 0 ? Math.round((p.ratingSum / p.rated) * 100) / 100 : null,
        })),
      },
      activity: { events: users.reduce((a, u) => a + u.events, 0), users },
      trend: flow.trend,
      auditHead: head,
    }
  })
}
