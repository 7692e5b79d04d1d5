import type { StatusReport } from '../../services/status-report.js'
import { bucketLabel, FLOW_ROWS, int, longDate, money, orDash, percent, stamp, statusLabel } from './format.js'

/**
 * Text from the desk as a Markdown table cell: shown as text, never as markup — HTML-significant
 * characters as entities (a customer named `<script>` stays text in any renderer), Markdown's
 * inline marks (`` \ ` * _ ~ [ ] ``) and the table's pipes backslash-escaped, no line breaks.
 */
export function mdCell(s: string): string {
  return s
    .replace(/[\\`*_~[\]|]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r?\n/g, ' ')
}

/** Markdown the report writes itself (bold, code spans): kept as markup, only made safe for a table. */
interface Markup {
  md: string
}
const markup = (md: string): Markup => ({ md })

/** Inline code that survives backticks (and, in a table, pipes) inside; code spans show HTML as text. */
const code = (s: string) => markup((s.includes('`') ? `\`\` ${s} \`\`` : `\`${s}\``).replace(/\|/g, '\\|'))
const bold = (s: string) => markup(`**${mdCell(s)}**`)

function cell(c: string | Markup): string {
  return typeof c === 'string' ? mdCell(c) : c.md.replace(/\r?\n/g, ' ')
}

function mdTable(head: string[], rows: (string | Markup)[][], align: ('l' | 'r')[]): string[] {
  return [
    `| ${head.map(mdCell).join(' | ')} |`,
    `| ${align.map((a) => (a === 'r' ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ]
}

/** `report status --format md`: the report as GitHub-flavoured Markdown (for a wiki or a chat). */
export function renderMarkdown(r: StatusReport): string {
  const out: string[] = []
  out.push(`# Status report — ${longDate(r.date)}`, '')
  out.push(
    `As of the end of the business day **${r.date}** (generated ${stamp(r.generatedAt)}). Month to date from ${r.monthStart}; last 30 days from ${r.window.from}.`,
    '',
  )

  out.push('## Pipeline', '')
  out.push(
    ...mdTable(
      ['Status', 'Orders', 'Value'],
      [
        ...r.pipeline.statuses.map((s) => [statusLabel(s.status), int(s.orders), money(s.value)]),
        [bold('open'), bold(int(r.pipeline.open.orders)), bold(money(r.pipeline.open.value))],
        ['all', int(r.pipeline.total.orders), money(r.pipeline.total.value)],
      ],
      ['l', 'r', 'r'],
    ),
    '',
  )
  out.push(...mdTable(['', r.date, 'Month to date'], FLOW_ROWS.map(([label, k]) => [label, int(r.flow.day[k]), int(r.flow.monthToDate[k])]), ['l', 'r', 'r']), '')

  out.push(`## Needs action (${int(r.needsAction.total)})`, '')
  out.push(...mdTable(['Waiting', 'Who', 'Count'], r.needsAction.lists.map((l) => [l.title, l.owner, int(l.count)]), ['l', 'l', 'r']), '')
  for (const l of r.needsAction.lists) {
    if (l.count === 0) continue
    out.push(`### ${l.title} (${int(l.count)})`, '')
    if (l.truncated) out.push(`First ${l.items.length} of ${int(l.count)} listed.`, '')
    out.push(
      ...mdTable(
        ['Order', 'Customer', 'Age', 'Detail', 'Next'],
        l.items.map((i) => [
          `${i.ref && i.ref.startsWith(i.order) ? i.ref : i.ref ? `${i.order} ${/^\d+$/.test(i.ref) ? '#' : ''}${i.ref}` : i.order}${i.rush ? ' (rush)' : ''}`,
          `${i.customer} ${i.customerName}`,
          `${i.ageDays} d`,
          i.detail,
          code(i.next),
        ]),
        ['l', 'l', 'r', 'l', 'l'],
      ),
      '',
    )
  }

  out.push(`## Overdue (${int(r.overdue.orders)} orders, ${money(r.overdue.value)})`, '')
  out.push('Contracted orders past the promised date and not delivered, by days late.', '')
  out.push(...mdTable(['Late by', 'Orders', 'Value'], r.overdue.buckets.map((b) => [bucketLabel(b.label), int(b.orders), money(b.value)]), ['l', 'r', 'r']), '')

  const d = r.delivery
  out.push(`## Delivery, last 30 days (${r.window.from} to ${r.window.to})`, '')
  out.push(
    ...mdTable(
      ['Completed', 'On time', 'Late', 'On-time rate', 'Average lead time'],
      [[int(d.completed), int(d.onTime), int(d.late), percent(d.onTimeRate), orDash(d.averageLeadDays, (x) => `${x.toFixed(1)} days`)]],
      ['r', 'r', 'r', 'r', 'r'],
    ),
    '',
  )

  out.push('## Money', '')
  out.push(
    ...mdTable(
      ['', r.date, 'Month to date'],
      [
        ['Contracted', `${money(r.money.day.contracted)} (${int(r.money.day.contracts)})`, `${money(r.money.monthToDate.contracted)} (${int(r.money.monthToDate.contracts)})`],
        ['Received', money(r.money.day.received), money(r.money.monthToDate.received)],
        ['Invoiced', money(r.money.day.invoiced), money(r.money.monthToDate.invoiced)],
      ],
      ['l', 'r', 'r'],
    ),
    '',
    `Receivable at the end of the day (contracted orders, total − paid): **${money(r.money.receivable)}**`,
    '',
  )

  out.push('## Production by MC user', '')
  out.push('Open production orders at the end of the day; done, on time and ratings over the last 30 days.', '')
  out.push(
    ...mdTable(
      ['MC user', 'Open', 'Done', 'On time', 'On-time rate', 'Rated', 'Average rating'],
      r.production.users.map((u) => [u.user, int(u.open), int(u.done), int(u.onTime), percent(u.onTimeRate), int(u.rated), orDash(u.averageRating, (x) => x.toFixed(2))]),
      ['l', 'r', 'r', 'r', 'r', 'r', 'r'],
    ),
    '',
  )

  out.push(`## Activity on ${r.date} (${int(r.activity.events)} events)`, '')
  if (r.activity.users.length === 0) out.push('Nobody recorded anything.', '')
  else
    out.push(
      ...mdTable(
        ['User', 'Role', 'Events', 'What'],
        r.activity.users.map((u) => [u.user, u.role ?? '—', int(u.events), u.actions.map((a) => `${a.action} ${a.events}`).join(', ')]),
        ['l', 'l', 'r', 'l'],
      ),
      '',
    )

  out.push(`## Intake and deliveries, last 30 days`, '')
  out.push(...mdTable(['Day', 'New inquiries', 'Deliveries'], r.trend.map((t) => [t.date, int(t.intake), int(t.deliveries)]), ['l', 'r', 'r']), '')
  return `${out.join('\n')}`
}
