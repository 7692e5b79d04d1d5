import { formatCount as int, formatRate as percent } from '../../domain/counts.js'
import { msg } from '../../domain/message.js'
import type { FlowKind, MoneyKind } from '../../domain/messages/report.js'
import { formatMoney, formatMoneyGrouped as money, type Minor } from '../../domain/money.js'
import { t } from '../../messages/index.js'
import type { ActivityUser, Delivery, NeedsActionItem, NeedsActionList, OverdueBucket, PipelineStatus, ProductionUser, TrendDay } from '../../read/report/model.js'
import { dataRow, inEnglish, type Table } from './columns.js'
import { mdCode } from './md-cell.js'
import { esc } from './svg.js'

/**
 * The tables of the status report, each column declared once: header, alignment, how a person
 * sees the value (and where a format shows it its own way), what JSON and CSV hold. Every
 * format lays out the columns it shows from here (text.ts, md.ts, html.ts, json.ts, csv.ts).
 */

const orDash = (v: number | null, f: (x: number) => string): string => (v === null ? '—' : f(v))
const rating = (v: number | null) => orDash(v, (x) => x.toFixed(2))

export const PIPELINE: Table<PipelineStatus, 'status' | 'orders' | 'value'> = {
  status: { head: 'status', show: (s) => t(msg('report.status', { status: s.status })), data: (s) => s.status },
  orders: { head: 'orders', align: 'right', show: (s) => int(s.orders), data: (s) => s.orders },
  value: { head: 'value', align: 'right', show: (s) => money(s.value), data: (s) => formatMoney(s.value) },
}

/** A row of the flow table: one kind of event, that day and month to date. */
export interface FlowRow {
  flow: FlowKind
  day: number
  monthToDate: number
}

export const FLOW_KINDS: readonly FlowKind[] = ['inquiries', 'contracts', 'confirmations', 'shipments', 'deliveries']

export const FLOW: Table<FlowRow, 'label' | 'day' | 'monthToDate'> = {
  label: { head: 'flow', show: (f) => t(msg('report.flow', { flow: f.flow })) },
  day: { head: 'day', align: 'right', show: (f) => int(f.day) },
  monthToDate: { head: 'monthToDate', align: 'right', show: (f) => int(f.monthToDate) },
}

/** An item with its list (CSV rows name the list; the item's words are the list's). */
export interface ItemRow {
  list: NeedsActionList
  item: NeedsActionItem
}

/**
 * The order and what in it the item is about: "26-00042-MO1", "26-00042 #2" (a complaint's
 * number). `numberFirst` (the text report): a plain number is always "order #n", even one that
 * starts like the order.
 */
function itemRef(order: string, ref: string | null, numberFirst: boolean): string {
  if (!ref) return order
  const number = /^\d+$/.test(ref)
  if (ref.startsWith(order) && !(numberFirst && number)) return ref
  return number ? `${order} #${ref}` : `${order} ${ref}`
}

const detailMsg = ({ list, item }: ItemRow) => msg('report.itemDetail', { list: list.key, facts: item.facts })
const nextMsg = ({ list, item }: ItemRow) => msg('report.itemNext', { list: list.key, order: item.order, ref: item.ref, facts: item.facts })
const detail = (r: ItemRow) => t(detailMsg(r))
const next = (r: ItemRow) => t(nextMsg(r))
const rush = (r: ItemRow, format: 'text' | 'md' | 'html') => (r.item.rush ? t(msg('report.rush', { format })) : '')
/** Keeps dates on one line (a browser may break after a hyphen). */
const nowrapDates = (html: string) => html.replace(/\d{4}-\d\d-\d\d/g, '<span class="nw">$&</span>')

export const ITEMS: Table<
  ItemRow,
  'list' | 'owner' | 'order' | 'ref' | 'customer' | 'customerName' | 'rush' | 'since' | 'ageDays' | 'detail' | 'next'
