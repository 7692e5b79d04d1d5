import type { NeedsActionList, StatusReport } from '../../services/status-report.js'
import { bucketLabel, FLOW_ROWS, int, longDate, money, orDash, percent, stamp, statusLabel } from './format.js'
import { columns, esc, horizontalBars, pairedColumns } from './svg.js'

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

/** `report status --format html`: one self-contained, printable page (A4) with inline SVG charts. */
export function renderHtml(r: StatusReport): string {
  const p = r.pipeline
  const rate = r.delivery.onTimeRate
  const kpis = [
    kpi(int(p.open.orders), `open orders · ${money(p.open.value)}`),
    kpi(int(r.needsAction.total), 'need action', r.needsAction.total > 0),
    kpi(int(r.overdue.orders), `overdue · ${money(r.overdue.value)}`, r.overdue.orders > 0),
    kpi(percent(rate), `on time, last 30 days (${int(r.delivery.completed)})`, rate !== null && rate < 0.9),
    kpi(money(r.money.monthToDate.contracted), 'contracted, month to date'),
    kpi(money(r.money.receivable), 'receivable'),
  ].join('')

  const pipelineChart = horizontalBars(
    p.statuses.map((s) => ({ label: statusLabel(s.status), value: s.orders, note: s.orders ? `${int(s.orders)} · ${money(s.value)}` : '0', color: STATUS_COLORS[s.status] ?? '#888' })),
    { width: 520, title: 'Orders by status', labelWidth: 104 },
  )
  const overdueChart = columns(
    r.overdue.buckets.map((b, i) => ({ label: bucketLabel(b.label), value: b.orders, color: BUCKET_COLORS[i] ?? '#b30000' })),
    { width: 520, height: 230, title: 'Overdue orders by days late' },
  )
  const trendChart = pairedColumns(
    r.trend.map((t) => t.date),
    [
      { name: 'New inquiries', color: '#2171b5', values: r.trend.map((t) => t.intake) },
      { name: 'Deliveries', color: '#41ab5d', values: r.trend.map((t) => t.deliveries) },
    ],
    { width: 1060, height: 240, title: 'Intake and deliveries per day, last 30 days', labelEvery: 5 },
  )

  const flowRows = FLOW_ROWS.map(([label, k]) => row([label, num(r.flow.day[k]), num(r.flow.monthToDate[k])], ['', 'n', 'n'])).join('')
  const d = r.delivery
  const body = `
<header>
  <div><h1>Order desk status report</h1><p class="date">${esc(longDate(r.date))}</p></div>
  <p class="meta">As of the end of the business day ${esc(r.date)}<br>Month to date from ${esc(r.monthStart)} · last 30 days from ${esc(r.window.from)}<br>Generated ${esc(stamp(r.generatedAt))}</p>
</header>
<div class="kpis">${kpis}</div>

<section>
  <h2>Pipeline</h2>
  <div class="grid2">
    <div>${pipelineChart}</div>
    <div>
      <table><thead>${row(['Status', 'Orders', 'Value'], ['', 'n', 'n'], 'th')}</thead><tbody>
      ${p.statuses.map((s) => row([statusLabel(s.status), num(s.orders), money(s.value)], ['', 'n', 'n'], 'td', s.orders === 0)).join('')}
      <tr class="sum"><td>open</td><td class="n">${int(p.open.orders)}</td><td class="n">${money(p.open.value)}</td></tr>
      <tr><td>all</td><td class="n">${int(p.total.orders)}</td><td class="n">${money(p.total.value)}</td></tr>
      </tbody></table>
      <table style="margin-top:10px"><thead>${row(['', esc(r.date), 'Month to date'], ['', 'n', 'n'], 'th')}</thead><tbody>${flowRows}</tbody></table>
    </div>
  </div>
</section>

<section class="long">
  <h2>Needs action · ${int(r.needsAction.total)}</h2>
  <table><thead>${row(['Waiting', 'Who acts', 'Count'], ['', '', 'n'], 'th')}</thead><tbody>
  ${r.needsAction.lists.map((l) => row([esc(l.title), esc(l.owner), num(l.count)], ['', '', 'n'], 'td', l.count === 0)).join('')}
  </tbody></table>
  ${r.needsAction.lists.filter((l) => l.count > 0).map(listHtml).join('\n')}
</section>

<section>
  <h2>Overdue · ${int(r.overdue.orders)} orders · ${money(r.overdue.value)}</h2>
  <div class="grid2">
    <div>${overdueChart}</div>
    <div>
      <table><thead>${row(['Late by', 'Orders', 'Value'], ['', 'n', 'n'], 'th')}</thead><tbody>
      ${r.overdue.buckets.map((b) => row([esc(bucketLabel(b.label)), num(b.orders), money(b.value)], ['', 'n', 'n'], 'td', b.orders === 0)).join('')}
      <tr class="sum"><td>total</td><td class="n">${int(r.overdue.orders)}</td><td class="n">${money(r.overdue.value)}</td></tr>
      </tbody></table>
      <p class="note">Contracted orders whose promised date is before ${esc(r.date)} and that were not delivered by then.</p>
    </div>
  </div>
</section>

<section>
  <h2>Intake and deliveries, last 30 days</h2>
  ${trendChart}
  <p class="note">New inquiries (typed or imported) and shipments delivered per business day, ${esc(r.window.from)} to ${esc(r.window.to)}.</p>
</section>

<section>
  <div class="grid2">
    <div>
      <h2>Delivery, last 30 days</h2>
      <table><tbody>
      ${row(['Orders completed', num(d.completed)], ['', 'n'])}
      ${row(['On time', num(d.onTime)], ['', 'n'])}
      ${row(['Late', num(d.late)], ['', 'n'])}
      ${row(['On-time rate', percent(d.onTimeRate)], ['', 'n'])}
      ${row(['Average lead time, inquiry → delivery', orDash(d.averageLeadDays, (x) => `${x.toFixed(1)} days`)], ['', 'n'])}
      </tbody></table>
    </div>
    <div>
      <h2>Money</h2>
      <table><thead>${row(['', esc(r.date), 'Month to date'], ['', 'n', 'n'], 'th')}</thead><tbody>
      ${row([`Contracted <span class="muted">(${int(r.money.day.contracts)} / ${int(r.money.monthToDate.contracts)})</span>`, money(r.money.day.contracted), money(r.money.monthToDate.contracted)], ['', 'n', 'n'])}
      ${row(['Received', money(r.money.day.received), money(r.money.monthToDate.received)], ['', 'n', 'n'])}
      ${row(['Invoiced', money(r.money.day.invoiced), money(r.money.monthToDate.invoiced)], ['', 'n', 'n'])}
      <tr class="sum"><td>Receivable</td><td></td><td class="n">${money(r.money.receivable)}</td></tr>
      </tbody></table>
      <p class="note">Receivable: total − paid over contracted orders (not lost or cancelled) at the end of the day.</p>
    </div>
  </div>
</section>

<section>
  <h2>Production by MC user</h2>
  <table><thead>${row(['MC user', 'Open', 'Done (30 days)', 'On time', 'On-time rate', 'Rated', 'Average rating'], ['', 'n', 'n', 'n', 'n', 'n', 'n'], 'th')}</thead><tbody>
  ${r.production.users.map((u) => row([esc(u.user), num(u.open), num(u.done), num(u.onTime), percent(u.onTimeRate), num(u.rated), orDash(u.averageRating, (x) => x.toFixed(2))], ['', 'n', 'n', 'n', 'n', 'n', 'n'])).join('') || '<tr><td colspan="7" class="muted">no MC users</td></tr>'}
  </tbody></table>
  <p class="note">Open: dispatched, accepted or in progress at the end of the day. On time: finished on or before the date MC committed.</p>
</section>

<section>
  <h2>Activity on ${esc(r.date)} · ${int(r.activity.events)} events</h2>
  <table><thead>${row(['User', 'Role', 'Events', 'What'], ['', '', 'n', ''], 'th')}</thead><tbody>
  ${r.activity.users.map((u) => row([esc(u.user), esc(u.role ?? '—'), num(u.events), esc(u.actions.map((a) => `${a.action} ${a.events}`).join(', '))], ['', '', 'n', ''])).join('') || '<tr><td colspan="4" class="muted">nobody recorded anything</td></tr>'}
  </tbody></table>
</section>

<footer>orderdesk report status --date ${esc(r.date)} · figures as of the end of the business day from the audit trail and dated records; ${r.limit > 0 ? `at most ${r.limit} items listed per needs-action list` : 'every item listed'}.</footer>`
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Status report ${esc(r.date)} · orderdesk</title>
<style>${CSS}</style>
</head>
<body>${body}
</body>
</html>
`
}

function kpi(n: string, label: string, warn = false): string {
  return `<div class="kpi${warn ? ' warn' : ''}"><div class="n">${esc(n)}</div><div class="l">${esc(label)}</div></div>`
}

const num = int

/** Keeps dates on one line (a browser may break after a hyphen). */
const nowrapDates = (html: string) => html.replace(/\d{4}-\d\d-\d\d/g, '<span class="nw">$&</span>')

/** A table row; `cls` per cell ('n' right-aligned numbers); cells are already escaped HTML. */
function row(cells: string[], cls: string[], tag: 'td' | 'th' = 'td', zero = false): string {
  return `<tr${zero ? ' class="zero-row"' : ''}>${cells.map((c, i) => `<${tag}${cls[i] ? ` class="${cls[i]}${zero && tag === 'td' ? ' zero' : ''}"` : zero && tag === 'td' ? ' class="zero"' : ''}>${c}</${tag}>`).join('')}</tr>`
}

function listHtml(l: NeedsActionList): string {
  const items = l.items
    .map((i) => {
      const ref = i.ref && i.ref.startsWith(i.order) ? i.ref : i.ref ? `${i.order} ${/^\d+$/.test(i.ref) ? '#' : ''}${i.ref}` : i.order
      return `<tr><td class="ord">${esc(ref)}${i.rush ? ' <span class="rush">RUSH</span>' : ''}</td><td>${esc(i.customer)} <span class="muted">${esc(i.customerName)}</span></td><td class="n">${i.ageDays} d</td><td>${nowrapDates(esc(i.detail))}</td><td class="cmd"><code>${i.next.split(' ').map((t) => `<span class="nw">${esc(t)}</span>`).join(' ')}</code></td></tr>`
    })
    .join('')
  return `<h3>${esc(l.title)} <span class="count">(${int(l.count)}${l.truncated ? `, first ${l.items.length} listed` : ''})</span><span class="owner">${esc(l.owner)}</span></h3>
  <table class="items"><colgroup><col style="width:15%"><col style="width:21%"><col style="width:6%"><col style="width:28%"><col style="width:30%"></colgroup>
  <thead><tr><th>Order</th><th>Customer</th><th class="n">Age</th><th>Detail</th><th>Next</th></tr></thead><tbody>${items}</tbody></table>`
}
