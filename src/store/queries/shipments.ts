import { returnedByLine } from './returns.js'
import type { Insertable, Kysely, Updateable } from 'kysely'
import type { Database, ShipmentRow, ShipmentsTable } from '../schema.js'
import type { Tx } from '../tx.js'

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
  const out = new Map(rows.map((r) => [r.line_id, Number(r.qty)]))
  // issue 19: goods returned for a remake are to ship again
  for (const [lineId, qty] of await returnedByLine(db, orderId, 'remake')) out.set(lineId, (out.get(lineId) ?? 0) - qty)
  return out
}

/** The order's first shipment whose goods have left (sent or delivered), if any. */
export async function firstSentShipment(tx: Tx, orderId: number): Promise<{ number: string } | undefined> {
  return tx.selectFrom('shipments').select('number').where('order_id', '=', orderId).where('status', 'in', ['sent', 'delivered']).executeTakeFirst()
}

export async function hasDeliveredShipment(tx: Tx, orderId: number): Promise<boolean> {
  return (await tx.selectFrom('shipments').select('id').where('order_id', '=', orderId).where('status', '=', 'delivered').executeTakeFirst()) !== undefined
}

/** A new outbound slip with its lines (quantities per order line); gives its id. */
export async function insertShipment(
  tx: Tx,
  values: Insertable<ShipmentsTable>,
  lines: { lineId: number; productId: number; qty: number }[],
): Promise<number> {
  const { id } = await tx.insertInto('shipments').values(values).returning('id').executeTakeFirstOrThrow()
  await tx
    .insertInto('shipment_lines')
    .values(lines.map((l) => ({ shipment_id: id, line_id: l.lineId, product_id: l.productId, qty: l.qty })))
    .execute()
  return id
}

/** Sets columns of a shipment (and its `updated_at`). */
export async function updateShipment(tx: Tx, id: number, patch: Updateable<ShipmentsTable>, at: string): Promise<void> {
  await tx.updateTable('shipments').set({ ...patch, updated_at: at }).where('id', '=', id).execute()
}

/** Planned (unsent) outbound slips of the order no longer match it after a change: cancelled. */
export async function cancelPlannedShipments(tx: Tx, orderId: number, at: string): Promise<void> {
  await tx.updateTable('shipments').set({ status: 'cancelled', updated_at: at }).where('order_id', '=', orderId).where('status', '=', 'planned').execute()
}
