import { RefusedError, ValidationError } from '../domain/errors.js'
import { appendEvent } from '../store/queries/events.js'
import { findProduct } from '../store/queries/products.js'
import { applyStockMove } from '../store/queries/stock.js'
import { immediate } from '../store/transaction.js'
import type { Product } from '../store/schema.js'
import { requirePermission, type ServiceContext } from './context.js'

/** A stock count correction (±qty, with a reason). On-hand may not fall below what is reserved. */
export async function adjustStock(ctx: ServiceContext, input: { sku: string; qty: number; reason: string }): Promise<Product> {
  requirePermission(ctx, 'stock.write', 'adjusting stock')
  if (!input.reason.trim()) throw new ValidationError('reason', input.reason, 'must not be empty')
  return immediate(ctx.db, async (tx) => {
    const p = await findProduct(tx, input.sku)
    if (!p) throw new ValidationError('sku', input.sku, 'no such product')
    const after = p.on_hand + input.qty
    if (after < p.reserved) {
      throw new RefusedError(
        `cannot adjust ${p.sku} by ${input.qty}: on hand would be ${after}, but ${p.reserved} are reserved for orders`,
        'below_reserved',
      )
    }
    const at = ctx.now()
    await applyStockMove(tx, { productId: p.id, qty: input.qty, kind: 'adjust', reason: input.reason, businessDate: ctx.today, at, actor: ctx.actor.name })
    await appendEvent(tx, {
      at,
      businessDate: ctx.today,
      actor: ctx.actor.name,
      action: 'stock.adjust',
      entity: 'product',
      ref: p.sku,
      data: { qty: input.qty, onHand: after, reason: input.reason },
    })
    return (await findProduct(tx, input.sku))!
  })
}
