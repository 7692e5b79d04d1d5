import type { IsoDate } from './dates.js'
import type { Minor } from './money.js'

/**
 * Customer price lists (issue 20 §6): a price for a SKU, for one customer or a group of
 * customers, from a minimum quantity, within dates. The desk takes it when a line is entered
 * without a price.
 */
export interface PriceEntry {
  sku: string
  customer: string | null
  group: string | null
  price: Minor
  minQty: number
  from: IsoDate | null
  to: IsoDate | null
}

/**
 * The price for a line: among the entries in force on `date` whose minimum the quantity meets,
 * the customer's own before the group's, then the highest minimum (the quantity break), then the
 * latest start. Null: none applies, the product's list price does.
 */
export function pickPrice(entries: readonly PriceEntry[], line: { sku: string; qty: number; customer: string; group: string | null; date: IsoDate }): PriceEntry | null {
  let best: PriceEntry | null = null
  const rank = (e: PriceEntry) => (e.customer !== null ? 1 : 0)
  for (const e of entries) {
    if (e.sku !== line.sku || e.minQty > line.qty) continue
    if (e.customer !== null ? e.customer !== line.customer : e.group === null || e.group !== line.group) continue
    if ((e.from !== null && e.from > line.date) || (e.to !== null && e.to < line.date)) continue
    if (
      best === null ||
      rank(e) > rank(best) ||
      (rank(e) === rank(best) && (e.minQty > best.minQty || (e.minQty === best.minQty && (e.from ?? '') > (best.from ?? ''))))
    )
      best = e
  }
  return best
}
