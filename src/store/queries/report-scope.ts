import { sql, type CompiledQuery, type Expression, type Kysely, type RawBuilder, type SelectQueryBuilder } from 'kysely'
import type { Database } from '../schema.js'

/**
 * Building blocks of `report status`: everything "as of the end of a business day", from the
 * audit trail. An order's status at the end of day D is its current status, unless a status
 * change was recorded after D: then it is the from-status of the first such change (and an
 * order whose first event is after D did not exist yet). Orders that changed after D are few,
 * so every as-of aggregate is computed as
 *   Σ over all orders by current status − Σ over the changed ones by current status
 *                                       + Σ over the changed ones by their status at D,
 * three grouped queries in one statement, each answered from an index.
 *
 * Dialect-neutral: plain SQL through kysely; dates are `YYYY-MM-DD` text and compare as text.
 */

/** Where the report's queries run, and who wants to see their SQL (`report status --sql`). */
export interface ReportSource {
  db: Kysely<Database>
  trace?: (q: CompiledQuery) => void
}

/** Runs a query, showing it to `trace` first. */
export async function all<O>(src: ReportSource, q: { compile(): CompiledQuery<O>; execute(): Promise<O[]> }): Promise<O[]> {
  src.trace?.(q.compile())
  return q.execute()
}

/** Turns the numbers a driver returns (bigint strings on PostgreSQL, null for an empty sum) into numbers. */
export const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v))

/** Statuses from a signed contract on (the money is owed), lost and cancelled excluded. */
export const CONTRACTED_STATUSES = ['contracted', 'confirmed', 'in_production', 'ready', 'shipping', 'shipped', 'completed'] as const
/** Contracted and not yet delivered: these can be overdue. */
export const OPEN_CONTRACT_STATUSES = ['contracted', 'confirmed', 'in_production', 'ready', 'shipping', 'shipped'] as const
/** Before the sales order: an order in these statuses had no production orders yet. */
export const BEFORE_CONFIRM_STATUSES = ['inquiry', 'offered', 'contracted', 'lost'] as const

/** Order ids with a status change recorded after `date` (including orders created after it). */
export function changedAfter(db: Kysely<Database>, date: string) {
  return db
    .selectFrom('events as ca')
    .select('ca.order_id')
    .where('ca.business_date', '>', date)
    .where('ca.to_status', 'is not', null)
    .where('ca.order_id', 'is not', null)
    .$narrowType<{ order_id: number }>()
}

/**
 * For every order changed after `date`, its first status change after it: `from_status` is
 * the order's status at the end of `date` (null when the order was created after it).
 */
export function firstChangeAfter(db: Kysely<Database>, date: string) {
  return db
    .selectFrom('events as fc')
    .where('fc.business_date', '>', date)
    .where('fc.to_status', 'is not', null)
    .where('fc.order_id', 'is not', null)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('events as fe')
            .select('fe.id')
            .whereRef('fe.order_id', '=', 'fc.order_id')
            .where('fe.business_date', '>', date)
            .where('fe.to_status', 'is not', null)
            .whereRef('fe.id', '<', 'fc.id'),
        ),
      ),
    )
}

/** Orders as a query on `orders` only, whatever the branch joins: what a branch callback sees. */
export type OrdersQuery = SelectQueryBuilder<Database, 'orders', {}>

/**
 * One branch of an as-of union: given the orders of the branch, the expression of their
 * status at the end of the day, and the sign (+1, or −1 to take the changed orders back out
 * of the current figures), it returns a grouped select. All branches must select the same
 * columns.
 */
export type Branch<R> = (q: OrdersQuery, status: RawBuilder<string>, sign: RawBuilder<number>) => SelectQueryBuilder<any, any, R>

/**
 * The three branches of an as-of aggregate (see above), as one UNION ALL; the caller sums
 * its rows per group. `statuses` limits every branch to orders in those statuses at D.
 */
