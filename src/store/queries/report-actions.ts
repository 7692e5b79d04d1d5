import { sql, type Kysely, type RawBuilder, type SelectQueryBuilder } from 'kysely'
import type { NeedsActionFacts } from '../../domain/status-report.js'
import type { Database } from '../schema.js'
import { all, changedAfter, firstChangeAfter, num, productionAsOf, type ReportSource } from './report-scope.js'
import { signedPaymentAmount } from './payments.js'

/**
 * The "needs action" lists of `report status`, as of the end of a business day. A list is
 * counted in full, and its first `limit` rows (rush first, longest waiting first) are listed:
 * a desk with a long backlog gets its count and a short list, fast.
 *
 * Each list is one or two branches (orders unchanged since the day, by their current status;
 * orders changed since, by their status at the day). Per branch, the count is one aggregate,
 * and the listed rows are found by their sort keys alone (answered from indexes), ordered and
 * cut to `limit` per branch, merged, cut again; only then are the details of those few rows
 * read.
 */

/** One row of a needs-action list; per list, the facts (amount, due, who, note) mean different things (see each query). */
export interface ActionRow extends NeedsActionFacts {
  order: string
  customerCode: string
  customerName: string
  rush: boolean
  /** The day the wait started (its age is counted from it). */
  since: string
  /** The production order, shipment, complaint or change concerned, if not the order itself. */
  ref: string | null
}

export interface ActionList {
  count: number
  rows: ActionRow[]
}

type Query = SelectQueryBuilder<any, any, {}>
type Expr = RawBuilder<unknown>

interface ListSpec {
  /** The FROM/WHERE of each branch; the row's entity and its order `o` are in scope. */
  branches: Query[]
  /** Sort keys, in the branch: the entity's id, rush, the day the wait started, the reference. */
  key: Expr
  rush: Expr
  since: Expr
  ref?: Expr
  /** Joins the listed keys `x` (x.k = the entity id) back to the entity and its order `o`. */
  join: (x: Query) => Query
  /** Details, evaluated for the listed rows only (after `join`). */
  amount?: Expr
  due?: Expr
  who?: Expr
  note?: Expr
}

const NULL = sql`null`

/** Rush first, longest waiting first, then by entity and reference: the order of every list (`p`: the alias prefix). */
const ordered = <Q extends Query>(q: Q, p = '') =>
  q
    .orderBy(sql.raw(`${p}rush`), 'desc')
    .orderBy(sql.raw(`${p}since`))
    .orderBy(sql.raw(`${p}k`))
    .orderBy(sql.raw(`${p}ref`)) as Q

/** A list: its full count, then its first `limit` rows (0 = all) with their details. */
async function listed(src: ReportSource, spec: ListSpec, limit: number): Promise<ActionList> {
  const count = await countOf(src, spec)
  if (count === 0) return { count, rows: [] }
  const rows = (await all(src, detailsOf(src.db, spec, topKeys(src.db, spec, limit)))) as Record<string, unknown>[]
  return { count, rows: rows.map(actionRow) }
}

/** Σ of each branch's count(*). */
async function countOf(src: ReportSource, spec: ListSpec): Promise<number> {
  let count = 0
  for (const b of spec.branches) count += num(((await all(src, b.select(sql<number>`count(*)`.as('n'))))[0] as { n?: unknown } | undefined)?.n)
  return count
}

/** The sort keys of the first `limit` rows: per branch ordered and cut, merged, ordered and cut again. */
function topKeys(db: Kysely<Database>, spec: ListSpec, limit: number): Query {
  const cut = <Q extends Query>(q: Q) => (limit > 0 ? (q.limit(limit) as Q) : q)
  const keyed = spec.branches.map((b) =>
    db.selectFrom(cut(ordered(b.select([spec.key.as('k'), spec.rush.as('rush'), spec.since.as('since'), (spec.ref ?? NULL).as('ref')]))).as('b')).selectAll(),
  )
  const union = keyed.slice(1).reduce((a, b) => a.unionAll(b), keyed[0]!)
  return cut(ordered(db.selectFrom(union.as('t')).selectAll()))
}

