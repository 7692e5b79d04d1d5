import { daysBetween, type IsoDate } from '../domain/dates.js'
import { formatMoneyGrouped } from '../domain/money.js'
import { nextActionForOrder } from '../domain/order-status.js'
import type { OrderRow } from '../read/orders.js'
import { nextCommand } from './next-action.js'
import { orderSummaryJson } from './order-json.js'
import { statusLabel } from './order-view.js'
import { table } from './table.js'
import type { Colours } from './terminal.js'
import { displayWidth } from './width.js'
import { tr } from '../messages/index.js'

/** An order as `order list` has it: the order with its customer's code and name. */
type ListedOrder = OrderRow & { customer_code: string; customer_name: string }

/** With `--needs-action`, a list also says the next command and how long the order has waited. */
interface ListOptions {
  needsAction: boolean
}

const nextFor = (o: ListedOrder) => nextCommand(nextActionForOrder(o))

/** `order list --json`: each order's summary (and, needing action, its next command and age in days). */
export function orderListJson(rows: ListedOrder[], opts: ListOptions & { today: IsoDate }) {
  return rows.map((o) => ({
    ...orderSummaryJson(o, o.customer_code, o.customer_name),
    ...(opts.needsAction ? { nextAction: nextFor(o), ageDays: daysBetween(o.updated_at.slice(0, 10), opts.today) } : {}),
  }))
}

/** `order list`: a line an order (` !` rush, ` ⚠` at risk), or `no orders match`. */
export function orderListTable(rows: ListedOrder[], opts: ListOptions & { c: Colours }): string {
  if (rows.length === 0) return tr('order.noneMatch')
  const head = (['order', 'status', 'customer', 'total', 'paid', 'requested', 'promised'] as const).map((column) => tr('order.column', { column }))
  if (opts.needsAction) head.push(tr('order.column', { column: 'next' }))
  return table(
    head,
    rows.map((o) => {
      const r = [
        `${o.number}${o.rush ? ' !' : ''}${o.at_risk ? ' ⚠' : ''}`,
        statusLabel(o.status, opts.c),
        clip(`${o.customer_code} ${o.customer_name}`, 32),
        formatMoneyGrouped(o.total),
        formatMoneyGrouped(o.paid),
        o.requested_date ?? '',
        o.promised_date ?? '',
      ]
      if (opts.needsAction) r.push(nextFor(o) ?? '')
      return r
    }),
    { align: ['left', 'left', 'left', 'right', 'right', 'left', 'left', 'left'] },
  )
}

/** The start of `s` that fits in `width` columns (a Chinese character takes two). */
function clip(s: string, width: number): string {
  if (displayWidth(s) <= width) return s
  let out = ''
  for (const ch of s) {
    if (displayWidth(out + ch) > width) break
    out += ch
  }
  return out
}
