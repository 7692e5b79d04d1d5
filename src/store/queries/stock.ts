import { sql } from 'kysely'
import type { Tx } from '../tx.js'

export interface StockMove {
  productId: number
  qty: number
  /** return: goods back after delivery (`return receive`); produce_reversal: goods a wrong `production done` put in, taken back out (`production reopen`). */
  kind: 'receive' | 'adjust' | 'produce' | 'issue' | 'produce_reversal' | 'return'
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

/**
 * Issues reserved stock for an order line as the goods leave: the reservation (or the part
 * of it that is shipped) becomes `issued`, and the product's reserved figure falls with it.
 * The matching on-hand move is the caller's `applyStockMove(kind: 'issue')`.
 */
export async function issueReserved(tx: Tx, r: LineQty): Promise<void> {
  const issued = await endReservations(tx, r, 'issued')
  if (issued < r.qty) throw new Error(`line ${r.lineId} has ${issued} reserved, cannot issue ${r.qty}`)
  await lowerReserved(tx, r.productId, r.qty)
}

/** Releases reserved stock of an order line back to free stock (newest reservations first). */
export async function releaseReserved(tx: Tx, r: LineQty): Promise<void> {
  if (r.qty <= 0) return
  const released = await endReservations(tx, r, 'released')
  if (released > 0) await lowerReserved(tx, r.productId, released)
}

/** A quantity of an order line's product, at a time. */
interface LineQty {
  orderId: number
  lineId: number
  productId: number
  qty: number
  at: string
}

/**
 * Ends up to `r.qty` of a line's active reservations as `to` — issued oldest first, released
 * newest first — splitting the last one where only part of it is needed. Returns how much it ended.
 */
async function endReservations(tx: Tx, r: LineQty, to: 'issued' | 'released'): Promise<number> {
  const active = await tx
    .selectFrom('reservations')
    .selectAll()
    .where('line_id', '=', r.lineId)
    .where('status', '=', 'active')
    .orderBy('id', to === 'issued' ? 'asc' : 'desc')
    .execute()
  let need = r.qty
  for (const res of active) {
    if (need <= 0) break
    if (res.qty <= need) {
      await tx.updateTable('reservations').set({ status: to }).where('id', '=', res.id).execute()
      need -= res.qty
    } else {
      await tx.updateTable('reservations').set({ qty: res.qty - need }).where('id', '=', res.id).execute()
      await tx.insertInto('reservations').values({ order_id: r.orderId, line_id: r.lineId, product_id: r.productId, qty: need, status: to, created_at: r.at }).execute()
      need = 0
    }
  }
  return r.qty - need
}

async function lowerReserved(tx: Tx, productId: number, qty: number): Promise<void> {
  await tx
    .updateTable('products')
    .set({ reserved: sql`reserved - ${qty}` })
    .where('id', '=', productId)
    .execute()
}

/** Stock reserved (active reservations) per order line of an order. */
export async function reservedByLine(tx: Tx, orderId: number): Promise<Map<number, number>> {
  const rows = await tx
    .selectFrom('reservations')
    .select(['line_id', (eb) => eb.fn.sum<number>('qty').as('qty')])
    .where('order_id', '=', orderId)
    .where('status', '=', 'active')
    .groupBy('line_id')
    .execute()
  return new Map(rows.map((r) => [r.line_id, Number(r.qty)]))
}
