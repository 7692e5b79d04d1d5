import { formatCount as int, formatRate as percent } from '../../domain/counts.js'
import { msg } from '../../domain/message.js'
import { formatMoneyGrouped as money } from '../../domain/money.js'
import { t } from '../../messages/index.js'
import type { NeedsActionList, StatusReport } from '../../read/report/model.js'
import { headOf, Labelled, unwrap, type Column, type Row, type Table } from './columns.js'
import { flowRows, moneyRows, pipelineRows } from './rows.js'
import { columns, esc, horizontalBars, pairedColumns } from './svg.js'
import { ACTIVITY, DELIVERY, FLOW, ITEM_SHOWN, ITEMS, MONEY, NEEDS, OVERDUE, PIPELINE, PRODUCTION, TREND } from './tables.js'

/** Colours by stage of the lifecycle (also readable in greyscale print: they differ in lightness). */
const STATUS_COLORS: Record<string, string> = {
  inquiry: '#9ecae1',
  offered: '#6baed6',
  lost: '#bdbdbd',
  contracted: '#fdae6b',
  confirmed: '#fd8d3c',
  in_production: '#e6550d',
  ready: '#74c476',
  shipping: '#41ab5d',
  shipped: '#238b45',
  completed: '#005a32',
  cancelled: '#969696',
}
const BUCKET_COLORS = ['#fdd49e', '#fc8d59', '#e34a33', '#b30000']

const CSS = `
@page { size: A4; margin: 12mm 12mm 14mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font: 10.5pt/1.4 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif;
  color: #1a1a1a; margin: 0 auto; max-width: 1100px; padding: 20px 24px; background: #fff; }
@media print { body { max-width: none; padding: 0; font-size: 9.5pt; } }
header { border-bottom: 3px solid #1f3b57; padding-bottom: 6px; margin-bottom: 10px; display: flex; justify-content: space-between; align-items: flex-end; gap: 12px; }
h1 { font-size: 19pt; margin: 0; color: #1f3b57; letter-spacing: .2px; white-space: nowrap; }
header .date { font-size: 12.5pt; margin: 2px 0 0; }
header .meta { font-size: 8.5pt; color: #555; text-align: right; margin: 0; }
h2 { font-size: 12.5pt; color: #1f3b57; border-bottom: 1px solid #c9d3dd; padding-bottom: 2px; margin: 16px 0 8px; }
h3 { font-size: 10.5pt; margin: 12px 0 4px; }
h3 .count { color: #555; font-weight: normal; }
h3 .owner { float: right; color: #555; font-weight: normal; font-size: 9pt; }
section { break-inside: avoid; }
section.long { break-inside: auto; }
.kpis { display: grid; grid-template-columns: repeat(6, 1fr); gap: 6px; margin: 8px 0 4px; }
.kpi { border: 1px solid #d5dde5; border-radius: 4px; padding: 6px 8px; background: #f6f8fa; }
.kpi .n { font-size: 15pt; font-weight: 650; color: #1f3b57; line-height: 1.2; }
.kpi .l { font-size: 8pt; color: #555; }
.kpi.warn .n { color: #b30000; }
.grid2 { display: grid; grid-template-columns: 1.1fr 1fr; gap: 14px; align-items: start; }
table { border-collapse: collapse; width: 100%; font-size: 9.5pt; }
th, td { padding: 3px 6px; border-bottom: 1px solid #e3e8ee; text-align: left; vertical-align: top; }
th { background: #eef2f6; font-weight: 600; color: #333; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.sum td { font-weight: 600; border-top: 1px solid #9aa8b6; }
tr { break-inside: avoid; }
td.zero { color: #999; }
code { font: 8.5pt/1.3 ui-monospace, "DejaVu Sans Mono", "Noto Sans Mono", monospace; background: #f2f4f7; padding: 1px 3px; border-radius: 3px; white-space: nowrap; }
table.items { table-layout: fixed; }
table.items td { overflow-wrap: break-word; }
td.ord, .nw { white-space: nowrap; }
td.cmd code { white-space: normal; }
.rush { color: #b30000; font-weight: 600; font-size: 8pt; }
.muted { color: #666; }
.note { font-size: 8.5pt; color: #555; margin: 4px 0 0; }
svg { display: block; max-width: 100%; height: auto; }
svg text { font-family: inherit; }
svg .lbl { font-size: 12.5px; fill: #333; }
svg .val { font-size: 12px; fill: #1a1a1a; }
svg .tick { font-size: 11px; fill: #666; }
svg .axis { stroke: #888; stroke-width: 1; }
svg .grid { stroke: #e3e8ee; stroke-width: 1; }
footer { margin-top: 18px; border-top: 1px solid #c9d3dd; padding-top: 4px; font-size: 8pt; color: #666; }
`