/** The listed rows with their order, customer and details, read for those few keys only. */
function detailsOf(db: Kysely<Database>, spec: ListSpec, top: Query): Query {
  return ordered(
    spec
      .join(db.selectFrom(top.as('x')))
      .innerJoin('customers as c', 'c.id', 'o.customer_id')
      .select([
        sql`o.number`.as('order_number'),
        'c.code as customer_code',
        'c.name as customer_name',
        'x.rush',
        'x.since',
        'x.k',
        'x.ref',
        (spec.amount ?? NULL).as('amount'),
        (spec.due ?? NULL).as('due'),
        (spec.who ?? NULL).as('who'),
        (spec.note ?? NULL).as('note'),
      ]),
    'x.',
  )
}

const textOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : String(v))

/** A listed row as the driver returns it (numbers as bigint strings on PostgreSQL), as an ActionRow. */
export function actionRow(r: Record<string, unknown>): ActionRow {
  return {
    order: String(r.order_number),
    customerCode: String(r.customer_code),
    customerName: String(r.customer_name),
    rush: num(r.rush) === 1,
    since: String(r.since),
    ref: textOrNull(r.ref),
    amount: r.amount === null || r.amount === undefined ? null : num(r.amount),
    due: (r.due as string | null) ?? null,
    who: textOrNull(r.who),
    note: textOrNull(r.note),
  }
}

/** What a list is about: the entity's key and rush, and how the listed keys join back to it and its order `o`. */
type Entity = Pick<ListSpec, 'key' | 'rush' | 'join'>

const ORDER: Entity = { key: sql`o.id`, rush: sql`o.rush`, join: (x) => x.innerJoin('orders as o', 'o.id', 'x.k') }
const PRODUCTION_ORDER: Entity = {
  key: sql`p.id`,
  rush: sql`o.rush`,
  join: (x) => x.innerJoin('production_orders as p', 'p.id', 'x.k').innerJoin('orders as o', 'o.id', 'p.order_id'),
}
const SHIPMENT: Entity = { key: sql`s.id`, rush: sql`o.rush`, join: (x) => x.innerJoin('shipments as s', 's.id', 'x.k').innerJoin('orders as o', 'o.id', 's.order_id') }
const COMPLAINT: Entity = { key: sql`k.id`, rush: sql`o.rush`, join: (x) => x.innerJoin('complaints as k', 'k.id', 'x.k').innerJoin('orders as o', 'o.id', 'k.order_id') }

/**
 * Orders in `statuses` at the end of `date`, as `o`, in two branches: unchanged since (by their
 * current status, from the status indexes) and changed since (by their status at the day).
 */
function orderBranches(db: Kysely<Database>, date: string, statuses: string[], filter: (q: Query) => Query = (q) => q): Query[] {
  const unchanged = db.selectFrom('orders as o').where('o.status', 'in', statuses).where('o.id', 'not in', changedAfter(db, date))
  const changed = firstChangeAfter(db, date).innerJoin('orders as o', 'o.id', 'fc.order_id').where('fc.from_status', 'in', statuses)
  return [filter(unchanged as Query), filter(changed as unknown as Query)]
}

/** Production orders in `statuses` at the end of `date` as `p`, with their order as `o`. */
function productionBranches(db: Kysely<Database>, date: string, statuses: string[], filter: (q: Query) => Query = (q) => q): Query[] {
  return [filter(db.selectFrom(productionAsOf(db, date, statuses).as('p')).innerJoin('orders as o', 'o.id', 'p.order_id') as Query)]
}

/** What had been paid on order `o` by the end of `date`. */
const paidBy = (date: string) => sql`(o.paid - coalesce((select sum(${signedPaymentAmount('lp')}) from payments lp where lp.order_id = o.id and lp.paid_date > ${date}), 0))`
/** The deposit the contract of order `o` asks for (rounded up, as the domain does). */
const deposit = sql`((o.total * coalesce(o.deposit_pct, 100) + 99) / 100)`
const contractDate = (date: string) =>
  sql`coalesce((select max(d.signed_at) from documents d where d.order_id = o.id and d.kind = 'contract' and d.signed_at <= ${date}), o.order_date)`

/** Inquiries not stock-checked after a day: order date on or before `dayBefore`. amount = total; due = requested date. */
export async function inquiriesNotChecked(src: ReportSource, date: string, dayBefore: string, limit: number): Promise<ActionList> {
  const branches = orderBranches(src.db, date, ['inquiry'], (q) => q.where('o.order_date', '<=', dayBefore))
  return listed(src, { ...ORDER, branches, since: sql`o.order_date`, amount: sql`o.total`, due: sql`o.requested_date` }, limit)
}

