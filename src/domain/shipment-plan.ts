import { ValidationError } from './errors.js'
import { msg } from './message.js'

/**
 * Which order lines a shipment takes: everything not yet shipped, or (partial shipment)
 * the quantities asked for per sku, taken from that sku's lines in order.
 *
 * @example
 * allocateShipment([{ lineId: 1, sku: 'A', qty: 10, shipped: 4 }], [{ sku: 'A', qty: 3 }])
 * // [{ lineId: 1, sku: 'A', qty: 3 }]
 */
export interface ShippableLine {
  lineId: number
  sku: string
  qty: number
  /** Already on a shipment (planned, sent or delivered). */
  shipped: number
}

export interface ShipmentPart {
  lineId: number
  sku: string
  qty: number
}

export function allocateShipment(lines: ShippableLine[], items: { sku: string; qty: number }[] | null): ShipmentPart[] {
  const left = new Map(lines.map((l) => [l.lineId, l.qty - l.shipped]))
  if (items === null || items.length === 0) {
    const parts = lines.filter((l) => left.get(l.lineId)! > 0).map((l) => ({ lineId: l.lineId, sku: l.sku, qty: left.get(l.lineId)! }))
    if (parts.length === 0) throw new ValidationError('item', '', msg('shipping.nothingLeft', {}))
    return parts
  }
  const parts: ShipmentPart[] = []
  for (const item of items) {
    const mine = lines.filter((l) => l.sku === item.sku)
    if (mine.length === 0) throw new ValidationError('item', `${item.sku}=${item.qty}`, msg('shipping.productNotOnOrder', {}))
    const available = mine.reduce((s, l) => s + left.get(l.lineId)!, 0)
    if (item.qty > available) {
      throw new ValidationError('item', `${item.sku}=${item.qty}`, msg('shipping.onlyLeft', { sku: item.sku, available }))
    }
    let need = item.qty
    for (const l of mine) {
      const take = Math.min(need, left.get(l.lineId)!)
      if (take <= 0) continue
      left.set(l.lineId, left.get(l.lineId)! - take)
      parts.push({ lineId: l.lineId, sku: l.sku, qty: take })
      need -= take
    }
  }
  return parts
}
