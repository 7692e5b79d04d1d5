import type { ShipmentPart } from '../domain/shipment-plan.js'
import { table } from './table.js'

/** What an outbound slip just issued (`ship <order>`) takes out of the warehouse: a line a product. */
export function outboundSlipLines(slip: string, parts: ShipmentPart[]): string {
  return table(['Outbound slip', 'SKU', 'Qty'], parts.map((p) => [slip, p.sku, p.qty]), { align: ['left', 'left', 'right'] })
}