/** A page in Chinese: Chinese fonts first (else a Latin font's fallback may draw the characters in a Japanese form). */
const CJK_CSS = `body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; }
`

/** `report status --format html`: one self-contained, printable page (A4) with inline SVG charts. */
export function renderHtml(r: StatusReport): string {
  const body = [header(r), pipeline(r), needsAction(r), overdue(r), trend(r), deliveryAndMoney(r), production(r), activity(r), footer(r)].join('\n\n')
  const lang = t(msg('report.html.lang', {}))
  return `<!DOCTYPE html>
<html lang="${esc(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(t(msg('report.html.title', { date: r.date })))}</title>
<style>${CSS}${lang.startsWith('zh') ? CJK_CSS : ''}</style>
</head>
<body>
${body}
</body>
</html>
`
}

/** The heading, the date in words, what the figures are as of, and the six key figures. */
function header(r: StatusReport): string {
  const p = r.pipeline
  const rate = r.delivery.onTimeRate
  const kpis = [
    kpi(int(p.open.orders), t(msg('report.html.kpiOpen', { value: p.open.value }))),
    kpi(int(r.needsAction.total), t(msg('report.html.kpiNeedsAction', {})), r.needsAction.total > 0),
    kpi(int(r.overdue.orders), t(msg('report.html.kpiOverdue', { value: r.overdue.value })), r.overdue.orders > 0),
    kpi(percent(rate), t(msg('report.html.kpiOnTime', { completed: r.delivery.completed })), rate !== null && rate < 0.9),
    kpi(t(msg('name.money', { minor: r.money.monthToDate.contracted, grouped: true })), t(msg('report.html.kpiContracted', {}))),
    kpi(t(msg('name.money', { minor: r.money.receivable, grouped: true })), t(msg('report.html.kpiReceivable', {}))),
  ].join('')
  const meta = [
    t(msg('report.html.asOf', { date: r.date })),
    t(msg('report.html.period', { monthStart: r.monthStart, from: r.window.from })),
    t(msg('report.html.generated', { generatedAt: r.generatedAt })),
  ]
  return `<header>
  <div><h1>${esc(t(msg('report.html.heading', {})))}</h1><p class="date">${esc(t(msg('report.longDate', { date: r.date })))}</p></div>
  <p class="meta">${meta.map(esc).join('<br>')}</p>
</header>
<div class="kpis">${kpis}</div>`
}

function pipeline(r: StatusReport): string {
  const keys = ['status', 'orders', 'value'] as const
  const rows = pipelineRows(r)
  const chart = horizontalBars(
    r.pipeline.statuses.map((s) => ({
      label: PIPELINE.status.show!(s),
      value: s.orders,
      note: s.orders ? `${int(s.orders)} · ${money(s.value)}` : '0',
      color: STATUS_COLORS[s.status] ?? '#888',
    })),
    { width: 520, title: t(msg('report.html.pipelineChart', {})), labelWidth: 104 },
  )
  const flowKeys = ['label', 'day', 'monthToDate'] as const
  return `<section>
  <h2>${esc(t(msg('report.section', { section: 'pipeline' })))}</h2>
  <div class="grid2">
    <div>${chart}</div>
    <div>
      <table><thead>${headRow(PIPELINE, keys, r.date)}</thead><tbody>
      ${bodyRows(PIPELINE, keys, rows.slice(0, -2), { zero: (s) => s.orders === 0 })}
      ${rows
        .slice(-2)
        .map((x) => bodyRows(PIPELINE, keys, [x]))
        .join('\n      ')}
      </tbody></table>
      <table style="margin-top:10px"><thead>${headRow(FLOW, flowKeys, r.date)}</thead><tbody>${bodyRows(FLOW, flowKeys, flowRows(r))}</tbody></table>
    </div>
  </div>
</section>`
}

