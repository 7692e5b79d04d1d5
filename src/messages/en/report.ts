import { formatCount as int, formatRate as percent } from '../../domain/counts.js'
import type { FlowKind, MoneyKind, ReportHead, ReportMessages, ReportSection, SumKind } from '../../domain/messages/report.js'
import { formatMoney, formatMoneyGrouped as grouped, type Minor } from '../../domain/money.js'
import type { HumanFormat, NeedsActionFacts, NeedsActionKey, NeedsActionOwner } from '../../domain/status-report.js'
import type { Words } from '../words.js'

const TITLES: Record<NeedsActionKey, string> = {
  inquiriesNotChecked: 'Inquiries not stock-checked after a day',
  offersNotAnswered: 'Offers not answered after three days',
  paymentPastDue: 'Payments past due',
  awaitingPayment: 'Contracts awaiting the deposit',
  awaitingSignOff: "Deposit in, awaiting the manager's sign-off",
  productionNotSigned: 'Production orders awaiting the manager\'s signature',
  productionNotAccepted: 'Production orders not accepted by MC',
  productionRejected: 'Production orders rejected by MC',
  productionLate: 'Production past the committed date',
  atRisk: "At risk: MC's date after the promised date",
  readyNotShipped: 'Ready in the warehouse, not shipped',
  shipmentsNotDelivered: 'Shipments sent, not delivered',
  changesWaiting: 'Changes waiting on MC or the customer',
  openComplaints: 'Open complaints',
}

const OWNERS: Record<NeedsActionOwner, string> = { clerk: 'clerk', manager: 'manager', mc: 'mc', logistics: 'logistics', mcOrCustomer: 'mc / customer' }

const money = (minor: Minor | null): string => formatMoney(minor ?? 0)

/** An item's detail, per list (what the facts mean: see the list's query in store/queries/report-actions.ts). */
const DETAIL: Record<NeedsActionKey, (f: NeedsActionFacts) => string> = {
  inquiriesNotChecked: (f) => `total ${money(f.amount)}${f.due ? `, requested ${f.due}` : ''}`,
  offersNotAnswered: (f) => `offer ${money(f.amount)}, promised ${f.due ?? '—'}; or inquiry drop`,
  paymentPastDue: (f) => `deposit short by ${money(f.amount)} (${f.note} %), due ${f.due}`,
  awaitingPayment: (f) => `deposit short by ${money(f.amount)} (${f.note} %), due ${f.due ?? '—'}`,
  awaitingSignOff: (f) => `paid ${money(f.amount)}, promised ${f.due ?? '—'}`,
  productionNotSigned: (f) => `for ${f.who}, due ${f.due}`,
  productionNotAccepted: (f) => `with ${f.who}, due ${f.due}`,
  productionRejected: (f) => `rejected by ${f.who}: ${f.note ?? ''}`,
  productionLate: (f) => `with ${f.who}, committed ${f.due}, ${f.amount} to make`,
  atRisk: (f) => `promised ${f.due}, MC committed ${f.who}`,
  readyNotShipped: (f) => `promised ${f.due ?? '—'}, ${f.amount && f.amount > 0 ? `${money(f.amount)} unpaid` : 'paid'}`,
  shipmentsNotDelivered: (f) => `${f.who ? `${f.who}, ` : ''}${f.note ? `tracking ${f.note}, ` : ''}promised ${f.due ?? '—'}`,
  changesWaiting: (f) => (f.note === 'pending_mc' ? 'waiting on MC' : `waiting on the customer (${f.note})`),
  openComplaints: (f) => f.note ?? '',
}

type Item = ReportMessages['report.itemNext']

