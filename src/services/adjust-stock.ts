import { ValidationError } from '../domain/errors.js'
import { msg } from '../domain/message.js'
import type { Product } from '../store/schema.js'
import { bookStockMove } from './book-stock-move.js'
import { requirePermission, type ServiceContext } from './context.js'

/** A stock count correction (±qty, with a reason). On-hand may not fall below what is reserved. */
export async function adjustStock(ctx: ServiceContext, input: { sku: string; qty: number; reason: string }): Promise<Product> {
  requirePermission(ctx, 'stock.write', 'stock.adjust')
  if (!input.reason.trim()) throw new ValidationError('reason', input.reason, msg('common.empty', {}))
  return bookStockMove(ctx, { sku: input.sku, qty: input.qty, kind: 'adjust', reason: input.reason })
}
