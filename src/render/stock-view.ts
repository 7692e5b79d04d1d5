import { tr } from '../messages/index.js'
import type { Product } from '../read/master-data.js'
import { table } from './table.js'

/** A product's stock as `stock show|receive|adjust --json` print it. */
export function stockJson(p: Product) {
  return { sku: p.sku, name: p.name, unit: p.unit, onHand: p.on_hand, reserved: p.reserved, available: p.on_hand - p.reserved }
}

/** On hand, reserved and available, a line a product. */
export function stockTable(rows: Product[]): string {
  return table(
    [tr('stock.headSku'), tr('stock.headName'), tr('stock.headOnHand'), tr('stock.headReserved'), tr('stock.headAvailable')],
    rows.map((p) => [p.sku, p.name, p.on_hand, p.reserved, p.on_hand - p.reserved]),
    { align: ['left', 'left', 'right', 'right', 'right'] },
  )
}
