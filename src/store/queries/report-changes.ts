import { sql, type Kysely } from 'kysely'
import { all, num, type ReportSource } from './report-scope.js'
import { actionRow, type ActionList } from './report-actions.js'

/** Change-request statuses that wait on someone: MC (`pending_mc`) or the customer (`offered`, `mc_agreed`). */
export const WAITING_CHANGE_STATUSES = ['offered', 'pending_mc', 'mc_agreed'] as const

/**
 * Customer changes waiting on MC or the customer, requested by `date` (their status is the
 * current one). Read defensively: a desk whose schema has no `change_requests` table (or not
 * the columns used here) counts 0 instead of failing the nightly report.
 * ref = change number; note = its status; since = its last event up to `date`.
 */
export async function changesWaiting(src: ReportSource, date: string, limit: number): Promise<ActionList> {
  const empty = { count: 0, rows: [] }
  if (!(await hasChangeRequests(src))) return empty
  try {
    const rows = (await all(src, waiting(src.db as unknown as Kysely<any>, date, limit))) as Record<string, unknown>[]
    return { count: num(rows[0]?.total), rows: rows.map(actionRow) }
  } catch {
    return empty
  }
}

/** Whether the desk has the change requests with the columns read here. */
async function hasChangeRequests(src: ReportSource): Promise<boolean> {
  const tables = await src.db.introspection.getTables()
  const table = tables.find((t) => t.name === 'change_requests')
  const needed = ['number', 'order_id', 'status', 'created_date']
  return Boolean(table && needed.every((c) => table.columns.some((col) => col.name === c)))
}

/** The waiting changes, rush first then longest waiting, the first `limit` (0 = all), each row with the full count. */
function waiting(db: Kysely<any>, date: string, limit: number) {
  const since = sql`coalesce((select max(e.business_date) from events e where e.order_id = cr.order_id and e.ref = cr.number and e.business_date <= ${date}), cr.created_date)`
  const q = db
    .selectFrom(
      db
        .selectFrom('change_requests as cr')
        .innerJoin('orders as o', 'o.id', 'cr.order_id')
        .innerJoin('customers as c', 'c.id', 'o.customer_id')
        .where('cr.status', 'in', [...WAITING_CHANGE_STATUSES])
        .where('cr.created_date', '<=', date)
        .select([
          'o.number as order_number',
          'c.code as customer_code',
          'c.name as customer_name',
          'o.rush as rush',
          since.as('since'),
          'cr.number as ref',
          'cr.status as note',
        ])
        .as('x'),
    )
    .selectAll('x')
    .select((eb) => eb.fn.countAll().over().as('total'))
    .orderBy('x.rush', 'desc')
    .orderBy('x.since')
    .orderBy('x.ref')
  return limit > 0 ? q.limit(limit) : q
}
