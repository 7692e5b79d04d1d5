import { RefusedError } from '../domain/errors.js'
import { msg } from '../domain/message.js'
import { orderLines } from '../store/queries/orders.js'
import { orderShipments, shippedByLine, updateShipment, type ShipmentView } from '../store/queries/shipments.js'
import { applyStockMove, issueReserved } from '../store/queries/stock.js'
import type { OrderRow } from '../store/schema.js'
import type { Tx } from '../store/transaction.js'
import { requirePermission, type ServiceContext } from './context.js'
import { orderStep } from './record-step.js'

/**
 * The goods leave the warehouse: the reserved stock is issued (on hand and reserved both
 * fall). The order is `shipped` when everything has gone.
 */
export async function sendShipment(
  ctx: ServiceContext,
  input: { number: string; shipment?: string | null; carrier?: string | null; tracking?: string | null },
): Promise<{ shipment: string; orderStatus: string }> {
  requirePermission(ctx, 'shipping.move', 'shipment.send')
  return orderStep(ctx, input.number, 'sendShipment', async (tx, order, at) => {
    const shipments = await orderShipments(tx, order.id)
    const planned = shipments.filter((s) => s.status === 'planned')
    const sh = input.shipment ? shipments.find((s) => s.number === input.shipment) : planned[0]
    if (!sh) {
      const m = input.shipment ? msg('shipping.notOnOrder', { shipment: input.shipment, order: order.number }) : msg('shipping.nothingWaiting', { order: order.number })
      throw new RefusedError(m, 'no_shipment')
    }
    if (sh.status !== 'planned') throw new RefusedError(msg('shipping.alreadyGone', { shipment: sh.number, status: sh.status }), 'wrong_state')
    const lines = await orderLines(tx, order.id)
    await issueGoods(ctx, tx, order, sh, new Map(lines.map((l) => [l.id, l.product_id])), at)
    const carrier = input.carrier ?? sh.carrier
    const tracking = input.tracking ?? sh.tracking
    await updateShipment(tx, sh.id, { status: 'sent', sent_date: ctx.today, carrier, tracking }, at)
    const shipped = await shippedByLine(tx, order.id)
    const allAllocated = lines.every((l) => (shipped.get(l.id) ?? 0) >= l.qty)
    const to = allAllocated && !planned.some((p) => p.id !== sh.id) ? 'shipped' : order.status
    return {
      patch: { status: to },
      event: { action: 'ship.send', entity: 'shipment', ref: sh.number, data: { shipment: sh.number, carrier, tracking, lines: sh.lines.map((l) => ({ sku: l.sku, qty: l.qty })) } },
      result: { shipment: sh.number, orderStatus: to },
    }
  })
}

/** The reserved stock of each line on the slip is issued, and leaves the warehouse as a stock move. */
async function issueGoods(ctx: ServiceContext, tx: Tx, order: OrderRow, sh: ShipmentView, productOf: Map<number, number>, at: string): Promise<void> {
  for (const l of sh.lines) {
    const productId = productOf.get(l.lineId)!
    await issueReserved(tx, { orderId: order.id, lineId: l.lineId, productId, qty: l.qty, at })
    await applyStockMove(tx, { productId, qty: -l.qty, kind: 'issue', orderId: order.id, reason: sh.number, businessDate: ctx.today, at, actor: ctx.actor.name })
  }
}
