import { msg } from '../../domain/message.js'
import { t } from '../../messages/index.js'
import type { NeedsActionList, StatusReport } from '../../read/report/model.js'
import { headOf, textCell, unwrap, type Row, type Table } from './columns.js'
import { pad, sparkline, table, truncate, width, wrap } from './layout.js'
import { flowRows, moneyRows, pipelineRows } from './rows.js'
import { ACTIVITY, FLOW, ITEMS, MONEY, NEEDS, OVERDUE, PIPELINE, PRODUCTION, type ItemRow } from './tables.js'

/** The widest line of the text report. */
const TEXT_WIDTH = 100

export interface TextStyle {
  bold(s: string): string
}

type Bold = (s: string) => string

/** A declared table as text lines: columns sized to their content, at most the report's width, indented two. */
function textTable<R, K extends string>(tbl: Table<R, K>, keys: readonly K[], rows: Row<R>[], date: string): string[] {
  const columns = keys.map((k) => ({ head: headOf(tbl[k], 'text', date), align: tbl[k].align, flex: tbl[k].flex, min: tbl[k].min }))
  const cells = rows.map((row) => {
    const { r, label } = unwrap(row)
    return keys.map((k, i) => (i === 0 && label !== null ? label : textCell(tbl[k], r)))
  })
  return table(columns, cells, { max: TEXT_WIDTH, indent: 2 })
}

/**
 * `report status --format text`: the report as plain text for a terminal or an e-mail, every
 * line at most 100 columns. `style` adds bold headings on a terminal (null: plain).
 */
export function renderText(r: StatusReport, style: TextStyle | null = null): string {
  const b: Bold = (s) => (style ? style.bold(s) : s)
  const sections = [pipeline(r, b), needsAction(r, b), overdue(r, b), delivery(r, b), money(r, b), production(r, b), activity(r, b)]
  return `${[...heading(r, b), ...sections.flat()].join('\n')}\n`
}

/** A section's heading, after an empty line. */
const section = (b: Bold, title: string) => ['', b(title)]

function heading(r: StatusReport, b: Bold): string[] {
  const W = TEXT_WIDTH
  const title = t(msg('report.text.title', { date: r.date }))
  const gen = t(msg('report.text.generated', { generatedAt: r.generatedAt }))
  return [
    b(width(title) + 2 + width(gen) <= W ? `${title}${' '.repeat(W - width(title) - width(gen))}${gen}` : title),
    ...wrap(t(msg('report.text.asOf', { date: r.date, monthStart: r.monthStart, from: r.window.from, generatedAt: r.generatedAt })), W),
  ]
}

function pipeline(r: StatusReport, b: Bold): string[] {
  const intake = r.trend.map((d) => d.intake)
  const deliveries = r.trend.map((d) => d.deliveries)
  const line = (label: string, values: number[], total: string) => `  ${pad(label, 12)}|${sparkline(values)}|  ${total}`
  const sum = (xs: number[]) => xs.reduce((a, x) => a + x, 0)
  return [
    ...section(b, t(msg('report.text.pipeline', {}))),
    ...textTable(PIPELINE, ['status', 'orders', 'value'], pipelineRows(r), r.date),
    '',
    ...textTable(FLOW, ['label', 'day', 'monthToDate'], flowRows(r), r.date),
    '',
    `  ${t(msg('report.text.trend', r.window))}`,
    line(t(msg('report.text.trendIntake', {})), intake, t(msg('report.text.intakeTotal', { count: sum(intake) }))),
    line(t(msg('report.text.trendDeliveries', {})), deliveries, t(msg('report.text.deliveriesTotal', { count: sum(deliveries) }))),
  ]
}

function needsAction(r: StatusReport, b: Bold): string[] {
  return [
    ...section(b, t(msg('report.text.needsAction', { total: r.needsAction.total }))),
    ...textTable(NEEDS, ['title', 'owner', 'count'], r.needsAction.lists, r.date),
    ...r.needsAction.lists.filter((l) => l.count > 0).flatMap((l) => listItems(l, b)),
  ]
}

