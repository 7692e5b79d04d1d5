import { RefusedError, ValidationError } from '../domain/errors.js'
import { msg } from '../domain/message.js'
import { findProduct } from '../store/queries/products.js'
import { applyStockMove } from '../store/queries/stock.js'
import type { Product } from '../store/schema.js'
import { immediate } from '../store/transaction.js'
import type { ServiceContext } from './context.js'
import { recordEvent } from './record-step.js'

/** Goods received, or a count corrected (±qty), for one product. */
export interface BookedMove {
  sku: string
  qty: number
  kind: 'receive' | 'adjust'
  reason: string | null
}

/**
 * Books a stock move of the clerk's or MC's into the ledger with its event (`stock.receive`,
 * `stock.adjust`). A correction may not take on-hand below what is reserved for orders.
 * Gives the product as it is after the move.
 */
export async function bookStockMove(ctx: ServiceContext, m: BookedMove): Promise<Product> {
  return immediate(ctx.db, async (tx) => {
    const p = await findProduct(tx, m.sku)
    if (!p) throw new ValidationError('sku', m.sku, msg('master.noSuchProduct', {}))
    const onHand = p.on_hand + m.qty
    if (m.kind === 'adjust' && onHand < p.reserved) {
      throw new RefusedError(msg('stock.belowReserved', { sku: p.sku, qty: m.qty, onHand, reserved: p.reserved }), 'below_reserved')
    }
    const at = ctx.now()
    await applyStockMove(tx, { productId: p.id, qty: m.qty, kind: m.kind, reason: m.reason, businessDate: ctx.today, at, actor: ctx.actor.name })
    await recordEvent(tx, ctx, at, { action: `stock.${m.kind}`, entity: 'product', ref: p.sku, data: { qty: m.qty, onHand, reason: m.reason } })
    return (await findProduct(tx, m.sku))!
  })
}
