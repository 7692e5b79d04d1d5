import { sql } from 'kysely'
import { all, num, productionAsOf, type ReportSource } from './report-scope.js'

export interface ProductionUserRow {
  user: string
  /** Production orders awaiting a signature, dispatched, accepted or in progress at the end of the day. */
  open: number
  /** Production orders finished in the window (the event that made them done). */
  done: number
  /** Of those, finished on or before the committed date. */
  onTime: number
  /** Of those, how many are rated, and the sum of their ratings. */
  rated: number
  ratingSum: number
}

/**
 * Per MC user (every user with role mc, and anyone else holding production orders): open
 * production orders at the end of `date`, and the production orders finished from `from` to
 * `date` — on time when the `production.done` event that finished them is on or before the
 * committed date — with their ratings.
 */
export async function productionByUser(src: ReportSource, from: string, date: string): Promise<ProductionUserRow[]> {
  const { db } = src
  const open = await all(
    src,
    db
      .selectFrom(productionAsOf(db, date, ['awaiting_signoff', 'dispatched', 'accepted', 'in_progress']).as('p'))
      .select(['p.assignee', (eb) => eb.fn.countAll().as('n')])
      .groupBy('p.assignee'),
  )
  const finished = db
    .selectFrom('events as pd')
    .select(['pd.order_id', 'pd.ref', (eb) => eb.fn.max('pd.business_date').as('done_date')])
    .where('pd.action', '=', 'production.done')
    .where('pd.business_date', '>=', from)
    .where('pd.business_date', '<=', date)
    .groupBy(['pd.order_id', 'pd.ref'])
    .as('d')
  const doneLater = db
    .selectFrom('events as pl')
    .select('pl.ref')
    .where('pl.action', '=', 'production.done')
    .where('pl.business_date', '>', date)
  const done = await all(
    src,
    db
      .selectFrom('production_orders as po')
      .innerJoin(finished, (j) => j.onRef('d.order_id', '=', 'po.order_id').onRef('d.ref', '=', 'po.number'))
      .where('po.status', '=', 'done')
      .where('po.number', 'not in', doneLater)
      .select([
        'po.assignee',
        (eb) => eb.fn.countAll().as('n'),
        sql<number>`sum(case when d.done_date <= po.committed_date then 1 else 0 end)`.as('on_time'),
        (eb) => eb.fn.count('po.rating').as('rated'),
        (eb) => eb.fn.sum('po.rating').as('rating_sum'),
      ])
      .groupBy('po.assignee'),
  )
  const users = await all(src, db.selectFrom('users').select('name').where('role', '=', 'mc').orderBy('name'))
  const byUser = new Map<string, ProductionUserRow>()
  const row = (user: string) => {
    let r = byUser.get(user)
    if (!r) byUser.set(user, (r = { user, open: 0, done: 0, onTime: 0, rated: 0, ratingSum: 0 }))
    return r
  }
  for (const u of users) row(u.name)
  for (const o of open) row(o.assignee).open = num(o.n)
  for (const d of done) Object.assign(row(d.assignee), { done: num(d.n), onTime: num(d.on_time), rated: num(d.rated), ratingSum: num(d.rating_sum) })
  return [...byUser.values()].sort((a, b) => a.user.localeCompare(b.user))
}