> = {
  list: { data: (r) => r.list.key },
  owner: { data: (r) => inEnglish(ownerMsg(r.list)) },
  order: {
    head: 'order',
    show: (r) => `${itemRef(r.item.order, r.item.ref, false)}${r.item.rush ? ` ${rush(r, 'md')}` : ''}`,
    text: (r) => `${itemRef(r.item.order, r.item.ref, true)}${r.item.rush ? ` ${rush(r, 'text')}` : ''}`,
    html: (r) => `${esc(itemRef(r.item.order, r.item.ref, false))}${r.item.rush ? ` <span class="rush">${esc(rush(r, 'html'))}</span>` : ''}`,
    cls: 'ord',
    data: (r) => r.item.order,
  },
  ref: { data: (r) => r.item.ref },
  customer: {
    head: 'customer',
    show: (r) => `${r.item.customer} ${r.item.customerName}`,
    html: (r) => `${esc(r.item.customer)} <span class="muted">${esc(r.item.customerName)}</span>`,
    data: (r) => r.item.customer,
  },
  customerName: { data: (r) => r.item.customerName },
  rush: { data: (r) => r.item.rush },
  since: { data: (r) => r.item.since },
  ageDays: {
    head: 'age',
    align: 'right',
    show: (r) => t(msg('report.age', { days: r.item.ageDays, compact: false })),
    text: (r) => t(msg('report.age', { days: r.item.ageDays, compact: true })),
    data: (r) => r.item.ageDays,
  },
  detail: { head: 'detail', show: detail, html: (r) => nowrapDates(esc(detail(r))), data: (r) => inEnglish(detailMsg(r)) },
  next: {
    head: 'next',
    show: next,
    md: (r) => mdCode(next(r)),
    html: (r) => `<code>${next(r).split(' ').map((w) => `<span class="nw">${esc(w)}</span>`).join(' ')}</code>`,
    cls: 'cmd',
    data: (r) => inEnglish(nextMsg(r)),
  },
}

/** An item in JSON, and a row of the CSV file (which names the list first). */
const ITEM_JSON = ['order', 'customer', 'customerName', 'ref', 'rush', 'since', 'ageDays', 'detail', 'next'] as const
export const ITEM_CSV = ['list', 'owner', 'order', 'ref', 'customer', 'customerName', 'rush', 'since', 'ageDays', 'detail', 'next'] as const
/** The columns of the items table for people. */
export const ITEM_SHOWN = ['order', 'customer', 'ageDays', 'detail', 'next'] as const

const titleMsg = (l: NeedsActionList) => msg('report.listTitle', { list: l.key })
const ownerMsg = (l: NeedsActionList) => msg('report.owner', { owner: l.owner })
const title = (l: NeedsActionList) => t(titleMsg(l))
const owner = (l: NeedsActionList) => t(ownerMsg(l))

export const NEEDS: Table<NeedsActionList, 'key' | 'title' | 'owner' | 'count' | 'truncated' | 'items'> = {
  key: { data: (l) => l.key },
  title: { head: 'waiting', flex: true, show: title, data: (l) => inEnglish(titleMsg(l)) },
  owner: { head: 'who', min: 3, show: owner, data: (l) => inEnglish(ownerMsg(l)) },
  count: { head: 'count', align: 'right', show: (l) => int(l.count), data: (l) => l.count },
  truncated: { data: (l) => l.truncated },
  items: { data: (l) => l.items.map((item) => dataRow(ITEMS, ITEM_JSON, { list: l, item })) },
}

export const OVERDUE: Table<OverdueBucket, 'label' | 'minDays' | 'maxDays' | 'orders' | 'value'> = {
  label: { head: 'lateBy', show: (b) => t(msg('report.bucket', { label: b.label })), data: (b) => b.label },
  minDays: { data: (b) => b.minDays },
  maxDays: { data: (b) => b.maxDays },
  orders: { head: 'orders', align: 'right', show: (b) => int(b.orders), data: (b) => b.orders },
  value: { head: 'value', align: 'right', show: (b) => money(b.value), data: (b) => formatMoney(b.value) },
}