/** The command that deals with an item, per list. */
const NEXT: Record<NeedsActionKey, (i: Item) => string> = {
  inquiriesNotChecked: (i) => `orderdesk stock check ${i.order}`,
  offersNotAnswered: (i) => `orderdesk contract sign ${i.order}`,
  paymentPastDue: (i) => `orderdesk payment record ${i.order} --amount ${formatMoney(i.facts.amount ?? 0)}`,
  awaitingPayment: (i) => `orderdesk payment record ${i.order} --amount ${formatMoney(i.facts.amount ?? 0)}`,
  awaitingSignOff: (i) => `orderdesk order confirm ${i.order}`,
  productionNotSigned: (i) => `orderdesk production sign ${i.ref}`,
  productionNotAccepted: (i) => `orderdesk production accept ${i.ref} --date <date>`,
  productionRejected: (i) => `orderdesk production dispatch ${i.ref}`,
  productionLate: (i) => `orderdesk order show ${i.order}`,
  atRisk: (i) => `orderdesk order show ${i.order}`,
  readyNotShipped: (i) => `orderdesk ship ${i.order} --date <date>`,
  shipmentsNotDelivered: (i) => `orderdesk ship deliver ${i.order}`,
  changesWaiting: (i) =>
    i.facts.note === 'pending_mc' ? `orderdesk change decide ${i.ref} --mc agree|refuse` : `orderdesk change confirm ${i.ref} --customer accept|reject`,
  openComplaints: (i) => `orderdesk complaint resolve ${i.ref} --resolution <text>`,
}

/** A header: the same in every format, or per format (`other`: the formats not named). */
type Head = string | ({ other: string } & Partial<Record<HumanFormat, string>>) | ((date: string) => string)

const HEADS: Record<ReportHead, Head> = {
  status: 'Status',
  orders: 'Orders',
  value: 'Value',
  flow: { text: 'Flow', other: '' },
  day: (date) => date,
  monthToDate: 'Month to date',
  waiting: 'Waiting',
  who: { html: 'Who acts', other: 'Who' },
  count: 'Count',
  order: 'Order',
  customer: 'Customer',
  age: 'Age',
  detail: 'Detail',
  next: 'Next',
  lateBy: 'Late by',
  completed: { html: 'Orders completed', other: 'Completed' },
  onTime: 'On time',
  late: 'Late',
  onTimeRate: 'On-time rate',
  leadTime: { html: 'Average lead time, inquiry → delivery', other: 'Average lead time' },
  mcUser: 'MC user',
  open: 'Open',
  done: { html: 'Done (30 days)', other: 'Done' },
  rated: 'Rated',
  averageRating: { text: 'Avg rating', other: 'Average rating' },
  user: 'User',
  role: 'Role',
  events: 'Events',
  what: 'What',
  date: 'Day',
  newInquiries: 'New inquiries',
  deliveries: 'Deliveries',
}

const head = (h: Head, format: HumanFormat, date: string): string =>
  typeof h === 'string' ? h : typeof h === 'function' ? h(date) : (h[format] ?? h.other)

const STATUSES: Record<string, string> = { in_production: 'in production' }

const SUMS: Record<SumKind, string> = { open: 'open', all: 'all', total: 'total' }

const SECTIONS: Record<ReportSection, string> = {
  pipeline: 'Pipeline',
  money: 'Money',
  production: 'Production by MC user',
  trend: 'Intake and deliveries, last 30 days',
  delivery: 'Delivery, last 30 days',
}

const FLOWS: Record<FlowKind, string> = {
  inquiries: 'New inquiries',
  contracts: 'Contracts signed',
  confirmations: 'Sales orders confirmed',
  shipments: 'Shipments sent',
  deliveries: 'Deliveries',
}

const MONEY: Record<MoneyKind, string> = { contracted: 'Contracted', received: 'Received', invoiced: 'Invoiced', receivable: 'Receivable' }

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** "Thursday, 26 November 2026" (fixed English, whatever the locale). */
function longDate(date: string): string {
  const d = new Date(`${date}T00:00:00Z`)
  return `${WEEKDAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`
}

