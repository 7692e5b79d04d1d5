import { ValidationError } from '../domain/errors.js'
import { msg } from '../domain/message.js'
import { hasOtherOpenProductionOrder, type ProductionOrderView } from '../store/queries/production.js'
import { applyStockMove, reserveStock } from '../store/queries/stock.js'
import type { OrderRow } from '../store/schema.js'
import type { Tx } from '../store/transaction.js'
import { requirePermission, type ServiceContext } from './context.js'
import { productionStep } from './production-guard.js'

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
  requirePermission(ctx, 'production.work', 'production.done')
  return productionStep(ctx, input.number, 'done', async (tx, mo, order, at) => {
    const { qty, rejected } = inspected(mo, input)
    const good = qty - rejected
    if (good > 0) await intoStock(ctx, tx, mo, order, good, at)
    const doneQty = mo.done_qty + good
    const status = doneQty >= mo.qty ? 'done' : 'in_progress'
    const to = status === 'done' && !(await hasOtherOpenProductionOrder(tx, order.id, mo.id)) ? 'ready' : order.status === 'confirmed' ? 'in_production' : order.status
    const remaining = mo.qty - doneQty
    return {
      production: { done_qty: doneQty, rejected_qty: mo.rejected_qty + rejected, status, progress: status === 'done' ? 100 : Math.floor((doneQty / mo.qty) * 100) },
      order: to === 'ready' ? { status: to, at_risk: 0 } : { status: to },
      event: { action: 'production.done', data: { mo: mo.number, qty, good, rejected, doneQty, remaining, status } },
      result: { good, rejected, remaining, status, orderStatus: to },
    }
  })
}

/** The quantity inspected (all that remains unless given) and how much of it failed, checked. */
function inspected(mo: ProductionOrderView, input: { qty?: number | null; rejected?: number | null }): { qty: number; rejected: number } {
  const remaining = mo.qty - mo.done_qty
  const qty = input.qty ?? remaining
  const rejected = input.rejected ?? 0
  if (!Number.isInteger(qty) || qty <= 0) throw new ValidationError('qty', qty, msg('production.qtyNotPositive', {}))
  if (qty > remaining) throw new ValidationError('qty', qty, msg('production.qtyOverRemaining', { number: mo.number, remaining }))
  if (!Number.isInteger(rejected) || rejected < 0 || rejected > qty) throw new ValidationError('rejected', rejected, msg('production.rejectedRange', { qty }))
  return { qty, rejected }
}

/** The good goods go into the warehouse and are reserved for the order at once. */
async function intoStock(ctx: ServiceContext, tx: Tx, mo: ProductionOrderView, order: OrderRow, good: number, at: string): Promise<void> {
  await applyStockMove(tx, { productId: mo.product_id, qty: good, kind: 'produce', orderId: order.id, reason: mo.number, businessDate: ctx.today, at, actor: ctx.actor.name })
  await reserveStock(tx, { orderId: order.id, lineId: mo.line_id, productId: mo.product_id, qty: good, at })
}
