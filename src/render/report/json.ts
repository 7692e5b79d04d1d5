import { formatMoney } from '../../domain/money.js'
import type { StatusReport } from '../../read/report/model.js'
import { dataRow } from './columns.js'
import { ACTIVITY, DELIVERY, NEEDS, OVERDUE, PIPELINE, PRODUCTION, TREND } from './tables.js'

/**
 * `report status --format json`: the whole report as one JSON document — camelCase keys,
 * money as strings with two decimals, dates `YYYY-MM-DD`, rates as fractions 0..1 (null when
 * there is nothing to divide). The tables' rows hold their columns' data (tables.ts). Every
 * field is documented in docs/report.md.
 */
export function reportJson(r: StatusReport): unknown {
  const window = { from: r.window.from, to: r.window.to }
  return {
    report: 'status',
    date: r.date,
    generatedAt: r.generatedAt,
    auditHead: r.auditHead,
    monthStart: r.monthStart,
    window: r.window,
    limit: r.limit,
    pipeline: {
      statuses: r.pipeline.statuses.map((s) => dataRow(PIPELINE, ['status', 'orders', 'value'], s)),
      open: dataRow(PIPELINE, ['orders', 'value'], { status: 'open', ...r.pipeline.open }),
      total: dataRow(PIPELINE, ['orders', 'value'], { status: 'all', ...r.pipeline.total }),
    },
    flow: r.flow,
    needsAction: {
      total: r.needsAction.total,
      lists: r.needsAction.lists.map((l) => dataRow(NEEDS, ['key', 'title', 'owner', 'count', 'truncated', 'items'], l)),
    },
    overdue: {
      orders: r.overdue.orders,
      value: formatMoney(r.overdue.value),
      buckets: r.overdue.buckets.map((b) => dataRow(OVERDUE, ['label', 'minDays', 'maxDays', 'orders', 'value'], b)),
    },
    delivery: { ...window, ...dataRow(DELIVERY, ['completed', 'onTime', 'late', 'onTimeRate', 'averageLeadDays'], r.delivery) },
    money: { day: moneyJson(r.money.day), monthToDate: moneyJson(r.money.monthToDate), receivable: formatMoney(r.money.receivable) },
    production: {
      ...window,
      users: r.production.users.map((u) => dataRow(PRODUCTION, ['user', 'open', 'done', 'onTime', 'onTimeRate', 'rated', 'averageRating'], u)),
    },
    activity: { events: r.activity.events, users: r.activity.users.map((u) => dataRow(ACTIVITY, ['user', 'role', 'events', 'actions'], u)) },
    trend: { ...window, days: r.trend.map((d) => dataRow(TREND, ['date', 'intake', 'deliveries'], d)) },
  }
}

const moneyJson = (m: StatusReport['money']['day']) => ({
  contracted: formatMoney(m.contracted),
  contracts: m.contracts,
  received: formatMoney(m.received),
  invoiced: formatMoney(m.invoiced),
})

/** The JSON text written by `--format json`. */
export function renderJson(r: StatusReport): string {
  return `${JSON.stringify(reportJson(r), null, 2)}\n`
}
