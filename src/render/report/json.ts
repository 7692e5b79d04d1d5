import { formatMoney } from '../../domain/money.js'
import type { StatusReport } from '../../services/status-report.js'

/**
 * `report status --format json`: the whole report as one JSON document — camelCase keys,
 * money as strings with two decimals, dates `YYYY-MM-DD`, rates as fractions 0..1 (null when
 * there is nothing to divide). Every field is documented in the README.
 */
export function reportJson(r: StatusReport): unknown {
  const m = formatMoney
  return {
    report: 'status',
    date: r.date,
    generatedAt: r.generatedAt,
    auditHead: r.auditHead,
    monthStart: r.monthStart,
    window: r.window,
    limit: r.limit,
    pipeline: {
      statuses: r.pipeline.statuses.map((s) => ({ status: s.status, orders: s.orders, value: m(s.value) })),
      open: { orders: r.pipeline.open.orders, value: m(r.pipeline.open.value) },
      total: { orders: r.pipeline.total.orders, value: m(r.pipeline.total.value) },
    },
    flow: r.flow,
    needsAction: {
      total: r.needsAction.total,
      lists: r.needsAction.lists.map((l) => ({
        key: l.key,
        title: l.title,
        owner: l.owner,
        count: l.count,
        truncated: l.truncated,
        items: l.items,
      })),
    },
    overdue: {
      orders: r.overdue.orders,
      value: m(r.overdue.value),
      buckets: r.overdue.buckets.map((b) => ({ label: b.label, minDays: b.minDays, maxDays: b.maxDays, orders: b.orders, value: m(b.value) })),
    },
    delivery: { from: r.window.from, to: r.window.to, ...r.delivery },
    money: {
      day: { ...r.money.day, contracted: m(r.money.day.contracted), received: m(r.money.day.received), invoiced: m(r.money.day.invoiced) },
      monthToDate: {
        ...r.money.monthToDate,
        contracted: m(r.money.monthToDate.contracted),
        received: m(r.money.monthToDate.received),
        invoiced: m(r.money.monthToDate.invoiced),
      },
      receivable: m(r.money.receivable),
    },
    production: { from: r.window.from, to: r.window.to, users: r.production.users },
    activity: r.activity,
    trend: { from: r.window.from, to: r.window.to, days: r.trend },
  }
}

/** The JSON text written by `--format json`. */
export function renderJson(r: StatusReport): string {
  return `${JSON.stringify(reportJson(r), null, 2)}\n`
}
