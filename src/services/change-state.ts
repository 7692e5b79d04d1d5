import type { ChangeState } from '../domain/change-plan.js'
import type { IsoDate } from '../domain/dates.js'
import { orderLines } from '../store/queries/orders.js'
import type { OrderRow } from '../store/schema.js'
import type { Tx } from '../store/transaction.js'

/** What a change is evaluated against: per line reserved stock, shipped and still-to-make quantities. */
export async function loadChangeState(tx: Tx, order: OrderRow, today: IsoDate, extraSkus: string[]): Promise<ChangeState> {
  const lines = await orderLines(tx, order.id)
  const reservations = await tx
    .selectFrom('reservations')
    .select(['line_id', (eb) => eb.fn.sum<number>('qty').as('qty')])
    .where('order_id', '=', order.id)
    .where('status', '=', 'active')
    .groupBy('line_id')
    .execute()
  const shipped = await tx
    .selectFrom('shipment_lines')
    .innerJoin('shipments', 'shipments.id', 'shipment_lines.shipment_id')
    .select(['shipment_lines.line_id', (eb) => eb.fn.sum<number>('shipment_lines.qty').as('qty')])
    .where('shipments.order_id', '=', order.id)
    .where('shipments.status', '!=', 'cancelled')
    .groupBy('shipment_lines.line_id')
    .execute()
  const pos = await tx
    .selectFrom('production_orders')
    .select(['line_id', 'qty', 'done_qty', 'status', 'committed_date', 'due_date'])
    .where('order_id', '=', order.id)
    .where('status', 'not in', ['done', 'cancelled'])
    .execute()
  const dispatched = (await tx.selectFrom('documents').select('id').where('order_id', '=', order.id).where('kind', '=', 'sales_order').executeTakeFirst()) !== undefined
  const skus = [...new Set([...lines.map((l) => l.sku), ...extraSkus])]
  const products = skus.length
    ? await tx.selectFrom('products').select(['sku', 'producible', 'price', 'on_hand', 'reserved']).where('sku', 'in', skus).execute()
    : []
  return {
    today,
    promisedDate: order.promised_date,
    requestedDate: order.requested_date,
    dispatched,
    lines: lines.map((l) => {
      const open = pos.filter((p) => p.line_id === l.id)
      const openProduction = dispatched ? open.reduce((s, p) => s + (p.qty - p.done_qty), 0) : l.shortfall
      const readyBy = dispatched ? open.map((p) => p.committed_date ?? p.due_date).sort().at(-1) ?? null : l.shortfall > 0 ? l.line_date : null
      return {
        lineId: l.id,
        sku: l.sku,
        qty: l.qty,
        unitPrice: l.unit_price,
        discountBp: l.discount_bp,
        reserved: Number(reservations.find((r) => r.line_id === l.id)?.qty ?? 0),
        shipped: Number(shipped.find((r) => r.line_id === l.id)?.qty ?? 0),
        openProduction,
        readyBy,
      }
    }),
    products: Object.fromEntries(
      products.map((p) => [p.sku, { sku: p.sku, producible: p.producible === 1, listPrice: p.price, available: p.on_hand - p.reserved }]),
    ),
  }
}
