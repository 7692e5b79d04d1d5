import type { CompiledQuery, Kysely } from 'kysely'
import type { IsoDate } from '../../domain/dates.js'
import type { Database } from '../../store/schema.js'
import { auditHead } from '../../store/queries/events.js'
import { activity, deliveredOrders, flowByDay, money, overdueBuckets, pipelineByStatus, receivable } from '../../store/queries/report-figures.js'
import { productionByUser } from '../../store/queries/report-production.js'
import type { ReportSource } from '../../store/queries/report-scope.js'
import { activityFigures, deliveryStats, flowFigures, moneyFigures, overdue, pipeline, productionUsers, reportDates, type ReportDates } from './figures.js'
import type { StatusReport } from './model.js'
import { needsActionLists } from './needs-action.js'

export interface StatusReportInput {
  date: IsoDate
  /** Items per needs-action list; 0 = all. */
  limit: number
  now: string
  /** Sees every query of the report (`report status --sql`), in the order they run. */
  trace?: (q: CompiledQuery) => void
}

/**
 * Builds the status report for one business day in one read transaction (a consistent
 * snapshot while clerks keep working). Every figure is aggregated in SQL; the queries run in
 * the order of the report (`--sql` lists them so).
 */
export async function buildStatusReport(db: Kysely<Database>, input: StatusReportInput): Promise<StatusReport> {
  // repeatable read: one snapshot for every query on PostgreSQL (a SQLite read transaction is one already)
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      const src: ReportSource = { db: trx, trace: input.trace }
      const dates = reportDates(input.date)
      const head = await readHead(src, input, dates)
      const needs = await needsActionLists(src, { date: input.date, dates, limit: input.limit })
      const tail = await readTail(src, input.date, dates)
      return {
        ...head,
        needsAction: { total: needs.reduce((a, l) => a + l.count, 0), lists: needs },
        ...tail,
        auditHead: await auditHead(trx),
      }
    })
}

/** The day, its window, the pipeline and the flow of the day and month (the first two queries). */
async function readHead(src: ReportSource, input: StatusReportInput, d: ReportDates) {
  const { date } = input
  const statuses = await pipelineByStatus(src, date)
  const flow = flowFigures(await flowByDay(src, d.monthStart < d.windowFrom ? d.monthStart : d.windowFrom, date), date, d.monthStart, d.windowFrom)
  return {
    date,
    generatedAt: input.now,
    monthStart: d.monthStart,
    window: { from: d.windowFrom, to: date },
    limit: input.limit,
    pipeline: pipeline(statuses),
    flow: { day: flow.day, monthToDate: flow.monthToDate },
    trend: flow.trend,
  }
}

/** Overdue, delivery, money, production and activity (the queries after the needs-action lists). */
async function readTail(src: ReportSource, date: IsoDate, d: ReportDates) {
  const buckets = await overdueBuckets(src, date, d.bucketBounds)
  const delivered = await deliveredOrders(src, d.windowFrom, date)
  const moneyRow = await money(src, date, d.monthStart)
  const owed = await receivable(src, date)
  const production = await productionByUser(src, d.windowFrom, date)
  const events = await activity(src, date)
  return {
    overdue: overdue(buckets),
    delivery: deliveryStats(delivered),
    money: moneyFigures(moneyRow, owed),
    production: { users: productionUsers(production) },
    activity: activityFigures(events),
  }
}
