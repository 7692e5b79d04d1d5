import { RefusedError, ValidationError } from '../domain/errors.js'
import { daysBetween, type IsoDate } from '../domain/dates.js'
import { appendEvent } from '../store/queries/events.js'
import { orderLines } from '../store/queries/orders.js'
import { orderShipments, shippedByLine } from '../store/queries/shipments.js'
import { immediate } from '../store/transaction.js'
import { requirePermission, type ServiceContext } from './context.js'
import { orderForStep, updateOrder } from './order-guard.js'

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
  requirePermission(ctx, 'shipping.move', 'recording a delivery')
  const date = input.date ?? ctx.today
  if (date > ctx.today) throw new ValidationError('date', date, `a delivery cannot be after today (${ctx.today})`)
  return immediate(ctx.db, async (tx) => {
    const order = await orderForStep(tx, input.number, 'deliverShipment')
    const shipments = await orderShipments(tx, order.id)
    const sh = input.shipment ? shipments.find((s) => s.number === input.shipment) : shipments.find((s) => s.status === 'sent')
    if (!sh) {
      throw new RefusedError(
        input.shipment ? `shipment ${input.shipment} is not on order ${order.number}` : `order ${order.number} has no shipment on the way; send it first with \`orderdesk ship send ${order.number}\``,
        'no_shipment',
      )
    }
    if (sh.status !== 'sent') throw new RefusedError(`shipment ${sh.number} is ${sh.status}, not on the way`, 'wrong_state')
    if (date < sh.sent_date!) throw new ValidationError('date', date, `before the goods left (${sh.sent_date})`)
    const promised = order.promised_date ?? date
    const onTime = date <= promised
    const daysLate = Math.max(0, daysBetween(promised, date))
    const at = ctx.now()
    await tx.updateTable('shipments').set({ status: 'delivered', delivered_date: date, on_time: onTime ? 1 : 0, updated_at: at }).where('id', '=', sh.id).execute()
    const lines = await orderLines(tx, order.id)
    const shipped = await shippedByLine(tx, order.id)
    const allAllocated = lines.every((l) => (shipped.get(l.id) ?? 0) >= l.qty)
    const allDelivered = shipments.every((s) => s.id === sh.id || s.status === 'delivered')
    const completed = allAllocated && allDelivered
    const to = completed ? 'completed' : order.status
    await updateOrder(tx, order, completed ? { status: to, delivered_date: date, on_time: onTime ? 1 : 0 } : {}, at)
    await appendEvent(tx, {
      at,
      businessDate: ctx.today,
      actor: ctx.actor.name,
      action: 'ship.deliver',
      entity: 'shipment',
      ref: sh.number,
      orderId: order.id,
      from: to !== order.status ? order.status : null,
      to: to !== order.status ? to : null,
      data: { shipment: sh.number, date, promisedDate: order.promised_date, onTime, daysLate },
    })
    return { shipment: sh.number, orderStatus: to, onTime, daysLate }
  })
}
