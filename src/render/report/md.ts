import { msg } from '../../domain/message.js'
import { t } from '../../messages/index.js'
import type { NeedsActionList, StatusReport } from '../../read/report/model.js'
import { headOf, unwrap, type Row, type Table } from './columns.js'
import { mdBold, mdCell, mdCellOf } from './md-cell.js'
import { flowRows, moneyRows, pipelineRows } from './rows.js'
import { ACTIVITY, DELIVERY, FLOW, ITEM_SHOWN, ITEMS, MONEY, NEEDS, OVERDUE, PIPELINE, PRODUCTION, TREND } from './tables.js'

/** A declared table as Markdown lines, then an empty line; a sum row is bold. */
function mdTable<R, K extends string>(tbl: Table<R, K>, keys: readonly K[], rows: Row<R>[], date: string): string[] {
  const head = keys.map((k) => mdCell(headOf(tbl[k], 'md', date)))
  const line = (row: Row<R>) => {
    const { r, label, sum } = unwrap(row)
    const cells = keys.map((k, i) => (i === 0 && label !== null ? label : tbl[k].md ? tbl[k].md!(r) : tbl[k].show!(r)))
    return `| ${cells.map((c) => (sum && typeof c === 'string' ? mdBold(c).md : mdCellOf(c))).join(' | ')} |`
  }
  return [`| ${head.join(' | ')} |`, `| ${keys.map((k) => (tbl[k].align === 'right' ? '---:' : '---')).join(' | ')} |`, ...rows.map(line), '']
}

/** `report status --format md`: the report as GitHub-flavoured Markdown (for a wiki or a chat). */
export function renderMarkdown(r: StatusReport): string {
  const section = (title: string, ...lines: string[]) => [`## ${title}`, '', ...lines]
  const out = [
    `# ${t(msg('report.md.title', { date: r.date }))}`,
    '',
    t(msg('report.md.asOf', { date: r.date, monthStart: r.monthStart, from: r.window.from, generatedAt: r.generatedAt })),
    '',
    ...section(t(msg('report.section', { section: 'pipeline' }))),
    ...mdTable(PIPELINE, ['status', 'orders', 'value'], pipelineRows(r), r.date),
    ...mdTable(FLOW, ['label', 'day', 'monthToDate'], flowRows(r), r.date),
    ...section(t(msg('report.md.needsAction', { total: r.needsAction.total }))),
    ...mdTable(NEEDS, ['title', 'owner', 'count'], r.needsAction.lists, r.date),
    ...r.needsAction.lists.filter((l) => l.count > 0).flatMap((l) => listItems(l, r.date)),
    ...section(t(msg('report.md.overdue', r.overdue)), t(msg('report.md.overdueNote', {})), ''),
    ...mdTable(OVERDUE, ['label', 'orders', 'value'], r.overdue.buckets, r.date),
    ...section(t(msg('report.md.delivery', r.window))),
    ...mdTable(DELIVERY, ['completed', 'onTime', 'late', 'onTimeRate', 'averageLeadDays'], [r.delivery], r.date),
    ...section(t(msg('report.section', { section: 'money' }))),
    ...mdTable(MONEY, ['label', 'day', 'monthToDate'], moneyRows(r), r.date),
    t(msg('report.receivable', { value: r.money.receivable, format: 'md' })),
    '',
    ...section(t(msg('report.section', { section: 'production' })), t(msg('report.md.productionNote', {})), ''),
    ...mdTable(PRODUCTION, ['user', 'open', 'done', 'onTime', 'onTimeRate', 'rated', 'averageRating'], r.production.users, r.date),
    ...section(t(msg('report.md.activity', { date: r.date, events: r.activity.events }))),
    ...(r.activity.users.length === 0 ? [t(msg('report.nobody', { format: 'md' })), ''] : mdTable(ACTIVITY, ['user', 'role', 'events', 'actions'], r.activity.users, r.date)),
    ...section(t(msg('report.section', { section: 'trend' }))),
    ...mdTable(TREND, ['date', 'intake', 'deliveries'], r.trend, r.date),
  ]
  return out.join('\n')
}

/** A list's heading, a note when not all its items are listed, and its items. */
function listItems(l: NeedsActionList, date: string): string[] {
  const count = t(msg('report.listCount', { count: l.count, listed: null }))
  return [
    `### ${t(msg('report.counted', { label: NEEDS.title.show!(l), count }))}`,
    '',
    ...(l.truncated ? [t(msg('report.md.firstListed', { count: l.count, listed: l.items.length })), ''] : []),
    ...mdTable(ITEMS, ITEM_SHOWN, l.items.map((item) => ({ list: l, item })), date),
  ]
}
