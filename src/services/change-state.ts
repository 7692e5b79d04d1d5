import type { ChangeState } from '../domain/change-plan.js'
import type { IsoDate } from '../domain/dates.js'
import { hasDocument } from '../store/queries/documents.js'
import { orderLines } from '../store/queries/orders.js'
import { findProductsBySku } from '../store/queries/products.js'
import { openProductionOfOrder } from '../store/queries/production.js'
import { shippedByLine } from '../store/queries/shipments.js'
import { reservedByLine } from '../store/queries/stock.js'
import type { OrderRow } from '../store/schema.js'
import type { Tx } from '../store/transaction.js'

/** What a change is evaluated against: per line reserved stock, shipped and still-to-make quantities. */
export async function loadChangeState(tx: Tx, order: OrderRow, today: IsoDate, extraSkus: string[]): Promise<ChangeState> {
  const lines = await orderLines(tx, order.id)
  const reserved = await reservedByLine(tx, order.id)
  const shipped = await shippedByLine(tx, order.id)
  const pos = await openProductionOfOrder(tx, order.id)
  const dispatched = await hasDocument(tx, order.id, 'sales_order')
  const products = await findProductsBySku(tx, [...new Set([...lines.map((l) => l.sku), ...extraSkus])])
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
        lineNo: l.line_no,
        sku: l.sku,
        qty: l.qty,
        unitPrice: l.unit_price,
        discountBp: l.discount_bp,
        reserved: reserved.get(l.id) ?? 0,
        shipped: shipped.get(l.id) ?? 0,
        openProduction,
        readyBy,
      }
    }),
    products: Object.fromEntries(
      products.map((p) => [p.sku, { sku: p.sku, producible: p.producible === 1, listPrice: p.price, available: p.on_hand - p.reserved }]),
    ),
  }
}
