import type { OrderAggregate } from '../../store/queries/orders.js'
import type { PrintLine } from './form-data.js'

/** The order's lines as they stand (a line changed to 0 is gone), numbered for the form. */
export function currentLines(agg: OrderAggregate): PrintLine[] {
  return agg.lines
    .filter((l) => l.qty > 0)
    .map((l, i) => ({
      no: i + 1,
      sku: l.sku,
      name: l.name,
      unit: l.unit,
      qty: l.qty,
      unitPrice: l.unit_price,
      discountBp: l.discount_bp,
      amount: l.amount,
      source: l.source,
      date: l.line_date,
    }))
}
