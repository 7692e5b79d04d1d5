import { RefusedError, ValidationError } from '../domain/errors.js'
import { msg } from '../domain/message.js'
import { findProductionOrder } from '../store/queries/production.js'
import { applyStockMove, releaseReserved, reservedByLine } from '../store/queries/stock.js'
import { findUser } from '../store/queries/users.js'
import type { OrderRow } from '../store/schema.js'
import type { Tx } from '../store/transaction.js'
import type { ProductionOrderView } from '../store/queries/production.js'
import { requirePermission, type ServiceContext } from './context.js'
import { requireManagerSignoff } from './manager-signoff.js'
import { productionStep } from './production-guard.js'

export interface ReopenProductionInput {
  number: string
  qty: number
  reason: string
  /** The manager who signs the correction off, and that manager's PIN. */
  manager: string
  pin: string | null
}

export interface ReopenProductionResult {
  qty: number
  doneQty: number
  remaining: number
  status: 'in_progress'
  orderStatus: string
  signedOffBy: string
}

/** The order statuses whose goods made by production are still in the warehouse, reserved for the order. */
const GOODS_IN_WAREHOUSE = ['confirmed', 'in_production', 'ready']

/**
 * MC takes back a wrongly reported completion (`production done`), signed off by a manager
 * with PIN: `qty` less is done, the goods go back out of the warehouse (a reversing stock move
 * `produce_reversal`, and the order line's reservation of them released; nothing deleted), and
 * the production order is in progress again — the order too, if it was ready. Refused when
 * the goods are no longer there to take back: on an outbound slip or shipped (a return brings
 * them back first), released by a cancellation or a change (a stock adjustment corrects it).
 */
export async function reopenProduction(ctx: ServiceContext, input: ReopenProductionInput): Promise<ReopenProductionResult> {
  requirePermission(ctx, 'production.work', 'production.reopen')
  if (!Number.isInteger(input.qty) || input.qty <= 0) throw new ValidationError('qty', input.qty, msg('production.qtyNotPositive', {}))
  if (!input.reason.trim()) throw new ValidationError('reason', input.reason, msg('production.reasonEmpty', {}))
  const manager = await findUser(ctx.db, input.manager)
  if (!manager || manager.role !== 'manager') throw new ValidationError('manager', input.manager, msg('production.notManager', {}))
  const mo = await findProductionOrder(ctx.db, input.number)
  await requireManagerSignoff({ ...ctx, actor: manager }, input.pin, { action: 'production reopen', ref: input.number, orderId: mo?.order_id })
  return productionStep(ctx, input.number, 'reopen', async (tx, mo, order, at) => {
    await requireGoodsBack(tx, mo, order, input.qty)
    await outOfStock(ctx, tx, mo, order, input.qty, at, input.reason)
    const doneQty = mo.done_qty - input.qty
    const remaining = mo.qty - doneQty
    const to = order.status === 'ready' || order.status === 'confirmed' ? 'in_production' : order.status
    return {
      production: { done_qty: doneQty, status: 'in_progress', progress: Math.floor((doneQty / mo.qty) * 100) },
      order: { status: to },
      event: {
        action: 'production.reopen',
        data: { mo: mo.number, qty: input.qty, reason: input.reason, doneQty: { from: mo.done_qty, to: doneQty }, status: { from: mo.status, to: 'in_progress' }, signedOffBy: manager.name },
      },
      result: { qty: input.qty, doneQty, remaining, status: 'in_progress', orderStatus: to, signedOffBy: manager.name },
    }
  })
}

/** Refuses unless `qty` of what was reported done is still in the warehouse, reserved for the order line. */
async function requireGoodsBack(tx: Tx, mo: ProductionOrderView, order: OrderRow, qty: number): Promise<void> {
  if (mo.done_qty === 0) throw new RefusedError(msg('production.nothingDone', { number: mo.number }), 'nothing_done', { productionOrder: mo.number })
  if (qty > mo.done_qty) throw new ValidationError('qty', qty, msg('production.reopenOverDone', { number: mo.number, done: mo.done_qty }))
  if (order.status === 'cancelled') {
    throw new RefusedError(msg('production.reopenOrderCancelled', { number: mo.number, order: order.number }), 'goods_released', { order: order.number })
  }
  if (!GOODS_IN_WAREHOUSE.includes(order.status)) {
    throw new RefusedError(msg('production.reopenGoodsLeft', { number: mo.number, order: order.number, status: order.status }), 'goods_left', {
      order: order.number,
      status: order.status,
    })
  }
  const reserved = (await reservedByLine(tx, order.id)).get(mo.line_id) ?? 0
  if (reserved < qty) {
    throw new RefusedError(msg('production.reopenNotReserved', { number: mo.number, sku: mo.sku, reserved, qty }), 'not_reserved', { reserved, qty })
  }
}

/** The goods leave the warehouse again: the line's reservation of them released, and a reversing move of what `production done` put in. */
async function outOfStock(ctx: ServiceContext, tx: Tx, mo: ProductionOrderView, order: OrderRow, qty: number, at: string, reason: string): Promise<void> {
  await releaseReserved(tx, { orderId: order.id, lineId: mo.line_id, productId: mo.product_id, qty, at })
  await applyStockMove(tx, {
    productId: mo.product_id,
    qty: -qty,
    kind: 'produce_reversal',
    orderId: order.id,
    reason: `${mo.number}: ${reason}`,
    businessDate: ctx.today,
    at,
    actor: ctx.actor.name,
  })
}
