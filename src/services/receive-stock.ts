import { ValidationError } from '../domain/errors.js'
import { appendEvent } from '../store/queries/events.js'
import { findProduct } from '../store/queries/products.js'
import { applyStockMove } from '../store/queries/stock.js'
import { immediate } from '../store/transaction.js'
import type { Product } from '../store/schema.js'
import { requirePermission, type ServiceContext } from './context.js'

/** Goods received into the warehouse (a `receive` move). */
export async function receiveStock(ctx: ServiceContext, input: { sku: string; qty: number; reason?: string | null }): Promise<Product> {
  requirePermission(ctx, 'stock.write', 'receiving stock')
  return immediate(ctx.db, async (tx) => {
    const p = await findProduct(tx, input.sku)
    if (!p) throw new ValidationError('sku', input.sku, 'no such product')
    const at = ctx.now()
    await applyStockMove(tx, { productId: p.id, qty: input.qty, kind: 'receive', reason: input.reason ?? null, businessDate: ctx.today, at, actor: ctx.actor.name })
    await appendEvent(tx, {
      at,
      businessDate: ctx.today,
      actor: ctx.actor.name,
      action: 'stock.receive',
      entity: 'product',
      ref: p.sku,
      data: { qty: input.qty, onHand: p.on_hand + input.qty, reason: input.reason ?? null },
    })
    return (await findProduct(tx, input.sku))!
  })
}
