import type { Insertable, Kysely } from 'kysely'
import type { Database, ReturnRow, ReturnsTable } from '../schema.js'

// issue 19: payments (returns after delivery)

export async function orderReturns(db: Kysely<Database>, orderId: number): Promise<ReturnRow[]> {
  return db.selectFrom('returns').selectAll().where('order_id', '=', orderId).orderBy('id').execute()
}

export async function insertReturn(tx: Kysely<Database>, row: Insertable<ReturnsTable>): Promise<void> {
  await tx.insertInto('returns').values(row).execute()
}

/** Quantity returned per order line; `outcome` only those (a remake ships again). */
export async function returnedByLine(db: Kysely<Database>, orderId: number, outcome?: 'refund' | 'remake'): Promise<Map<number, number>> {
  let q = db
    .selectFrom('returns')
    .select(['returns.line_id', (eb) => eb.fn.sum<number>('returns.qty').as('qty')])
    .where('returns.order_id', '=', orderId)
  if (outcome) q = q.where('returns.outcome', '=', outcome)
  const rows = await q.groupBy('returns.line_id').execute()
  return new Map(rows.map((r) => [r.line_id, Number(r.qty)]))
}

/** Quantity delivered per order line (shipments delivered). */
export async function deliveredByLine(db: Kysely<Database>, orderId: number): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom('shipment_lines')
    .innerJoin('shipments', 'shipments.id', 'shipment_lines.shipment_id')
    .select(['shipment_lines.line_id', (eb) => eb.fn.sum<number>('shipment_lines.qty').as('qty')])
    .where('shipments.order_id', '=', orderId)
    .where('shipments.status', '=', 'delivered')
    .groupBy('shipment_lines.line_id')
    .execute()
  return new Map(rows.map((r) => [r.line_id, Number(r.qty)]))
}

export interface ReturnView extends ReturnRow {
  sku: string
}

/** The order's returns with their product's sku, for order show. */
export async function orderReturnViews(db: Kysely<Database>, orderId: number): Promise<ReturnView[]> {
  return db
    .selectFrom('returns')
    .innerJoin('products', 'products.id', 'returns.product_id')
    .selectAll('returns')
    .select('products.sku')
    .where('returns.order_id', '=', orderId)
    .orderBy('returns.id')
    .execute()
}
