import { sql, type RawBuilder } from 'kysely'
import { NEEDS_ACTION_STATUSES } from '../../domain/order-status.js'

/** Statuses in which a flag (at risk, production issue) no longer calls for the desk. */
const CLOSED = ['lost', 'completed', 'cancelled'] as const

const list = (xs: readonly string[]) => sql.join(xs.map((x) => sql.lit(x)))

/**
 * "Waiting on the desk": in a status the desk acts on, or flagged at risk / with a production
 * issue while still open. Written with literals, not parameters, and exactly as the partial
 * index `orders_needs_action` (migration 0009) is, so that SQLite reads that index in list
 * order and stops after the first page: `order list --needs-action` on a million orders reads
 * fifty index entries, not the half a million open ones. test/unit/query-plans.test.ts fails
 * if the two drift apart (then add a migration that rebuilds the index).
 */
export function needsActionCondition(): RawBuilder<boolean> {
  return sql<boolean>`(status in (${list(NEEDS_ACTION_STATUSES)}) or (at_risk = 1 and status not in (${list(CLOSED)})) or (production_issue = 1 and status not in (${list(CLOSED)})))`
}
