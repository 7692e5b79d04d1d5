import { addDays, daysBetween, type IsoDate } from '../../domain/dates.js'
import type { Minor } from '../../domain/money.js'
import { ORDER_STATUSES } from '../../domain/order-status.js'
import { OVERDUE_BUCKETS } from '../../domain/status-report.js'
import type { ActivityRow, DayFlowRow, DeliveredRow, MoneyRow, OverdueBucketRow, StatusFigure } from '../../store/queries/report-figures.js'
import type { ProductionUserRow } from '../../store/queries/report-production.js'
import type { ActivityUser, Delivery, Flow, MoneyFigures, Overdue, Pipeline, ProductionUser, StatusReport, TrendDay } from './model.js'

/**
 * The figures of the status report from the rows its queries return: the few sums, ratios and
 * orderings that are not SQL's (every count and total is aggregated in SQL).
 */

/** The days a report looks at besides its own. */
export interface ReportDates {
  monthStart: IsoDate
  dayBefore: IsoDate
  offersCheckedAfter: IsoDate
  windowFrom: IsoDate
  bucketBounds: IsoDate[]
}

/** The days a report on `date` looks at. */
export function reportDates(date: IsoDate): ReportDates {
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

const sum = <T>(xs: T[], f: (x: T) => number): number => xs.reduce((a, x) => a + f(x), 0)

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

/** Pipeline rows in lifecycle order, every status present. */
export function pipeline(rows: StatusFigure[]): Pipeline {
  const by = new Map(rows.map((r) => [r.status, r]))
  const known = ORDER_STATUSES as readonly string[]
  const statuses = [...known, ...rows.map((r) => r.status).filter((s) => !known.includes(s)).sort()].map((status) => ({
    status,
    orders: by.get(status)?.orders ?? 0,
    value: by.get(status)?.value ?? 0,
  }))
  const closed = ['lost', 'completed', 'cancelled']
  const total = (xs: typeof statuses) => ({ orders: sum(xs, (x) => x.orders), value: sum(xs, (x) => x.value) })
  return { statuses, open: total(statuses.filter((s) => !closed.includes(s.status))), total: total(statuses) }
}

/** Every overdue bucket (empty ones too) and their totals. */
export function overdue(rows: OverdueBucketRow[]): Overdue {
  const buckets = OVERDUE_BUCKETS.map((b, i) => {
    const r = rows.find((x) => x.bucket === i)
    return { ...b, orders: r?.orders ?? 0, value: r?.value ?? 0 }
  })
  return { orders: sum(buckets, (b) => b.orders), value: sum(buckets, (b) => b.value), buckets }
}

/** The day's and the month's money, and what is owed. */
export function moneyFigures(row: MoneyRow, receivable: Minor): StatusReport['money'] {
  const day: MoneyFigures = { contracted: row.contractedDay, contracts: row.contractsDay, received: row.receivedDay, invoiced: row.invoicedDay }
  const monthToDate: MoneyFigures = { contracted: row.contractedMonth, contracts: row.contractsMonth, received: row.receivedMonth, invoiced: row.invoicedMonth }
  return { day, monthToDate, receivable }
}

/** Per MC user: the on-time rate and the average rating (two places) of what they finished. */
export function productionUsers(rows: ProductionUserRow[]): ProductionUser[] {
  return rows.map((p) => ({
    user: p.user,
    open: p.open,
    done: p.done,
    onTime: p.onTime,
    onTimeRate: ratio(p.onTime, p.done),
    rated: p.rated,
    averageRating: p.rated > 0 ? Math.round((p.ratingSum / p.rated) * 100) / 100 : null,
  }))
}

/** The activity of the day: every user's events, and their sum. */
export function activityFigures(rows: ActivityRow[]): StatusReport['activity'] {
  const users = activityByUser(rows)
  return { events: sum(users, (u) => u.events), users }
}