/**
 * Offers not answered: offered at the end of `date`, and no stock check after `checkedAfter`
 * (the last one is at least three days old). since = the last check; amount = total; due = promised date.
 */
export async function offersNotAnswered(src: ReportSource, date: string, checkedAfter: string, limit: number): Promise<ActionList> {
  const recent = src.db
    .selectFrom('events as sc')
    .select('sc.order_id')
    .where('sc.business_date', '>', checkedAfter)
    .where('sc.business_date', '<=', date)
    .where('sc.action', '=', 'stock.check')
    .where('sc.order_id', 'is not', null)
    .$narrowType<{ order_id: number }>()
  const branches = orderBranches(src.db, date, ['offered'], (q) => q.where('o.id', 'not in', recent))
  const since = sql`coalesce((select max(e.business_date) from events e where e.order_id = o.id and e.action = 'stock.check' and e.business_date <= ${date}), o.order_date)`
  return listed(src, { ...ORDER, branches, since, amount: sql`o.total`, due: sql`o.promised_date` }, limit)
}

/**
 * Contracts whose deposit had not arrived by the end of `date`: `pastDue` when the payment due
 * date is before `date` (since = due date), else not yet due (since = contract date).
 * amount = what is missing of the deposit; due = payment due date; note = deposit percent.
 */
export async function awaitingPayment(src: ReportSource, date: string, pastDue: boolean, limit: number): Promise<ActionList> {
  const branches = orderBranches(src.db, date, ['contracted'], (q) =>
    q
      .where(sql<boolean>`${paidBy(date)} < ${deposit}`)
      .where((eb) => (pastDue ? eb('o.payment_due', '<', date) : eb.or([eb('o.payment_due', '>=', date), eb('o.payment_due', 'is', null)]))),
  )
  const since = pastDue ? sql`o.payment_due` : contractDate(date)
  return listed(src, { ...ORDER, branches, since, amount: sql`(${deposit} - ${paidBy(date)})`, due: sql`o.payment_due`, note: sql`coalesce(o.deposit_pct, 100)` }, limit)
}

/**
 * Contracted orders whose deposit had arrived: waiting for a manager to sign the sales order.
 * since = the last payment (else the contract date); amount = paid by the end of `date`; due = promised date.
 */
export async function awaitingSignOff(src: ReportSource, date: string, limit: number): Promise<ActionList> {
  const branches = orderBranches(src.db, date, ['contracted'], (q) => q.where(sql<boolean>`${paidBy(date)} >= ${deposit}`))
  const since = sql`coalesce((select max(pp.paid_date) from payments pp where pp.order_id = o.id and pp.paid_date <= ${date}), ${contractDate(date)})`
  return listed(src, { ...ORDER, branches, since, amount: paidBy(date), due: sql`o.promised_date` }, limit)
}

/**
 * Production orders a change added or enlarged, not yet signed by a manager (issue 19 §3): not
 * in force, MC cannot accept them. since = the day made; due = due date; who = MC user.
 */
export async function productionNotSigned(src: ReportSource, date: string, limit: number): Promise<ActionList> {
  const branches = productionBranches(src.db, date, ['awaiting_signoff'])
  return listed(src, { ...PRODUCTION_ORDER, branches, since: sql`p.dispatched_date`, ref: sql`p.number`, due: sql`p.due_date`, who: sql`p.assignee` }, limit)
}

/** Production orders dispatched and not accepted. since = dispatched; due = due date; who = MC user. */
export async function productionNotAccepted(src: ReportSource, date: string, limit: number): Promise<ActionList> {
  const branches = productionBranches(src.db, date, ['dispatched'])
  return listed(src, { ...PRODUCTION_ORDER, branches, since: sql`p.dispatched_date`, ref: sql`p.number`, due: sql`p.due_date`, who: sql`p.assignee` }, limit)
}

