import { RefusedError } from '../domain/errors.js'
import { appendEvent } from '../store/queries/events.js'
import { orderLines } from '../store/queries/orders.js'
import { orderShipments, shippedByLine } from '../store/queries/shipments.js'
import { applyStockMove, issueReserved } from '../store/queries/stock.js'
import { immediate } from '../store/transaction.js'
import { requirePermission, type ServiceContext } from './context.js'
import { orderForStep, updateOrder } from './order-guard.js'

/**
 * The goods leave the warehouse: the reserved stock is issued (on hand and reserved both
 * fall). The order is `shipped` when everything has gone.
 */
export async function sendShipment(
  ctx: ServiceContext,
  input: { number: string; shipment?: string | null; carrier?: string | null; tracking?: string | null },
): Promise<{ shipment: string; orderStatus: string }> {
  requirePermission(ctx, 'shipping.move', 'sending a shipment')
  return immediate(ctx.db, async (tx) => {
    const order = await orderForStep(tx, input.number, 'sendShipment')
    const shipments = await orderShipments(tx, order.id)
    const planned = shipments.filter((s) => s.status === 'planned')
    const sh = input.shipment ? shipments.find((s) => s.number === input.shipment) : planned[0]
    if (!sh) {
      throw new RefusedError(
        input.shipment
          ? `shipment ${input.shipment} is not on order ${order.number}`
          : `order ${order.number} has no shipment waiting to go; plan one with \`orderdesk ship ${order.number} --date <date>\``,
        'no_shipment',
      )
    }
    if (sh.status !== 'planned') throw new RefusedError(`shipment ${sh.number} is already ${sh.status}`, 'wrong_state')
    const at = ctx.now()
    const lines = await orderLines(tx, order.id)
    for (const l of sh.lines) {
      const line = lines.find((x) => x.id === l.lineId)!
      await issueReserved(tx, { orderId: order.id, lineId: l.lineId, productId: line.product_id, qty: l.qty, at })
      await applyStockMove(tx, { productId: line.product_id, qty: -l.qty, kind: 'issue', orderId: order.id, reason: sh.number, businessDate: ctx.today, at, actor: ctx.actor.name })
    }
    await tx
      .updateTable('shipments')
      .set({ status: 'sent', sent_date: ctx.today, carrier: input.carrier ?? sh.carrier, tracking: input.tracking ?? sh.tracking, updated_at: at })
      .where('id', '=', sh.id)
      .execute()
    const shipped = await shippedByLine(tx, order.id)
    const allAllocated = lines.every((l) => (shipped.get(l.id) ?? 0) >= l.qty)
    const stillPlanned = planned.some((p) => p.id !== sh.id)
    const to = allAllocated && !stillPlanned ? 'shipped' : order.status
    await updateOrder(tx, order, { status: to }, at)
    await appendEvent(tx, {
      at,
      businessDate: ctx.today,
      actor: ctx.actor.name,
      action: 'ship.send',
      entity: 'shipment',
      ref: sh.number,
      orderId: order.id,
      from: to !== order.status ? order.status : null,
      to: to !== order.status ? to : null,
      data: { shipment: sh.number, carrier: input.carrier ?? sh.carrier, tracking: input.tracking ?? sh.tracking, lines: sh.lines.map((l) => ({ sku: l.sku, qty: l.qty })) },
    })
    return { shipment: sh.number, orderStatus: to }
  })
}
