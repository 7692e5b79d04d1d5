import { RefusedError, ValidationError } from '../domain/errors.js'
import { daysBetween, type IsoDate } from '../domain/dates.js'
import { msg } from '../domain/message.js'
import { orderLines } from '../store/queries/orders.js'
import { orderShipments, shippedByLine, updateShipment, type ShipmentView } from '../store/queries/shipments.js'
import type { OrderRow } from '../store/schema.js'
import { requirePermission, type ServiceContext } from './context.js'
import { orderStep } from './record-step.js'

export interface DeliverResult {
  shipment: string
  orderStatus: string
  onTime: boolean
  daysLate: number
}

/**
 * The goods reached the customer. On time or late against the promised date is recorded;
 * the order is `completed` when everything has arrived.
 */
export async function deliverShipment(
  ctx: ServiceContext,
  input: { number: string; shipment?: string | null; date?: IsoDate | null },
): Promise<DeliverResult> {
  requirePermission(ctx, 'shipping.move', 'shipment.deliver')
  const date = input.date ?? ctx.today
  if (date > ctx.today) throw new ValidationError('date', date, msg('shipping.deliveryAfterToday', { today: ctx.today }))
  return orderStep(ctx, input.number, 'deliverShipment', async (tx, order, at) => {
    const shipments = await orderShipments(tx, order.id)
    const sh = onTheWay(order, shipments, input.shipment ?? null)
    if (date < sh.sent_date!) throw new ValidationError('date', date, msg('shipping.beforeSent', { sent: sh.sent_date! }))
    const promised = order.promised_date ?? date
    const onTime = date <= promised
    const daysLate = Math.max(0, daysBetween(promised, date))
    await updateShipment(tx, sh.id, { status: 'delivered', delivered_date: date, on_time: onTime ? 1 : 0 }, at)
    const lines = await orderLines(tx, order.id)
    const shipped = await shippedByLine(tx, order.id)
    const allAllocated = lines.every((l) => (shipped.get(l.id) ?? 0) >= l.qty)
    const completed = allAllocated && shipments.every((s) => s.id === sh.id || s.status === 'delivered')
    return {
      patch: completed ? { status: 'completed', delivered_date: date, on_time: onTime ? 1 : 0 } : {},
      event: { action: 'ship.deliver', entity: 'shipment', ref: sh.number, data: { shipment: sh.number, date, promisedDate: order.promised_date, onTime, daysLate } },
      result: { shipment: sh.number, orderStatus: completed ? 'completed' : order.status, onTime, daysLate },
    }
  })
}

/** The shipment named (it must be the order's), or the order's first on the way; refused unless it is on the way. */
function onTheWay(order: OrderRow, shipments: ShipmentView[], named: string | null): ShipmentView {
  const sh = named ? shipments.find((s) => s.number === named) : shipments.find((s) => s.status === 'sent')
  if (!sh) {
    throw new RefusedError(named ? msg('shipping.notOnOrder', { shipment: named, order: order.number }) : msg('shipping.nothingOnTheWay', { order: order.number }), 'no_shipment')
  }
  if (sh.status !== 'sent') throw new RefusedError(msg('shipping.notOnTheWay', { shipment: sh.number, status: sh.status }), 'wrong_state')
  return sh
}
