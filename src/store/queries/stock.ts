import { sql } from 'kysely'
import type { Tx } from '../transaction.js'

export interface StockMove {
  productId: number
  qty: number
  kind: 'receive' | 'adjust' | 'produce' | 'issue'
  orderId?: number | null
  reason?: string | null
  businessDate: string
  at: string
  actor: string
}

/** Writes a move to the ledger and keeps the product's on-hand in step. */
export async function applyStockMove(tx: Tx, m: StockMove): Promise<void> {
  await tx
    .insertInto('stock_moves')
    .values({
      product_id: m.productId,
      qty: m.qty,
      kind: m.kind,
      order_id: m.orderId ?? null,
      reason: m.reason ?? null,
      business_date: m.businessDate,
      at: m.at,
      actor: m.actor,
    })
    .execute()
  await tx
    .updateTable('products')
    .set({ on_hand: sql`on_hand + ${m.qty}` })
    .where('id', '=', m.productId)
    .execute()
}

/** Reserves stock for an order line and keeps the product's reserved figure in step. */
export async function reserveStock(
  tx: Tx,
  r: { orderId: number; lineId: number; productId: number; qty: number; at: string },
): Promise<void> {
  await tx
    .insertInto('reservations')
    .values({
      order_id: r.orderId,
      line_id: r.lineId,
      product_id: r.productId,
      qty: r.qty,
      status: 'active',
      created_at: r.at,
    })
    .execute()
  await tx
    .updateTable('products')
    .set({ reserved: sql`reserved + ${r.qty}` })
    .where('id', '=', r.productId)
    .execute()
}

/** Available (on hand − reserved) per product id. */
export async function availableByProduct(tx: Tx, productIds: number[]): Promise<Map<number, number>> {
  if (productIds.length === 0) return new Map()
  const rows = await tx
    .selectFrom('products')
    .select(['id', 'on_hand', 'reserved'])
    .where('id', 'in', productIds)
    .execute()
  return new Map(rows.map((r) => [r.id, r.on_hand - r.reserved]))
}

export async function orderReservations(tx: Tx, orderId: number) {
  return tx.selectFrom('reservations').selectAll().where('order_id', '=', orderId).execute()
}
