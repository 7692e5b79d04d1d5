import { sql, type RawBuilder } from 'kysely'
import { dialectOf } from '../dialect.js'
import { all, asOfUnion, changedAfter, CONTRACTED_STATUSES, firstChangeAfter, num, OPEN_CONTRACT_STATUSES, type ReportSource } from './report-scope.js'
import { signedPaymentAmount } from './payments.js'

/**
 * The aggregate figures of `report status`, each one grouped query (see report-scope.ts for
 * "as of the end of the day").
 */

export interface StatusFigure {
  status: string
  orders: number
  value: number
}

/** Orders and Σ total per status at the end of `date`. */
export async function pipelineByStatus(src: ReportSource, date: string): Promise<StatusFigure[]> {
  const { db } = src
  const union = asOfUnion<{ status: string; n: number; v: number }>(db, date, null, (q, status, sign) =>
    q
      .select([status.as('status'), sql<number>`${sign} * count(*)`.as('n'), sql<number>`${sign} * sum(orders.total)`.as('v')])
      .groupBy(status),
  )
  const rows = await all(
    src,
    db
      .selectFrom(union.as('u'))
      .select(['u.status', (eb) => eb.fn.sum<number>('u.n').as('orders'), (eb) => eb.fn.sum<number>('u.v').as('value')])
      .groupBy('u.status'),
  )
  return rows.map((r) => ({ status: r.status, orders: num(r.orders), value: num(r.value) })).filter((r) => r.orders !== 0)
}

export interface OverdueBucketRow {
  bucket: number
  orders: number
  value: number
}

/**
 * Contracted orders not delivered at the end of `date` whose promised date is before it,
 * counted per bucket of days late: `bounds` are the promised dates that start buckets 0..n−1
 * (the latest first: promised ≥ bounds[0] is bucket 0, ... older than all is bucket n).
 */
export async function overdueBuckets(src: ReportSource, date: string, bounds: string[]): Promise<OverdueBucketRow[]> {
  const { db } = src
  // PostgreSQL matches a GROUP BY expression to the select list only when it is the same text:
  // the bounds (validated dates) go in as literals there, not as parameters numbered apart
  const bound = (b: string) => (dialectOf(db) === 'postgres' ? sql.lit(b) : b)
  const union = asOfUnion<{ bucket: number; n: number; v: number }>(db, date, OPEN_CONTRACT_STATUSES, (q, _status, sign) => {
    const bucket = sql<number>`case ${sql.join(
      bounds.map((b, i) => sql`when orders.promised_date >= ${bound(b)} then ${sql.lit(i)}`),
      sql` `,
    )} else ${sql.lit(bounds.length)} end`
    return q
      .where('orders.promised_date', '<', date)
      .select([bucket.as('bucket'), sql<number>`${sign} * count(*)`.as('n'), sql<number>`${sign} * sum(orders.total)`.as('v')])
      .groupBy(bucket)
  })
  const rows = await all(
    src,
    db
      .selectFrom(union.as('u'))
      .select(['u.bucket', (eb) => eb.fn.sum<number>('u.n').as('orders'), (eb) => eb.fn.sum<number>('u.v').as('value')])
      .groupBy('u.bucket'),
  )
  return rows.map((r) => ({ bucket: num(r.bucket), orders: num(r.orders), value: num(r.value) }))
}

/**
 * Receivable at the end of `date`: Σ (total − paid) over orders contracted and later (lost
 * and cancelled excluded), with paid counting only payments that arrived by `date`.
 */
export async function receivable(src: ReportSource, date: string): Promise<number> {
  const { db } = src
  const owed = asOfUnion<{ v: number }>(db, date, CONTRACTED_STATUSES, (q, _status, sign) =>
    q.select(sql<number>`${sign} * sum(orders.total - orders.paid)`.as('v')),
  )
  // payments that arrived after the day were not yet paid at its end
  const lateUnchanged = db
    .selectFrom('payments as lp')
    .where('lp.paid_date', '>', date)
    .where('lp.order_id', 'not in', changedAfter(db, date))
    .where(({ exists, selectFrom }) =>
      exists(selectFrom('orders as lo').select('lo.id').whereRef('lo.id', '=', 'lp.order_id').where('lo.status', 'in', [...CONTRACTED_STATUSES])),
    )
    .select(sql<number>`sum(${signedPaymentAmount('lp')})`.as('v'))
  const lateChanged = firstChangeAfter(db, date)
    .innerJoin('payments as lp', 'lp.order_id', 'fc.order_id')
    .where('lp.paid_date', '>', date)
    .where('fc.from_status', 'in', [...CONTRACTED_STATUSES])
    .select(sql<number>`sum(${signedPaymentAmount('lp')})`.as('v'))
  const union = owed.unionAll(lateUnchanged).unionAll(lateChanged)
  const row = await all(src, db.selectFrom(union.as('u')).select((eb) => eb.fn.sum<number>('u.v').as('v')))
  return num(row[0]?.v)
}

export interface MoneyRow {
  contractedDay: number
  contractedMonth: number
  contractsDay: number
  contractsMonth: number
  receivedDay: number
  receivedMonth: number
  invoicedDay: number
  invoicedMonth: number
}

/**
 * Money that day and month to date: contracted (order totals of the contracts signed, from
 * the audit trail), received (payments by the date the money arrived), invoiced (invoices by
 * their date).
 */
