import { daysBetween, type IsoDate } from '../../domain/dates.js'
import { NEEDS_ACTION_LISTS, NEEDS_ACTION_OWNER, type NeedsActionKey } from '../../domain/status-report.js'
import {
  atRisk,
  awaitingPayment,
  awaitingSignOff,
  inquiriesNotChecked,
  offersNotAnswered,
  openComplaints,
  productionLate,
  productionNotAccepted,
  productionNotSigned,
  productionRejected,
  readyNotShipped,
  shipmentsNotDelivered,
  type ActionList,
} from '../../store/queries/report-actions.js'
import { changesWaiting } from '../../store/queries/report-changes.js'
import type { ReportSource } from '../../store/queries/report-scope.js'
import type { ReportDates } from './figures.js'
import type { NeedsActionList } from './model.js'

/** What a list's query needs: the day, the dates derived from it, the items per list. */
interface ListQuery {
  date: IsoDate
  dates: ReportDates
  limit: number
}

/** Each needs-action list's query (see store/queries/report-actions.ts for what its rows mean). */
const QUERIES: Record<NeedsActionKey, (src: ReportSource, q: ListQuery) => Promise<ActionList>> = {
  inquiriesNotChecked: (src, q) => inquiriesNotChecked(src, q.date, q.dates.dayBefore, q.limit),
  offersNotAnswered: (src, q) => offersNotAnswered(src, q.date, q.dates.offersCheckedAfter, q.limit),
  paymentPastDue: (src, q) => awaitingPayment(src, q.date, true, q.limit),
  awaitingPayment: (src, q) => awaitingPayment(src, q.date, false, q.limit),
  awaitingSignOff: (src, q) => awaitingSignOff(src, q.date, q.limit),
  productionNotSigned: (src, q) => productionNotSigned(src, q.date, q.limit),
  productionNotAccepted: (src, q) => productionNotAccepted(src, q.date, q.limit),
  productionRejected: (src, q) => productionRejected(src, q.date, q.limit),
  productionLate: (src, q) => productionLate(src, q.date, q.limit),
  atRisk: (src, q) => atRisk(src, q.date, q.limit),
  readyNotShipped: (src, q) => readyNotShipped(src, q.date, q.limit),
  shipmentsNotDelivered: (src, q) => shipmentsNotDelivered(src, q.date, q.limit),
  changesWaiting: (src, q) => changesWaiting(src, q.date, q.limit),
  openComplaints: (src, q) => openComplaints(src, q.date, q.limit),
}

/** A needs-action list from its rows: who acts, each item's age (never negative) and facts. */
export function actionList(key: NeedsActionKey, list: ActionList, date: IsoDate, limit: number): NeedsActionList {
  return {
    key,
    owner: NEEDS_ACTION_OWNER[key],
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
      facts: { amount: r.amount, due: r.due, who: r.who, note: r.note },
    })),
  }
}

/** Every needs-action list, in report order, one query after the other (in the report's transaction). */
export async function needsActionLists(src: ReportSource, q: ListQuery): Promise<NeedsActionList[]> {
  const lists: NeedsActionList[] = []
  for (const key of NEEDS_ACTION_LISTS) lists.push(actionList(key, await QUERIES[key](src, q), q.date, q.limit))
  return lists
}
