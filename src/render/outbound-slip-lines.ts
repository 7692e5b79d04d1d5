import type { ShipmentPart } from '../domain/shipment-plan.js'
import { tr } from '../messages/index.js'
import { table } from './table.js'

/** What an outbound slip just issued (`ship <order>`) takes out of the warehouse: a line a product. */
export function outboundSlipLines(slip: string, parts: ShipmentPart[]): string {
  const head = [tr('shipping.slipColumn', { column: 'slip' }), tr('shipping.slipColumn', { column: 'sku' }), tr('shipping.slipColumn', { column: 'qty' })]
  return table(head, parts.map((p) => [slip, p.sku, p.qty]), { align: ['left', 'left', 'right'] })
}
