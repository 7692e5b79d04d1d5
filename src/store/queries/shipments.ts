import type { Kysely } from 'kysely'
import type { Database, ShipmentRow } from '../schema.js'

export interface ShipmentView extends ShipmentRow {
  lines: { lineId: number; sku: string; name: string; unit: string; qty: number }[]
}

export async function orderShipments(db: Kysely<Database>, orderId: number): Promise<ShipmentView[]> {
  const shipments = await db.selectFrom('shipments').selectAll().where('order_id', '=', orderId).orderBy('id').execute()
  if (shipments.length === 0) return []
  const lines = await db
    .selectFrom('shipment_lines')
    .innerJoin('products', 'products.id', 'shipment_lines.product_id')
    .select(['shipment_lines.shipment_id', 'shipment_lines.line_id', 'shipment_lines.qty', 'products.sku', 'products.name', 'products.unit'])
    .where('shipment_lines.shipment_id', 'in', shipments.map((s) => s.id))
    .orderBy('shipment_lines.id')
    .execute()
  return shipments.map((s) => ({
    ...s,
    lines: lines
      .filter((l) => l.shipment_id === s.id)
      .map((l) => ({ lineId: l.line_id, sku: l.sku, name: l.name, unit: l.unit, qty: l.qty })),
  }))
}

/** Quantity already on shipments per order line. */
export async function shippedByLine(db: Kysely<Database>, orderId: number): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom('shipment_lines')
    .innerJoin('shipments', 'shipments.id', 'shipment_lines.shipment_id')
    .select(['shipment_lines.line_id', (eb) => eb.fn.sum<number>('shipment_lines.qty').as('qty')])
    .where('shipments.order_id', '=', orderId)
    .where('shipments.status', '!=', 'cancelled')
    .groupBy('shipment_lines.line_id')
    .execute()
  return new Map(rows.map((r) => [r.line_id, Number(r.qty)]))
}