function needsAction(r: StatusReport): string {
  const keys = ['title', 'owner', 'count'] as const
  const lists = r.needsAction.lists
  return `<section class="long">
  <h2>${esc(t(msg('report.html.needsAction', { total: r.needsAction.total })))}</h2>
  <table><thead>${headRow(NEEDS, keys, r.date)}</thead><tbody>
  ${bodyRows(NEEDS, keys, lists, { zero: (l) => l.count === 0 })}
  </tbody></table>
  ${lists
    .filter((l) => l.count > 0)
    .map((l) => listHtml(l, r.date))
    .join('\n')}
</section>`
}

/** The share of the page's width each column of a list's items takes. */
const ITEM_WIDTHS = ['15%', '21%', '6%', '28%', '30%']

function listHtml(l: NeedsActionList, date: string): string {
  const count = t(msg('report.listCount', { count: l.count, listed: l.truncated ? l.items.length : null }))
  const items = bodyRows(ITEMS, ITEM_SHOWN, l.items.map((item) => ({ list: l, item })))
  const heading = t(msg('report.counted', { label: esc(NEEDS.title.show!(l)), count: `<span class="count">${esc(count)}</span>` }))
  return `<h3>${heading}<span class="owner">${esc(NEEDS.owner.show!(l))}</span></h3>
  <table class="items"><colgroup>${ITEM_WIDTHS.map((w) => `<col style="width:${w}">`).join('')}</colgroup>
  <thead>${headRow(ITEMS, ITEM_SHOWN, date)}</thead><tbody>${items}</tbody></table>`
}

function overdue(r: StatusReport): string {
  const keys = ['label', 'orders', 'value'] as const
  const chart = columns(
    r.overdue.buckets.map((b, i) => ({ label: OVERDUE.label.show!(b), value: b.orders, color: BUCKET_COLORS[i] ?? '#b30000' })),
    { width: 520, height: 230, title: t(msg('report.html.overdueChart', {})) },
  )
  const total = new Labelled(t(msg('report.sum', { sum: 'total' })), { label: '', minDays: 0, maxDays: null, orders: r.overdue.orders, value: r.overdue.value }, true)
  return `<section>
  <h2>${esc(t(msg('report.html.overdue', r.overdue)))}</h2>
  <div class="grid2">
    <div>${chart}</div>
    <div>
      <table><thead>${headRow(OVERDUE, keys, r.date)}</thead><tbody>
      ${bodyRows(OVERDUE, keys, r.overdue.buckets, { zero: (b) => b.orders === 0 })}
      ${bodyRows(OVERDUE, keys, [total])}
      </tbody></table>
      <p class="note">${esc(t(msg('report.html.overdueNote', { date: r.date })))}</p>
    </div>
  </div>
</section>`
}

function trend(r: StatusReport): string {
  const chart = pairedColumns(
    r.trend.map((d) => d.date),
    [
      { name: legend(headOf(TREND.intake, 'html', r.date), r.trend.map((d) => d.intake)), color: '#2171b5', values: r.trend.map((d) => d.intake) },
      { name: legend(headOf(TREND.deliveries, 'html', r.date), r.trend.map((d) => d.deliveries)), color: '#41ab5d', values: r.trend.map((d) => d.deliveries) },
    ],
    { width: 1060, height: 240, title: t(msg('report.html.trendChart', {})), labelEvery: 5 },
  )
  return `<section>
  <h2>${esc(t(msg('report.section', { section: 'trend' })))}</h2>
  ${chart}
  <p class="note">${esc(t(msg('report.html.trendNote', r.window)))}</p>
</section>`
}

/** A series in the chart's legend: its name and its total. */
const legend = (name: string, values: number[]) => t(msg('report.html.legend', { name, total: values.reduce((a, v) => a + v, 0) }))

function deliveryAndMoney(r: StatusReport): string {
  const moneyKeys = ['label', 'day', 'monthToDate'] as const
  const fields = (['completed', 'onTime', 'late', 'onTimeRate', 'averageLeadDays'] as const).map((k) =>
    row([esc(headOf(DELIVERY[k], 'html', r.date)), cellHtml(DELIVERY[k], r.delivery)], ['', clsOf(DELIVERY[k])]),
  )
  const receivable = `<tr class="sum"><td>${esc(t(msg('report.money', { money: 'receivable' })))}</td><td></td><td class="n">${money(r.money.receivable)}</td></tr>`
  return `<section>
  <div class="grid2">
    <div>
      <h2>${esc(t(msg('report.section', { section: 'delivery' })))}</h2>
      <table><tbody>
      ${fields.join('\n      ')}
      </tbody></table>
    </div>
    <div>
      <h2>${esc(t(msg('report.section', { section: 'money' })))}</h2>
      <table><thead>${headRow(MONEY, moneyKeys, r.date)}</thead><tbody>
      ${bodyRows(MONEY, moneyKeys, moneyRows(r), { between: '\n      ' })}
      ${receivable}
      </tbody></table>
      <p class="note">${esc(t(msg('report.html.receivableNote', {})))}</p>
    </div>
  </div>
</section>`
}

