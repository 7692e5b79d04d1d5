import type { StatusReport } from '../../services/status-report.js'
import { bucketLabel, FLOW_ROWS, int, longDate, money, orDash, percent, stamp, statusLabel } from './format.js'
import { pad, sparkline, table, truncate, width, wrap } from './layout.js'

/** The widest line of the text report. */
export const TEXT_WIDTH = 100

export interface TextStyle {
  bold(s: string): string
}

/**
 * `report status --format text`: the report as plain text for a terminal or an e-mail, every
 * line at most 100 columns. `style` adds bold headings on a terminal (null: plain).
 */
export function renderText(r: StatusReport, style: TextStyle | null = null): string {
  const W = TEXT_WIDTH
  const b = (s: string) => (style ? style.bold(s) : s)
  const out: string[] = []
  const heading = (s: string) => out.push('', b(s))

  const title = `ORDERDESK STATUS REPORT  ${longDate(r.date)} (${r.date})`
  const gen = `generated ${stamp(r.generatedAt)}`
  out.push(b(width(title) + 2 + width(gen) <= W ? `${title}${' '.repeat(W - width(title) - width(gen))}${gen}` : title))
  out.push(...wrap(`As of the end of the business day ${r.date}. Month to date from ${r.monthStart}; last 30 days from ${r.window.from}.`, W))

  heading('PIPELINE')
  out.push(
    ...table(
      [{ head: 'Status' }, { head: 'Orders', align: 'right' }, { head: 'Value', align: 'right' }],
      [
        ...r.pipeline.statuses.map((s) => [statusLabel(s.status), int(s.orders), money(s.value)]),
        ['open', int(r.pipeline.open.orders), money(r.pipeline.open.value)],
        ['all', int(r.pipeline.total.orders), money(r.pipeline.total.value)],
      ],
      { max: W, indent: 2 },
    ),
  )
  out.push('')
  out.push(
    ...table(
      [{ head: 'Flow' }, { head: r.date, align: 'right' }, { head: 'Month to date', align: 'right' }],
      FLOW_ROWS.map(([label, k]) => [label, int(r.flow.day[k]), int(r.flow.monthToDate[k])]),
      { max: W, indent: 2 },
    ),
  )
  const intake = r.trend.map((d) => d.intake)
  const deliveries = r.trend.map((d) => d.deliveries)
  out.push('', `  Last 30 days (${r.window.from} to ${r.window.to}), one character a day:`)
  out.push(`  Intake      |${sparkline(intake)}|  ${int(intake.reduce((a, x) => a + x, 0))} inquiries`)
  out.push(`  Deliveries  |${sparkline(deliveries)}|  ${int(deliveries.reduce((a, x) => a + x, 0))} shipments delivered`)

  heading(`NEEDS ACTION: ${int(r.needsAction.total)}`)
  out.push(
    ...table(
      [{ head: 'Waiting', flex: true }, { head: 'Who', min: 3 }, { head: 'Count', align: 'right' }],
      r.needsAction.lists.map((l) => [l.title, l.owner, int(l.count)]),
      { max: W, indent: 2 },
    ),
  )
  for (const l of r.needsAction.lists) {
    if (l.count === 0) continue
    out.push('', `  ${b(l.title)} (${int(l.count)}${l.truncated ? `, first ${l.items.length} listed` : ''})`)
    const refW = Math.max(...l.items.map((i) => width(itemRef(i.order, i.ref, i.rush))))
    const ageW = Math.max(...l.items.map((i) => width(`${i.ageDays}d`)))
    const custW = Math.min(28, Math.max(...l.items.map((i) => width(`${i.customer} ${i.customerName}`))))
    for (const i of l.items) {
      const head = `    ${pad(itemRef(i.order, i.ref, i.rush), refW)}  ${pad(truncate(`${i.customer} ${i.customerName}`, custW), custW)}  ${pad(`${i.ageDays}d`, ageW, 'right')}  `
      out.push(`${head}${truncate(i.detail, W - width(head))}`.replace(/\s+$/, ''))
      out.push(truncate(`${' '.repeat(Math.min(refW + 6, 20))}next: ${i.next}`, W))
    }
  }

  heading(`OVERDUE: ${int(r.overdue.orders)} orders past the promised date, not delivered (${money(r.overdue.value)})`)
  out.push(
    ...table(
      [{ head: 'Late by' }, { head: 'Orders', align: 'right' }, { head: 'Value', align: 'right' }],
      r.overdue.buckets.map((x) => [bucketLabel(x.label), int(x.orders), money(x.value)]),
      { max: W, indent: 2 },
    ),
  )

  heading(`DELIVERY, LAST 30 DAYS (${r.window.from} to ${r.window.to})`)
  const d = r.delivery
  out.push(
    ...wrap(
      `Orders completed: ${int(d.completed)}; on time ${int(d.onTime)}, late ${int(d.late)}; on-time rate ${percent(d.onTimeRate)}; average lead time inquiry → delivery ${orDash(d.averageLeadDays, (x) => `${x.toFixed(1)} days`)}.`,
      W - 2,
    ).map((l) => `  ${l}`),
  )

  heading('MONEY')
  out.push(
    ...table(
      [{ head: '' }, { head: r.date, align: 'right' }, { head: 'Month to date', align: 'right' }],
      [
        [`Contracted (${int(r.money.day.contracts)} / ${int(r.money.monthToDate.contracts)} contracts)`, money(r.money.day.contracted), money(r.money.monthToDate.contracted)],
        ['Received', money(r.money.day.received), money(r.money.monthToDate.received)],
        ['Invoiced', money(r.money.day.invoiced), money(r.money.monthToDate.invoiced)],
      ],
      { max: W, indent: 2 },
    ),
  )
  out.push(`  Receivable at the end of the day (contracted orders, total − paid): ${money(r.money.receivable)}`)

  heading('PRODUCTION BY MC USER (open at the end of the day; done in the last 30 days)')
  out.push(
    ...(r.production.users.length === 0
      ? ['  no MC users']
      : table(
          [
            { head: 'MC user', flex: true },
            { head: 'Open', align: 'right' },
            { head: 'Done', align: 'right' },
            { head: 'On time', align: 'right' },
            { head: 'On-time rate', align: 'right' },
            { head: 'Rated', align: 'right' },
            { head: 'Avg rating', align: 'right' },
          ],
          r.production.users.map((u) => [
            u.user,
            int(u.open),
            int(u.done),
            int(u.onTime),
            percent(u.onTimeRate),
            int(u.rated),
            orDash(u.averageRating, (x) => x.toFixed(2)),
          ]),
          { max: W, indent: 2 },
        )),
  )

  heading(`ACTIVITY ON ${r.date}: ${int(r.activity.events)} events in the audit trail`)
  if (r.activity.users.length === 0) out.push('  nobody recorded anything')
  else {
    const userW = Math.max(4, ...r.activity.users.map((u) => width(`${u.user} (${u.role ?? '?'})`)))
    const countW = Math.max(6, ...r.activity.users.map((u) => width(int(u.events))))
    out.push(`  ${pad('User', userW)}  ${pad('Events', countW, 'right')}  What`)
    out.push(`  ${'─'.repeat(userW)}  ${'─'.repeat(countW)}  ${'─'.repeat(4)}`)
    const whatW = W - 2 - userW - 2 - countW - 2
    for (const u of r.activity.users) {
      const lines = wrap(u.actions.map((a) => `${a.action} ${a.events}`).join(', '), whatW)
      lines.forEach((l, i) =>
        out.push(i === 0 ? `  ${pad(`${u.user} (${u.role ?? '?'})`, userW)}  ${pad(int(u.events), countW, 'right')}  ${l}` : `${' '.repeat(W - whatW)}${l}`),
      )
    }
  }
  return `${out.join('\n')}\n`
}

function itemRef(order: string, ref: string | null, rush: boolean): string {
  const main = ref && !/^\d+$/.test(ref) && ref.startsWith(order) ? ref : ref && /^\d+$/.test(ref) ? `${order} #${ref}` : ref ? `${order} ${ref}` : order
  return `${main}${rush ? ' !' : ''}`
}
