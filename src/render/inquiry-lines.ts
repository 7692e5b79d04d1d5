import type { ItemSpec } from '../domain/item-spec.js'
import { formatMoneyGrouped, lineAmount } from '../domain/money.js'
import { tr } from '../messages/index.js'
import type { Product } from '../read/master-data.js'
import { table } from './table.js'

/**
 * The lines of an inquiry being taken, with their amounts and the total, as the clerk sees
 * them before recording it (a line without a price of its own takes the list price).
 */
export function inquiryLinesTable(items: ItemSpec[], products: Product[]): string {
  const bySku = new Map(products.map((p) => [p.sku, p]))
  let total = 0
  const rows = items.map((i, n) => {
    const p = bySku.get(i.sku)
    const price = i.price ?? p?.price ?? 0
    const amount = lineAmount(i.qty, price)
    total += amount
    return [n + 1, i.sku, p?.name ?? '?', i.qty, formatMoneyGrouped(price), formatMoneyGrouped(amount)]
  })
  rows.push(['', '', tr('intake.total'), '', '', formatMoneyGrouped(total)])
  const head = ['#', tr('stock.headSku'), tr('stock.headProduct'), tr('intake.headQty'), tr('intake.headPrice'), tr('intake.headAmount')]
  return table(head, rows, { align: ['right', 'left', 'left', 'right', 'right', 'right'] })
}