/** A list's items: order (and what in it), customer, age and detail on one line, the next command under it. */
function listItems(l: NeedsActionList, b: Bold): string[] {
  const W = TEXT_WIDTH
  const rows: ItemRow[] = l.items.map((item) => ({ list: l, item }))
  const cell = (k: 'order' | 'customer' | 'ageDays' | 'detail' | 'next', row: ItemRow) => textCell(ITEMS[k], row)
  const refW = Math.max(...rows.map((i) => width(cell('order', i))))
  const ageW = Math.max(...rows.map((i) => width(cell('ageDays', i))))
  const custW = Math.min(28, Math.max(...rows.map((i) => width(cell('customer', i)))))
  const count = t(msg('report.listCount', { count: l.count, listed: l.truncated ? l.items.length : null }))
  const out = ['', `  ${t(msg('report.counted', { label: b(NEEDS.title.show!(l)), count }))}`]
  for (const i of rows) {
    const head = `    ${pad(cell('order', i), refW)}  ${pad(truncate(cell('customer', i), custW), custW)}  ${pad(cell('ageDays', i), ageW, 'right')}  `
    out.push(`${head}${truncate(cell('detail', i), W - width(head))}`.replace(/\s+$/, ''))
    out.push(truncate(`${' '.repeat(Math.min(refW + 6, 20))}${t(msg('report.text.next', { command: cell('next', i) }))}`, W))
  }
  return out
}

function overdue(r: StatusReport, b: Bold): string[] {
  return [...section(b, t(msg('report.text.overdue', r.overdue))), ...textTable(OVERDUE, ['label', 'orders', 'value'], r.overdue.buckets, r.date)]
}

function delivery(r: StatusReport, b: Bold): string[] {
  return [
    ...section(b, t(msg('report.text.delivery', r.window))),
    ...wrap(t(msg('report.text.deliveryFigures', r.delivery)), TEXT_WIDTH - 2).map((l) => `  ${l}`),
  ]
}

function money(r: StatusReport, b: Bold): string[] {
  return [
    ...section(b, t(msg('report.text.money', {}))),
    ...textTable(MONEY, ['label', 'day', 'monthToDate'], moneyRows(r), r.date),
    `  ${t(msg('report.receivable', { value: r.money.receivable, format: 'text' }))}`,
  ]
}

function production(r: StatusReport, b: Bold): string[] {
  const keys = ['user', 'open', 'done', 'onTime', 'onTimeRate', 'rated', 'averageRating'] as const
  return [
    ...section(b, t(msg('report.text.production', {}))),
    ...(r.production.users.length === 0 ? [`  ${t(msg('report.noMcUsers', {}))}`] : textTable(PRODUCTION, keys, r.production.users, r.date)),
  ]
}

/** Who did what: user (role), events, and the actions wrapped under each other. */
function activity(r: StatusReport, b: Bold): string[] {
  const W = TEXT_WIDTH
  const out = section(b, t(msg('report.text.activity', { date: r.date, events: r.activity.events })))
  if (r.activity.users.length === 0) return [...out, `  ${t(msg('report.nobody', { format: 'text' }))}`]
  const users = r.activity.users.map((u) => ({ user: textCell(ACTIVITY.user, u), events: textCell(ACTIVITY.events, u), what: textCell(ACTIVITY.actions, u) }))
  const [userHead, eventsHead, whatHead] = (['user', 'events', 'actions'] as const).map((k) => headOf(ACTIVITY[k], 'text', r.date))
  const userW = Math.max(width(userHead!), ...users.map((u) => width(u.user)))
  const countW = Math.max(width(eventsHead!), ...users.map((u) => width(u.events)))
  out.push(`  ${pad(userHead!, userW)}  ${pad(eventsHead!, countW, 'right')}  ${whatHead}`)
  out.push(`  ${'─'.repeat(userW)}  ${'─'.repeat(countW)}  ${'─'.repeat(width(whatHead!))}`)
  const whatW = W - 2 - userW - 2 - countW - 2
  for (const u of users) {
    wrap(u.what, whatW).forEach((l, i) => out.push(i === 0 ? `  ${pad(u.user, userW)}  ${pad(u.events, countW, 'right')}  ${l}` : `${' '.repeat(W - whatW)}${l}`))
  }
  return out
}
