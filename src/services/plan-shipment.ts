import type { Insertable } from 'kysely'
import { RefusedError, ValidationError } from '../domain/errors.js'
import type { IsoDate } from '../domain/dates.js'
import { msg } from '../domain/message.js'
import { formatMoney } from '../domain/money.js'
import { DOCUMENT_KINDS, documentNumber } from '../domain/numbering.js'
import { paidInFull, paymentStatus, type PaymentStatus } from '../domain/payment-status.js'
import { allocateShipment, type ShipmentPart } from '../domain/shipment-plan.js'
import { nextOrderSeq } from '../store/queries/order-seq.js'
import { findOrderRow, orderLines } from '../store/queries/orders.js'
import { insertShipment, shippedByLine } from '../store/queries/shipments.js'
import type { OrderRow, ShipmentsTable } from '../store/schema.js'
import { requirePermission, type ServiceContext } from './context.js'
import { requireManagerSignoff } from './manager-signoff.js'
import { orderStep } from './record-step.js'

export interface PlanShipmentInput {
  number: string
  date: IsoDate
  carrier?: string | null
  address?: string | null
  /** Partial shipment: quantities per sku; null ships everything not yet on a shipment. */
  items?: { sku: string; qty: number }[] | null
  allowUnpaid?: { reason: string; pin: string | null } | null
}

export interface PlanShipmentResult {
  shipment: string
  parts: ShipmentPart[]
  unpaid: boolean
}

/**
 * SPEC §1 step 5: the goods are in the warehouse; re-confirm the payment, agree the ship date
 * and give logistics a goods outbound slip (货物出库单). Not fully paid: refused, unless a
 * manager signs an override with a reason.
 */
export async function planShipment(ctx: ServiceContext, input: PlanShipmentInput): Promise<PlanShipmentResult> {
  requirePermission(ctx, 'shipping.plan', 'shipment.plan')
  if (input.date < ctx.today) throw new ValidationError('date', input.date, msg('shipping.dateBeforeToday', { today: ctx.today }))
  if (input.allowUnpaid) {
    if (!input.allowUnpaid.reason.trim()) throw new ValidationError('reason', input.allowUnpaid.reason, msg('shipping.unpaidReasonEmpty', {}))
    const probe = await findOrderRow(ctx.db, input.number)
    await requireManagerSignoff(ctx, input.allowUnpaid.pin, { action: 'ship --allow-unpaid', ref: input.number, orderId: probe?.id })
  }
  return orderStep(ctx, input.number, 'planShipment', async (tx, order, at) => {
    const lines = await orderLines(tx, order.id)
    const shipped = await shippedByLine(tx, order.id)
    const shippable = lines.map((l) => ({ lineId: l.id, sku: l.sku, qty: l.qty, shipped: shipped.get(l.id) ?? 0 }))
    if (shippable.every((l) => l.shipped >= l.qty)) throw new RefusedError(msg('shipping.allOnShipment', { order: order.number }), 'nothing_to_ship')
    const pay = paidEnough(order, input)
    const parts = allocateShipment(shippable, input.items ?? null)
    const number = documentNumber(order.number, DOCUMENT_KINDS.outbound_slip, await nextOrderSeq(tx, order.id, 'shipment'))
    const unpaid = !paidInFull(pay) ? { paymentStatus: pay, reason: input.allowUnpaid!.reason, approvedBy: ctx.actor.name } : null
    const productOf = new Map(lines.map((l) => [l.id, l.product_id]))
    await insertShipment(tx, slip(ctx, order, input, number, unpaid, at), parts.map((p) => ({ lineId: p.lineId, productId: productOf.get(p.lineId)!, qty: p.qty })))
    return {
      patch: { status: 'shipping' },
      event: {
        action: 'ship.plan',
        entity: 'shipment',
        ref: number,
        data: { shipment: number, shipDate: input.date, lines: parts.map((p) => ({ sku: p.sku, qty: p.qty })), ...(unpaid ? { unpaid } : {}) },
      },
      result: { shipment: number, parts, unpaid: unpaid !== null },
      // the clerk issues the goods outbound slip
      issues: [{ form: 'outbound-slip', ref: number }],
    }
  })
}

/** The goods outbound slip: planned for the agreed date, with the manager's override when it ships unpaid. */
function slip(ctx: ServiceContext, order: OrderRow, input: PlanShipmentInput, number: string, unpaid: { reason: string; approvedBy: string } | null, at: string): Insertable<ShipmentsTable> {
  return {
    number,
    order_id: order.id,
    status: 'planned',
    ship_date: input.date,
    carrier: input.carrier ?? null,
    address: input.address ?? null,
    tracking: null,
    sent_date: null,
    delivered_date: null,
    on_time: null,
    unpaid_reason: unpaid?.reason ?? null,
    unpaid_approved_by: unpaid?.approvedBy ?? null,
    created_by: ctx.actor.name,
    created_at: at,
    updated_at: at,
  }
}

/** The payment re-confirmed: not fully paid is refused, unless a manager signed it off (`allowUnpaid`). */
function paidEnough(order: OrderRow, input: PlanShipmentInput): PaymentStatus {
  const pay = paymentStatus({ total: order.total, paid: order.paid, depositPct: order.deposit_pct })
  if (!paidInFull(pay) && !input.allowUnpaid) {
    throw new RefusedError(msg('shipping.notPaid', { order: order.number, status: pay, paid: order.paid, total: order.total }), 'not_paid', {
      paymentStatus: pay,
      balance: formatMoney(order.total - order.paid),
    })
  }
  return pay
}
