import { ValidationError } from '../domain/errors.js'
import { appendEvent } from '../store/queries/events.js'
import { applyStockMove, reserveStock } from '../store/queries/stock.js'
import { immediate } from '../store/transaction.js'
import { requirePermission, type ServiceContext } from './context.js'
import { updateOrder } from './order-guard.js'
import { productionForStep, setProduction } from './production-guard.js'

export interface CompleteProductionResult {
  good: number
  rejected: number
  remaining: number
  status: 'in_progress' | 'done'
  orderStatus: string
}

/**
 * MC reports goods finished: `qty` inspected (default: all that remains), of which
 * `rejected` failed quality control and stay open for rework. The good quantity goes into
 * the warehouse as a stock move and is reserved for the order at once. When every production
 * order of the order is done, the order is `ready`.
 */
export async function completeProduction(
  ctx: ServiceContext,
  input: { number: string; qty?: number | null; rejected?: number | null },
): Promise<CompleteProductionResult> {
  requirePermission(ctx, 'production.work', 'reporting production done')
  return immediate(ctx.db, async (tx) => {
    const { mo, order } = await productionForStep(tx, input.number, 'done')
    const remaining = mo.qty - mo.done_qty
    const qty = input.qty ?? remaining
    const rejected = input.rejected ?? 0
    if (!Number.isInteger(qty) || qty <= 0) throw new ValidationError('qty', qty, 'must be a positive whole number')
    if (qty > remaining) throw new ValidationError('qty', qty, `only ${remaining} remain on ${mo.number}`)
    if (!Number.isInteger(rejected) || rejected < 0 || rejected > qty) {
      throw new ValidationError('rejected', rejected, `must be a whole number from 0 to ${qty}`)
    }
    const good = qty - rejected
    const at = ctx.now()
    if (good > 0) {
      await applyStockMove(tx, { productId: mo.product_id, qty: good, kind: 'produce', orderId: order.id, reason: mo.number, businessDate: ctx.today, at, actor: ctx.actor.name })
      await reserveStock(tx, { orderId: order.id, lineId: mo.line_id, productId: mo.product_id, qty: good, at })
    }
    const doneQty = mo.done_qty + good
    const status = doneQty >= mo.qty ? 'done' : 'in_progress'
    await setProduction(
      tx,
      mo.id,
      { done_qty: doneQty, rejected_qty: mo.rejected_qty + rejected, status, progress: status === 'done' ? 100 : Math.floor((doneQty / mo.qty) * 100) },
      at,
    )
    const open = await tx
      .selectFrom('production_orders')
      .select('id')
      .where('order_id', '=', order.id)
      .where('status', 'not in', ['done', 'cancelled'])
      .where('id', '!=', mo.id)
      .executeTakeFirst()
    const allDone = status === 'done' && !open
    let to = order.status
    if (allDone) to = 'ready'
    else if (order.status === 'confirmed') to = 'in_production'
    await updateOrder(tx, order, to === 'ready' ? { status: to, at_risk: 0 } : { status: to }, at)
    await appendEvent(tx, {
      at,
      businessDate: ctx.today,
      actor: ctx.actor.name,
      action: 'production.done',
      entity: 'production_order',
      ref: mo.number,
      orderId: order.id,
      from: to !== order.status ? order.status : null,
      to: to !== order.status ? to : null,
      data: { mo: mo.number, qty, good, rejected, doneQty, remaining: mo.qty - doneQty, status },
    })
    return { good, rejected, remaining: mo.qty - doneQty, status, orderStatus: to }
  })
}