function production(r: StatusReport): string {
  const keys = ['user', 'open', 'done', 'onTime', 'onTimeRate', 'rated', 'averageRating'] as const
  return `<section>
  <h2>${esc(t(msg('report.section', { section: 'production' })))}</h2>
  <table><thead>${headRow(PRODUCTION, keys, r.date)}</thead><tbody>
  ${bodyRows(PRODUCTION, keys, r.production.users) || none(keys.length, t(msg('report.noMcUsers', {})))}
  </tbody></table>
  <p class="note">${esc(t(msg('report.html.productionNote', {})))}</p>
</section>`
}

function activity(r: StatusReport): string {
  const keys = ['user', 'role', 'events', 'actions'] as const
  return `<section>
  <h2>${esc(t(msg('report.html.activity', { date: r.date, events: r.activity.events })))}</h2>
  <table><thead>${headRow(ACTIVITY, keys, r.date)}</thead><tbody>
  ${bodyRows(ACTIVITY, keys, r.activity.users) || none(keys.length, t(msg('report.nobody', { format: 'html' })))}
  </tbody></table>
</section>`
}

const footer = (r: StatusReport) => `<footer>${esc(t(msg('report.html.footer', { date: r.date, limit: r.limit })))}</footer>`

function kpi(n: string, label: string, warn = false): string {
  return `<div class="kpi${warn ? ' warn' : ''}"><div class="n">${esc(n)}</div><div class="l">${esc(label)}</div></div>`
}

/** A row standing for an empty table. */
const none = (span: number, text: string) => `<tr><td colspan="${span}" class="muted">${esc(text)}</td></tr>`

/** A column's class: its own, else `n` when right-aligned. */
const clsOf = (c: Column<never>) => c.cls ?? (c.align === 'right' ? 'n' : '')

/** A cell of a declared column as HTML: its own markup, or its text escaped. */
const cellHtml = <R>(c: Column<R>, r: R) => (c.html ? c.html(r) : esc(c.show!(r)))

function headRow<R, K extends string>(tbl: Table<R, K>, keys: readonly K[], date: string): string {
  return row(
    keys.map((k) => esc(headOf(tbl[k], 'html', date))),
    keys.map((k) => (tbl[k].align === 'right' ? 'n' : '')),
    { tag: 'th' },
  )
}

/** Rows of a declared table (`zero`: greyed; a labelled sum: ruled), `between` them (default nothing). */
function bodyRows<R, K extends string>(tbl: Table<R, K>, keys: readonly K[], rows: Row<R>[], opts: { zero?: (r: R) => boolean; between?: string } = {}): string {
  const cls = keys.map((k) => clsOf(tbl[k]))
  return rows
    .map((x) => {
      const { r, label, sum } = unwrap(x)
      const cells = keys.map((k, i) => (i === 0 && label !== null ? esc(label) : cellHtml(tbl[k], r)))
      return row(cells, cls, { zero: label === null && (opts.zero?.(r) ?? false), sum })
    })
    .join(opts.between ?? '')
}

/** A table row; `cls` per cell ('n' right-aligned numbers); cells are already escaped HTML. */
function row(cells: string[], cls: string[], opts: { tag?: 'td' | 'th'; zero?: boolean; sum?: boolean } = {}): string {
  const { tag = 'td', zero = false, sum = false } = opts
  const greyed = zero && tag === 'td'
  const cellClass = (c: string) => (c ? ` class="${c}${greyed ? ' zero' : ''}"` : greyed ? ' class="zero"' : '')
  return `<tr${sum ? ' class="sum"' : zero ? ' class="zero-row"' : ''}>${cells.map((c, i) => `<${tag}${cellClass(cls[i]!)}>${c}</${tag}>`).join('')}</tr>`
}
