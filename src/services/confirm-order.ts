import { RefusedError, ValidationError } from '../domain/errors.js'
import { formatMoney } from '../domain/money.js'
import { DOCUMENT_KINDS, documentNumber } from '../domain/numbering.js'
import { depositAmount } from '../domain/payment-status.js'
import { leastLoaded } from '../domain/production-status.js'
import { appendEvent } from '../store/queries/events.js'
import { orderLines } from '../store/queries/orders.js'
import { mcWorkload } from '../store/queries/production.js'
import { immediate } from '../store/transaction.js'
import type { ServiceContext } from './context.js'
import { requireManagerSignoff } from './manager-signoff.js'
import { orderForStep, updateOrder } from './order-guard.js'

export interface ConfirmOrderResult {
  salesOrder: string
  status: 'confirmed' | 'ready'
  productionOrders: { number: string; sku: string; qty: number; assignee: string; dueDate: string }[]
}

/**
 * SPEC §1 step 3: the manager signs the sales order once the contract's deposit has arrived,
 * and with it a production order for every line's shortfall, each dispatched to the MC user
 * with the least open work (or `assign`). All from stock: the order is `ready` at once.
 */
export async function confirmOrder(
  ctx: ServiceContext,
  input: { number: string; pin: string | null; assign?: string | null; expectedRevision?: number },
): Promise<ConfirmOrderResult> {
  const probe = await ctx.db.selectFrom('orders').select('id').where('number', '=', input.number).executeTakeFirst()
  await requireManagerSignoff(ctx, input.pin, { action: 'order confirm', ref: input.number, orderId: probe?.id })
  return immediate(ctx.db, async (tx) => {
    const order = await orderForStep(tx, input.number, 'confirm', input.expectedRevision)
    const deposit = depositAmount(order.total, order.deposit_pct)
    if (order.paid < deposit) {
      throw new RefusedError(
        `the deposit for order ${order.number} has not arrived: ${formatMoney(order.paid)} paid of the ${formatMoney(deposit)} required (${order.deposit_pct ?? 100} % of ${formatMoney(order.total)}); record it with \`orderdesk payment record ${order.number} --amount ${formatMoney(deposit - order.paid)}\``,
        'deposit_missing',
        { paid: formatMoney(order.paid), required: formatMoney(deposit) },
      )
    }
    const load = await mcWorkload(tx)
    if (input.assign) {
      const u = await tx.selectFrom('users').select(['name', 'role']).where('name', '=', input.assign).executeTakeFirst()
      if (!u || u.role !== 'mc') throw new ValidationError('assign', input.assign, 'must be a user with role mc')
    }
    const lines = (await orderLines(tx, order.id)).filter((l) => l.shortfall > 0)
    if (lines.length > 0 && !input.assign && load.length === 0) {
      throw new RefusedError('there is no MC user to dispatch production to; add one with `orderdesk user add <name> --role mc`', 'no_mc')
    }
    const at = ctx.now()
    const productionOrders: ConfirmOrderResult['productionOrders'] = []
    let seq = 0
    for (const l of lines) {
      const assignee = input.assign ?? leastLoaded(load)!
      const w = load.find((x) => x.name === assignee)
      if (w) {
        w.openCount++
        w.openQty += l.shortfall
      }
      const number = documentNumber(order.number, DOCUMENT_KINDS.production_order, ++seq)
      const dueDate = l.line_date ?? order.promised_date ?? ctx.today
      await tx
        .insertInto('production_orders')
        .values({
          number,
          order_id: order.id,
          line_id: l.id,
          product_id: l.product_id,
          qty: l.shortfall,
          status: 'dispatched',
          assignee,
          priority: order.rush,
          due_date: dueDate,
          committed_date: null,
          reject_reason: null,
          signed_by: ctx.actor.name,
          dispatched_date: ctx.today,
          rating: null,
          rating_comment: null,
          rated_by: null,
          created_at: at,
          updated_at: at,
        })
        .execute()
      productionOrders.push({ number, sku: l.sku, qty: l.shortfall, assignee, dueDate })
    }
    const salesOrder = documentNumber(order.number, DOCUMENT_KINDS.sales_order, 1)
    const status = productionOrders.length === 0 ? 'ready' : 'confirmed'
    const updated = await updateOrder(tx, order, { status }, at)
    await tx
      .insertInto('documents')
      .values({
        order_id: order.id,
        kind: 'sales_order',
        number: salesOrder,
        seq: 1,
        revision: updated.revision,
        status: 'signed',
        data: JSON.stringify({ total: order.total, promisedDate: order.promised_date, productionOrders }),
        created_by: ctx.actor.name,
        created_at: at,
        signed_by: ctx.actor.name,
        signed_at: ctx.today,
      })
      .execute()
    await appendEvent(tx, {
      at,
      businessDate: ctx.today,
      actor: ctx.actor.name,
      action: 'order.confirm',
      entity: 'order',
      ref: order.number,
      orderId: order.id,
      from: order.status,
      to: status,
      data: { salesOrder, productionOrders },
    })
    return { salesOrder, status, productionOrders }
  })
}
