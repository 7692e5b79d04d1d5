import { RefusedError, ValidationError } from '../domain/errors.js'
import type { IsoDate } from '../domain/dates.js'
import { formatMoney } from '../domain/money.js'
import { DOCUMENT_KINDS, documentNumber } from '../domain/numbering.js'
import { paymentStatus } from '../domain/payment-status.js'
import { allocateShipment, type ShipmentPart } from '../domain/shipment-plan.js'
import { appendEvent } from '../store/queries/events.js'
import { orderLines } from '../store/queries/orders.js'
import { shippedByLine } from '../store/queries/shipments.js'
import { nextOrderSeq } from '../store/queries/order-seq.js'
import { immediate } from '../store/transaction.js'
import { requirePermission, type ServiceContext } from './context.js'
import { requireManagerSignoff } from './manager-signoff.js'
import { orderForStep, updateOrder } from './order-guard.js'

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
  requirePermission(ctx, 'shipping.plan', 'planning a shipment')
  if (input.date < ctx.today) throw new ValidationError('date', input.date, `the ship date must not be before today (${ctx.today})`)
  if (input.allowUnpaid) {
    if (!input.allowUnpaid.reason.trim()) throw new ValidationError('reason', input.allowUnpaid.reason, 'say why it may ship unpaid')
    const probe = await ctx.db.selectFrom('orders').select('id').where('number', '=', input.number).executeTakeFirst()
    await requireManagerSignoff(ctx, input.allowUnpaid.pin, { action: 'ship --allow-unpaid', ref: input.number, orderId: probe?.id })
  }
  return immediate(ctx.db, async (tx) => {
    const order = await orderForStep(tx, input.number, 'planShipment')
    const lines = await orderLines(tx, order.id)
    const shipped = await shippedByLine(tx, order.id)
    const shippable = lines.map((l) => ({ lineId: l.id, sku: l.sku, qty: l.qty, shipped: shipped.get(l.id) ?? 0 }))
    if (shippable.every((l) => l.shipped >= l.qty)) {
      throw new RefusedError(`everything on order ${order.number} is already on a shipment; next: orderdesk ship send ${order.number}`, 'nothing_to_ship')
    }
    const pay = paymentStatus({ total: order.total, paid: order.paid, depositPct: order.deposit_pct })
    if (pay !== 'paid' && !input.allowUnpaid) {
      throw new RefusedError(
        `order ${order.number} is not paid (${pay}: ${formatMoney(order.paid)} of ${formatMoney(order.total)}); record the payment with \`orderdesk payment record ${order.number} --amount ${formatMoney(order.total - order.paid)}\`, or a manager may ship it with --allow-unpaid --reason`,
        'not_paid',
        { paymentStatus: pay, balance: formatMoney(order.total - order.paid) },
      )
    }
    const parts = allocateShipment(shippable, input.items ?? null)
    const seq = await nextOrderSeq(tx, order.id, 'shipment')
    const number = documentNumber(order.number, DOCUMENT_KINDS.outbound_slip, seq)
    const at = ctx.now()
    const unpaid = pay !== 'paid'
    const { id } = await tx
      .insertInto('shipments')
      .values({
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
        unpaid_reason: unpaid ? input.allowUnpaid!.reason : null,
        unpaid_approved_by: unpaid ? ctx.actor.name : null,
        created_by: ctx.actor.name,
        created_at: at,
        updated_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    const productOf = new Map(lines.map((l) => [l.id, l.product_id]))
    await tx
      .insertInto('shipment_lines')
      .values(parts.map((p) => ({ shipment_id: id, line_id: p.lineId, product_id: productOf.get(p.lineId)!, qty: p.qty })))
      .execute()
    const to = 'shipping'
    await updateOrder(tx, order, { status: to }, at)
    await appendEvent(tx, {
      at,
      businessDate: ctx.today,
      actor: ctx.actor.name,
      action: 'ship.plan',
      entity: 'shipment',
      ref: number,
      orderId: order.id,
      from: order.status !== to ? order.status : null,
      to: order.status !== to ? to : null,
      data: {
        shipment: number,
        shipDate: input.date,
        lines: parts.map((p) => ({ sku: p.sku, qty: p.qty })),
        ...(unpaid ? { unpaid: { paymentStatus: pay, reason: input.allowUnpaid!.reason, approvedBy: ctx.actor.name } } : {}),
      },
    })
    return { shipment: number, parts, unpaid }
  })
}