export async function money(src: ReportSource, date: string, monthStart: string): Promise<MoneyRow> {
  const { db } = src
  const day = (expr: RawBuilder<unknown>, dateCol: RawBuilder<unknown>) => sql<number>`sum(case when ${dateCol} = ${date} then ${expr} else 0 end)`
  const contracted = db
    .selectFrom('events as cs')
    .innerJoin('orders', 'orders.id', 'cs.order_id')
    .where('cs.action', '=', 'contract.sign')
    .where('cs.business_date', '>=', monthStart)
    .where('cs.business_date', '<=', date)
    .select([
      day(sql`orders.total`, sql.ref('cs.business_date')).as('vd'),
      sql<number>`sum(orders.total)`.as('vm'),
      day(sql`1`, sql.ref('cs.business_date')).as('nd'),
      sql<number>`count(*)`.as('nm'),
    ])
  const received = db
    .selectFrom('payments')
    .where('payments.paid_date', '>=', monthStart)
    .where('payments.paid_date', '<=', date)
    .select([day(signedPaymentAmount('payments'), sql.ref('payments.paid_date')).as('vd'), sql<number>`sum(${signedPaymentAmount('payments')})`.as('vm')])
  const invoiced = db
    .selectFrom('invoices')
    .where('invoices.issued_date', '>=', monthStart)
    .where('invoices.issued_date', '<=', date)
    .select([day(sql`invoices.amount`, sql.ref('invoices.issued_date')).as('vd'), sql<number>`sum(invoices.amount)`.as('vm')])
  const [c] = await all(src, contracted)
  const [r] = await all(src, received)
  const [i] = await all(src, invoiced)
  return {
    contractedDay: num(c?.vd),
    contractedMonth: num(c?.vm),
    contractsDay: num(c?.nd),
    contractsMonth: num(c?.nm),
    receivedDay: num(r?.vd),
    receivedMonth: num(r?.vm),
    invoicedDay: num(i?.vd),
    invoicedMonth: num(i?.vm),
  }
}

export interface DayFlowRow {
  date: string
  inquiries: number
  contracts: number
  confirmations: number
  shipments: number
  deliveries: number
}

/**
 * Per business day from `from` to `to`, from the audit trail: new inquiries (an order's
 * creating event, typed or imported), contracts signed, sales orders confirmed, shipments sent
 * and shipments delivered. Days without events are absent.
 */
export async function flowByDay(src: ReportSource, from: string, to: string): Promise<DayFlowRow[]> {
  const { db } = src
  const count = (cond: RawBuilder<unknown>) => sql<number>`sum(case when ${cond} then 1 else 0 end)`
  const rows = await all(
    src,
    db
      .selectFrom('events as fl')
      .where('fl.business_date', '>=', from)
      .where('fl.business_date', '<=', to)
      .where('fl.order_id', 'is not', null)
      .select([
        'fl.business_date',
        count(sql`fl.from_status is null and fl.to_status = 'inquiry'`).as('inquiries'),
        count(sql`fl.action = 'contract.sign'`).as('contracts'),
        count(sql`fl.action = 'order.confirm'`).as('confirmations'),
        count(sql`fl.action = 'ship.send'`).as('shipments'),
        count(sql`fl.action = 'ship.deliver'`).as('deliveries'),
      ])
      .groupBy('fl.business_date')
      .orderBy('fl.business_date'),
  )
  return rows.map((r) => ({
    date: r.business_date,
    inquiries: num(r.inquiries),
    contracts: num(r.contracts),
    confirmations: num(r.confirmations),
    shipments: num(r.shipments),
    deliveries: num(r.deliveries),
  }))
}

export interface DeliveredRow {
  orderDate: string
  deliveredDate: string
  onTime: boolean
  orders: number
}

/**
 * Orders completed (last goods delivered) from `from` to `to`, grouped by order date,
 * delivery date and on time or late: enough for the on-time rate and the exact average lead
 * time without a dialect's date arithmetic.
 */
export async function deliveredOrders(src: ReportSource, from: string, to: string): Promise<DeliveredRow[]> {
  const { db } = src
  const rows = await all(
    src,
    db
      .selectFrom('orders')
      .where('orders.delivered_date', '>=', from)
      .where('orders.delivered_date', '<=', to)
      .select(['orders.order_date', 'orders.delivered_date', 'orders.on_time', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy(['orders.delivered_date', 'orders.on_time', 'orders.order_date']),
  )
  return rows.map((r) => ({ orderDate: r.order_date, deliveredDate: r.delivered_date!, onTime: num(r.on_time) === 1, orders: num(r.n) }))
}

export interface ActivityRow {
  actor: string
  role: string | null
  action: string
  events: number
}

/**
 * What each user did on `date`, from the audit trail: events per user and action. A right
 * PIN's bookkeeping (`signoff.pin_attempt`, `signoff.pin_ok`) is part of the sign-off it
 * precedes, not work of its own, and is left out; wrong PINs and locks are shown.
 */
export async function activity(src: ReportSource, date: string): Promise<ActivityRow[]> {
  const { db } = src
  const rows = await all(
    src,
    db
      .selectFrom('events as ac')
      .leftJoin('users', 'users.name', 'ac.actor')
      .where('ac.business_date', '=', date)
      .where('ac.action', 'not in', ['signoff.pin_attempt', 'signoff.pin_ok'])
      .select(['ac.actor', 'users.role', 'ac.action', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy(['ac.actor', 'users.role', 'ac.action'])
      .orderBy('ac.actor')
      .orderBy('ac.action'),
  )
  return rows.map((r) => ({ actor: r.actor, role: r.role ?? null, action: r.action, events: num(r.n) }))
}
