import { daysBetween, type IsoDate } from '../domain/dates.js'
import type { CheckResult } from '../domain/stock-check.js'
import { tr } from '../messages/index.js'
import type { OrderAggregate } from '../read/orders.js'
import { wrapProse } from './wrap.js'
import { table } from './table.js'
import type { Colours } from './terminal.js'

/** What a stock check came to (the use case's result): offered with a date, or lost. */
export interface StockCheckOutcome {
  status: 'offered' | 'lost'
  check: CheckResult
  requestedDate: IsoDate | null
  promisedDate: IsoDate | null
  lostReason: string | null
}

/** The `check` key of `stock check --json`: the outcome and every line's numbers. */
export function stockCheckJson(r: StockCheckOutcome) {
  return {
    outcome: r.status,
    promisedDate: r.promisedDate,
    lostReason: r.lostReason,
    lines: r.check.lines.map(({ lineNo, sku, qty, available, shortfall, source, date }) => ({ lineNo, sku, qty, available, shortfall, source, date })),
  }
}

/** `stock check`: the lines against stock, then what to tell the customer. */
export function stockCheckText(agg: OrderAggregate, r: StockCheckOutcome, c: Colours, width?: number): string {
  const names = new Map(agg.lines.map((l) => [l.line_no, l.name]))
  const head = [
    '#',
    tr('stock.headSku'),
    tr('stock.headProduct'),
    tr('stock.headOrdered'),
    tr('stock.headAvailable'),
    tr('stock.headShortfall'),
    tr('stock.headSource'),
    tr('stock.headDate'),
  ]
  const out = [
    tr('stock.checkTitle', { order: agg.order.number, customer: agg.customer.code, name: agg.customer.name }),
    table(
      head,
      r.check.lines.map((l) => [l.lineNo, l.sku, names.get(l.lineNo) ?? '', l.qty, l.available, l.shortfall, tr('name.source', { source: l.source }), l.date ?? '—']),
      { align: ['right', 'left', 'left', 'right', 'right', 'right', 'left', 'left'] },
    ),
  ]
  // what to tell the customer is prose: folded at the terminal's width (a table is not)
  const tell = r.status === 'offered' ? offerText(r, c) : tr('stock.tellLost', { reason: r.lostReason ?? '' })
  out.push(width ? wrapProse(tell, width, 2) : tell)
  return out.join('\n')
}

/** The offer to tell the customer: the promised date, and how it stands to the requested one. */
function offerText(r: StockCheckOutcome, c: Colours): string {
  const req = r.requestedDate
  return tr('stock.tellOffer', { date: c.bold(r.promisedDate!), requested: req, daysLate: req ? daysBetween(req, r.promisedDate!) : 0 })
}
