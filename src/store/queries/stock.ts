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

/**
 * Issues reserved stock for an order line as the goods leave: the reservation (or the part
 * of it that is shipped) becomes `issued`, and the product's reserved figure falls with it.
 * The matching on-hand move is the caller's `applyStockMove(kind: 'issue')`.
 */
export async function issueReserved(tx: Tx, r: { orderId: number; lineId: number; productId: number; qty: number; at: string }): Promise<void> {
  const active = await tx
    .selectFrom('reservations')
    .selectAll()
    .where('line_id', '=', r.lineId)
    .where('status', '=', 'active')
    .orderBy('id')
    .execute()
  let need = r.qty
  for (const res of active) {
    if (need <= 0) break
    if (res.qty <= need) {
      await tx.updateTable('reservations').set({ status: 'issued' }).where('id', '=', res.id).execute()
      need -= res.qty
    } else {
      await tx.updateTable('reservations').set({ qty: res.qty - need }).where('id', '=', res.id).execute()
      await tx
        .insertInto('reservations')
        .values({ order_id: r.orderId, line_id: r.lineId, product_id: r.productId, qty: need, status: 'issued', created_at: r.at })
        .execute()
      need = 0
    }
  }
  if (need > 0) throw new Error(`line ${r.lineId} has ${r.qty - need} reserved, cannot issue ${r.qty}`)
  await tx
    .updateTable('products')
    .set({ reserved: sql`reserved - ${r.qty}` })
    .where('id', '=', r.productId)
    .execute()
}

/** Releases reserved stock of an order line back to free stock (newest reservations first). */
export async function releaseReserved(tx: Tx, r: { orderId: number; lineId: number; productId: number; qty: number; at: string }): Promise<void> {
  if (r.qty <= 0) return
  const active = await tx
    .selectFrom('reservations')
    .selectAll()
    .where('line_id', '=', r.lineId)
    .where('status', '=', 'active')
    .orderBy('id', 'desc')
    .execute()
  let need = r.qty
  for (const res of active) {
    if (need <= 0) break
    if (res.qty <= need) {
      await tx.updateTable('reservations').set({ status: 'released' }).where('id', '=', res.id).execute()
      need -= res.qty
    } else {
      await tx.updateTable('reservations').set({ qty: res.qty - need }).where('id', '=', res.id).execute()
      await tx
        .insertInto('reservations')
        .values({ order_id: r.orderId, line_id: r.lineId, product_id: r.productId, qty: need, status: 'released', created_at: r.at })
        .execute()
      need = 0
    }
  }
  const released = r.qty - need
  if (released > 0) {
    await tx
      .updateTable('products')
      .set({ reserved: sql`reserved - ${released}` })
      .where('id', '=', r.productId)
      .execute()
  }
}