/** Production orders rejected by MC, waiting for the clerk. since = the rejection; who = MC user; note = reason. */
export async function productionRejected(src: ReportSource, date: string, limit: number): Promise<ActionList> {
  const branches = productionBranches(src.db, date, ['rejected'])
  const since = sql`coalesce((select max(e.business_date) from events e where e.order_id = p.order_id and e.ref = p.number and e.action = 'production.reject' and e.business_date <= ${date}), p.dispatched_date)`
  return listed(src, { ...PRODUCTION_ORDER, branches, since, ref: sql`p.number`, due: sql`p.due_date`, who: sql`p.assignee`, note: sql`p.reject_reason` }, limit)
}

/**
 * Production orders accepted or in progress whose committed date is before `date`.
 * since = committed date; amount = quantity still to make; due = committed date; who = MC user.
 */
export async function productionLate(src: ReportSource, date: string, limit: number): Promise<ActionList> {
  const branches = productionBranches(src.db, date, ['accepted', 'in_progress'], (q) => q.where('p.committed_date', '<', date))
  const details = { amount: sql`(p.qty - p.done_qty)`, due: sql`p.committed_date`, who: sql`p.assignee` }
  return listed(src, { ...PRODUCTION_ORDER, branches, since: sql`p.committed_date`, ref: sql`p.number`, ...details }, limit)
}

/**
 * Orders at risk: confirmed or in production at the end of `date`, with a production order that
 * MC accepted (by `date`) for a date after the promised date. since = the acceptance;
 * ref = that production order; due = promised date; who = its committed date.
 */
export async function atRisk(src: ReportSource, date: string, limit: number): Promise<ActionList> {
  const late = sql`from production_orders r where r.order_id = o.id and r.committed_date > o.promised_date
    and r.status in ('accepted', 'in_progress', 'done')
    and exists (select 1 from events ea where ea.order_id = r.order_id and ea.ref = r.number and ea.action = 'production.accept' and ea.business_date <= ${date})`
  const branches = orderBranches(src.db, date, ['confirmed', 'in_production'], (q) => q.where(sql<boolean>`exists (select 1 ${late})`))
  const since = sql`coalesce((select max(e.business_date) from events e where e.order_id = o.id and e.action = 'production.accept' and e.business_date <= ${date}), o.order_date)`
  return listed(src, { ...ORDER, branches, since, ref: sql`(select max(r.number) ${late})`, due: sql`o.promised_date`, who: sql`(select max(r.committed_date) ${late})` }, limit)
}

/** Orders ready in the warehouse and not shipped. since = the day they became ready; amount = unpaid balance; due = promised date. */
export async function readyNotShipped(src: ReportSource, date: string, limit: number): Promise<ActionList> {
  const branches = orderBranches(src.db, date, ['ready'])
  const since = sql`coalesce((select max(e.business_date) from events e where e.order_id = o.id and e.to_status = 'ready' and e.business_date <= ${date}), o.order_date)`
  return listed(src, { ...ORDER, branches, since, amount: sql`(o.total - ${paidBy(date)})`, due: sql`o.promised_date` }, limit)
}

/** Shipments sent by `date` and not delivered by it. since = sent; due = promised date; who = carrier; note = tracking. */
export async function shipmentsNotDelivered(src: ReportSource, date: string, limit: number): Promise<ActionList> {
  const sent = src.db
    .selectFrom('shipments as s')
    .innerJoin('orders as o', 'o.id', 's.order_id')
    .where('s.sent_date', '<=', date)
    .where((eb) => eb.or([eb('s.status', '=', 'sent'), eb('s.delivered_date', '>', date)]))
  const details = { due: sql`o.promised_date`, who: sql`s.carrier`, note: sql`s.tracking` }
  return listed(src, { ...SHIPMENT, branches: [sent as Query], since: sql`s.sent_date`, ref: sql`s.number`, ...details }, limit)
}

/** Complaints opened by `date` and not resolved by it. ref = complaint id; since = opened; note = its text. */
export async function openComplaints(src: ReportSource, date: string, limit: number): Promise<ActionList> {
  const opened = src.db
    .selectFrom('complaints as k')
    .innerJoin('orders as o', 'o.id', 'k.order_id')
    .where('k.opened_date', '<=', date)
    .where((eb) => eb.or([eb('k.status', '=', 'open'), eb('k.resolved_date', '>', date)]))
  return listed(src, { ...COMPLAINT, branches: [opened as Query], since: sql`k.opened_date`, ref: sql`k.id`, note: sql`k.text` }, limit)
}