export const DELIVERY: Table<Delivery, 'completed' | 'onTime' | 'late' | 'onTimeRate' | 'averageLeadDays'> = {
  completed: { head: 'completed', align: 'right', show: (d) => int(d.completed), data: (d) => d.completed },
  onTime: { head: 'onTime', align: 'right', show: (d) => int(d.onTime), data: (d) => d.onTime },
  late: { head: 'late', align: 'right', show: (d) => int(d.late), data: (d) => d.late },
  onTimeRate: { head: 'onTimeRate', align: 'right', show: (d) => percent(d.onTimeRate), data: (d) => d.onTimeRate },
  averageLeadDays: {
    head: 'leadTime',
    align: 'right',
    show: (d) => t(msg('report.leadDays', { days: d.averageLeadDays })),
    data: (d) => d.averageLeadDays,
  },
}

/** A row of the money table: one kind of money that day and month to date (contracted: with the contracts' counts). */
export interface MoneyRow {
  money: MoneyKind
  day: Minor
  monthToDate: Minor
  contracts?: { day: number; monthToDate: number }
}

const moneyLabel = (m: MoneyRow) => t(msg('report.money', { money: m.money }))

export const MONEY: Table<MoneyRow, 'label' | 'day' | 'monthToDate'> = {
  label: {
    show: moneyLabel,
    text: (m) => (m.contracts ? t(msg('report.counted', { label: moneyLabel(m), count: t(msg('report.contracts', { ...m.contracts, format: 'text' })) })) : moneyLabel(m)),
    html: (m) =>
      m.contracts
        ? t(msg('report.counted', { label: esc(moneyLabel(m)), count: `<span class="muted">${esc(t(msg('report.contracts', { ...m.contracts, format: 'html' })))}</span>` }))
        : esc(moneyLabel(m)),
  },
  day: { head: 'day', align: 'right', show: (m) => money(m.day), md: (m) => (m.contracts ? `${money(m.day)} (${int(m.contracts.day)})` : money(m.day)) },
  monthToDate: {
    head: 'monthToDate',
    align: 'right',
    show: (m) => money(m.monthToDate),
    md: (m) => (m.contracts ? `${money(m.monthToDate)} (${int(m.contracts.monthToDate)})` : money(m.monthToDate)),
  },
}

export const PRODUCTION: Table<ProductionUser, 'user' | 'open' | 'done' | 'onTime' | 'onTimeRate' | 'rated' | 'averageRating'> = {
  user: { head: 'mcUser', flex: true, show: (u) => u.user, data: (u) => u.user },
  open: { head: 'open', align: 'right', show: (u) => int(u.open), data: (u) => u.open },
  done: { head: 'done', align: 'right', show: (u) => int(u.done), data: (u) => u.done },
  onTime: { head: 'onTime', align: 'right', show: (u) => int(u.onTime), data: (u) => u.onTime },
  onTimeRate: { head: 'onTimeRate', align: 'right', show: (u) => percent(u.onTimeRate), data: (u) => u.onTimeRate },
  rated: { head: 'rated', align: 'right', show: (u) => int(u.rated), data: (u) => u.rated },
  averageRating: { head: 'averageRating', align: 'right', show: (u) => rating(u.averageRating), data: (u) => u.averageRating },
}

/** A role's name (null: a user without one). */
const roleName = (role: string | null, none: string) => (role === null ? none : t(msg('name.role', { role })))

export const ACTIVITY: Table<ActivityUser, 'user' | 'role' | 'events' | 'actions'> = {
  user: { head: 'user', show: (u) => u.user, text: (u) => t(msg('report.userRole', { user: u.user, role: roleName(u.role, '?') })), data: (u) => u.user },
  role: { head: 'role', show: (u) => roleName(u.role, '—'), data: (u) => u.role },
  events: { head: 'events', align: 'right', show: (u) => int(u.events), data: (u) => u.events },
  actions: {
    head: 'what',
    show: (u) => t(msg('report.actions', { actions: u.actions.map((a) => ({ name: t(msg('name.action', { action: a.action })), events: a.events })) })),
    data: (u) => u.actions,
  },
}

export const TREND: Table<TrendDay, 'date' | 'intake' | 'deliveries'> = {
  date: { head: 'date', show: (d) => d.date, data: (d) => d.date },
  intake: { head: 'newInquiries', align: 'right', show: (d) => int(d.intake), data: (d) => d.intake },
  deliveries: { head: 'deliveries', align: 'right', show: (d) => int(d.deliveries), data: (d) => d.deliveries },
}