/** "2026-11-26 22:00 UTC" from an ISO timestamp. */
const stamp = (iso: string): string => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`

const leadDays = (days: number | null): string => (days === null ? '—' : `${days.toFixed(1)} days`)

/** The report messages in English. */
export const report: Words<ReportMessages> = {
  'report.listTitle': (p) => TITLES[p.list],
  'report.owner': (p) => OWNERS[p.owner],
  'report.itemDetail': (p) => DETAIL[p.list](p.facts),
  'report.itemNext': (p) => NEXT[p.list](p),
  'report.listCount': (p) => `(${int(p.count)}${p.listed !== null ? `, first ${p.listed} listed` : ''})`,
  'report.counted': (p) => `${p.label} ${p.count}`,
  'report.head': (p) => head(HEADS[p.head], p.format, p.date),
  'report.status': (p) => STATUSES[p.status] ?? p.status,
  'report.sum': (p) => SUMS[p.sum],
  'report.flow': (p) => FLOWS[p.flow],
  'report.money': (p) => MONEY[p.money],
  'report.contracts': (p) => (p.format === 'text' ? `(${int(p.day)} / ${int(p.monthToDate)} contracts)` : `(${int(p.day)} / ${int(p.monthToDate)})`),
  'report.bucket': (p) => (p.label === '>30' ? 'over 30 days' : `${p.label.replace('-', '–')} days`),
  'report.age': (p) => (p.compact ? `${p.days}d` : `${p.days} d`),
  'report.rush': (p) => ({ text: '!', md: '(rush)', html: 'RUSH' })[p.format],
  'report.leadDays': (p) => leadDays(p.days),
  'report.section': (p) => SECTIONS[p.section],
  'report.receivable': (p) =>
    `Receivable at the end of the day (contracted orders, total − paid): ${p.format === 'md' ? `**${grouped(p.value)}**` : grouped(p.value)}`,
  'report.noMcUsers': () => 'no MC users',
  'report.nobody': (p) => (p.format === 'md' ? 'Nobody recorded anything.' : 'nobody recorded anything'),
  'report.longDate': (p) => longDate(p.date),
  'report.userRole': (p) => `${p.user} (${p.role})`,
  'report.actions': (p) => p.actions.map((a) => `${a.name} ${a.events}`).join(', '),

  'report.text.title': (p) => `ORDERDESK STATUS REPORT  ${longDate(p.date)} (${p.date})`,
  'report.text.generated': (p) => `generated ${stamp(p.generatedAt)}`,
  'report.text.asOf': (p) => `As of the end of the business day ${p.date}. Month to date from ${p.monthStart}; last 30 days from ${p.from}.`,
  'report.text.pipeline': () => 'PIPELINE',
  'report.text.trend': (p) => `Last 30 days (${p.from} to ${p.to}), one character a day:`,
  'report.text.trendIntake': () => 'Intake',
  'report.text.trendDeliveries': () => 'Deliveries',
  'report.text.intakeTotal': (p) => `${int(p.count)} inquiries`,
  'report.text.deliveriesTotal': (p) => `${int(p.count)} shipments delivered`,
  'report.text.needsAction': (p) => `NEEDS ACTION: ${int(p.total)}`,
  'report.text.next': (p) => `next: ${p.command}`,
  'report.text.overdue': (p) => `OVERDUE: ${int(p.orders)} orders past the promised date, not delivered (${grouped(p.value)})`,
  'report.text.delivery': (p) => `DELIVERY, LAST 30 DAYS (${p.from} to ${p.to})`,
  'report.text.deliveryFigures': (p) =>
    `Orders completed: ${int(p.completed)}; on time ${int(p.onTime)}, late ${int(p.late)}; on-time rate ${percent(p.onTimeRate)}; average lead time inquiry → delivery ${leadDays(p.averageLeadDays)}.`,
  'report.text.money': () => 'MONEY',
  'report.text.production': () => 'PRODUCTION BY MC USER (open at the end of the day; done in the last 30 days)',
  'report.text.activity': (p) => `ACTIVITY ON ${p.date}: ${int(p.events)} events in the audit trail`,

  'report.md.title': (p) => `Status report — ${longDate(p.date)}`,
  'report.md.asOf': (p) =>
    `As of the end of the business day **${p.date}** (generated ${stamp(p.generatedAt)}). Month to date from ${p.monthStart}; last 30 days from ${p.from}.`,
  'report.md.needsAction': (p) => `Needs action (${int(p.total)})`,
  'report.md.firstListed': (p) => `First ${p.listed} of ${int(p.count)} listed.`,
  'report.md.overdue': (p) => `Overdue (${int(p.orders)} orders, ${grouped(p.value)})`,
  'report.md.overdueNote': () => 'Contracted orders past the promised date and not delivered, by days late.',
  'report.md.delivery': (p) => `Delivery, last 30 days (${p.from} to ${p.to})`,
  'report.md.productionNote': () => 'Open production orders at the end of the day; done, on time and ratings over the last 30 days.',
  'report.md.activity': (p) => `Activity on ${p.date} (${int(p.events)} events)`,

  'report.html.lang': () => 'en',
  'report.html.title': (p) => `Status report ${p.date} · orderdesk`,
  'report.html.heading': () => 'Order desk status report',
  'report.html.asOf': (p) => `As of the end of the business day ${p.date}`,
  'report.html.period': (p) => `Month to date from ${p.monthStart} · last 30 days from ${p.from}`,
  'report.html.generated': (p) => `Generated ${stamp(p.generatedAt)}`,
  'report.html.kpiOpen': (p) => `open orders · ${grouped(p.value)}`,
  'report.html.kpiNeedsAction': () => 'need action',
  'report.html.kpiOverdue': (p) => `overdue · ${grouped(p.value)}`,
  'report.html.kpiOnTime': (p) => `on time, last 30 days (${int(p.completed)})`,
  'report.html.kpiContracted': () => 'contracted, month to date',
  'report.html.kpiReceivable': () => 'receivable',
  'report.html.pipelineChart': () => 'Orders by status',
  'report.html.overdueChart': () => 'Overdue orders by days late',
  'report.html.trendChart': () => 'Intake and deliveries per day, last 30 days',
  'report.html.legend': (p) => `${p.name} (${p.total})`,
  'report.html.needsAction': (p) => `Needs action · ${int(p.total)}`,
  'report.html.overdue': (p) => `Overdue · ${int(p.orders)} orders · ${grouped(p.value)}`,
  'report.html.overdueNote': (p) => `Contracted orders whose promised date is before ${p.date} and that were not delivered by then.`,
  'report.html.trendNote': (p) => `New inquiries (typed or imported) and shipments delivered per business day, ${p.from} to ${p.to}.`,
  'report.html.receivableNote': () => 'Receivable: total − paid over contracted orders (not lost or cancelled) at the end of the day.',
  'report.html.productionNote': () => 'Open: dispatched, accepted or in progress at the end of the day. On time: finished on or before the date MC committed.',
  'report.html.activity': (p) => `Activity on ${p.date} · ${int(p.events)} events`,
  'report.html.footer': (p) =>
    `orderdesk report status --date ${p.date} · figures as of the end of the business day from the audit trail and dated records; ${p.limit > 0 ? `at most ${p.limit} items listed per needs-action list` : 'every item listed'}.`,

  'report.dateAfterToday': (p) => `must not be after today (${p.today}): the report is on a day that has happened`,
  'report.formatUnknown': (p) => `must be one of ${p.formats.join(', ')}`,
  'report.extensionUnknown': (p) =>
    `cannot tell the format from "${p.ext}"; give --format ${p.formats.join('|')} (or use .txt .md .html .json .csv)`,
  'report.outLabel': () => 'the report to',
  'report.written': (p) => `status report for ${p.date} written to ${p.out} (${p.format}, ${p.bytes} bytes)`,
  'report.sqlHeading': (p) => `-- orderdesk report status --date ${p.date}: the ${p.queries} queries it runs, in one read transaction`,
}