export function asOfUnion<R>(db: Kysely<Database>, date: string, statuses: readonly string[] | null, branch: Branch<R>) {
  const current = sql.ref<string>('orders.status')
  const atDate = sql.ref<string>('fc.from_status')
  const limit = (q: OrdersQuery, status: Expression<string>) => (statuses ? q.where(status, 'in', [...statuses]) : q)
  const a = branch(limit(db.selectFrom('orders'), current), current, sql.lit(1))
  const b = branch(limit(db.selectFrom('orders').where('orders.id', 'in', changedAfter(db, date)), current), current, sql.lit(-1))
  const moved = firstChangeAfter(db, date)
    .innerJoin('orders', 'orders.id', 'fc.order_id')
    .where('fc.from_status', 'is not', null) as unknown as OrdersQuery
  const c = branch(limit(moved, atDate), atDate, sql.lit(1))
  return a.unionAll(b).unionAll(c)
}

/** Production-order numbers with production events recorded after `date` (their status then differs). */
function productionChangedAfter(db: Kysely<Database>, date: string) {
  return db
    .selectFrom('events as pe')
    .select('pe.ref')
    .where('pe.business_date', '>', date)
    .where('pe.entity', '=', 'production_order')
    .where('pe.action', '!=', 'production.rate')
}

/** Orders whose sales order was signed after `date`: their production orders did not exist at D. */
function notYetConfirmed(db: Kysely<Database>, date: string) {
  return firstChangeAfter(db, date)
    .select('fc.order_id')
    .where((eb) => eb.or([eb('fc.from_status', 'is', null), eb('fc.from_status', 'in', [...BEFORE_CONFIRM_STATUSES])]))
    .$narrowType<{ order_id: number }>()
}

/**
 * Production orders in `statuses` at the end of `date`. Unchanged ones by their current status;
 * those with production events after D by their last production event up to D (accept →
 * accepted, reject → rejected, progress, a partial done or a reopen → in_progress, a manager's
 * signature or a re-dispatch → dispatched, none → awaiting_signoff when signed only after D,
 * else dispatched; done when the event that made them done is on or before D).
 * Columns: the production order's own, with `status` replaced by the status at D.
 */
export function productionAsOf(db: Kysely<Database>, date: string, statuses: readonly string[]) {
  const cols = [
    'po.id',
    'po.number',
    'po.order_id',
    'po.qty',
    'po.done_qty',
    'po.assignee',
    'po.due_date',
    'po.committed_date',
    'po.dispatched_date',
    'po.reject_reason',
    'po.product_id',
  ] as const
  const unchanged = db
    .selectFrom('production_orders as po')
    .select(cols)
    .select('po.status as status')
    .where('po.status', 'in', [...statuses])
    .where('po.number', 'not in', productionChangedAfter(db, date))
    .where('po.order_id', 'not in', notYetConfirmed(db, date))
  const changed = db
    .selectFrom('production_orders as po')
    .select(cols)
    .select((eb) => {
      const events = () =>
        eb
          .selectFrom('events as le')
          .whereRef('le.order_id', '=', 'po.order_id')
          .whereRef('le.ref', '=', 'po.number')
          .where('le.entity', '=', 'production_order')
      const doneOn = events()
        .select((e) => e.fn.max('le.business_date').as('d'))
        .where('le.action', '=', 'production.done')
      const lastAction = events()
        .select('le.action')
        .where('le.business_date', '<=', date)
        .where('le.action', '!=', 'production.rate')
        .orderBy('le.id', 'desc')
        .limit(1)
      return eb
        .case()
        .when(eb.and([eb('po.status', '=', 'done'), eb(doneOn, '<=', date)]))
        .then('done')
        .else(
          eb
            .case(lastAction)
            .when('production.accept')
            .then('accepted')
            .when('production.reject')
            .then('rejected')
            .when('production.progress')
            .then('in_progress')
            .when('production.done')
            .then('in_progress')
            .when('production.reopen')
            .then('in_progress')
            .when('production.sign')
            .then('dispatched')
            .when('production.dispatch')
            .then('dispatched')
            // none yet: dispatched, unless a manager signed it only after D (it was awaiting the signature then)
            .else(eb.case().when(eb.exists(events().select('le.id').where('le.action', '=', 'production.sign'))).then('awaiting_signoff').else('dispatched').end())
            .end(),
        )
        .end()
        .as('status')
    })
    .where('po.number', 'in', productionChangedAfter(db, date))
    .where('po.order_id', 'not in', notYetConfirmed(db, date))
    .where('po.status', '!=', 'cancelled')
  return db
    .selectFrom(unchanged.unionAll(changed as unknown as typeof unchanged).as('pa'))
    .selectAll('pa')
    .where('pa.status', 'in', [...statuses])
}
