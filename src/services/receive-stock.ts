import type { Product } from '../store/schema.js'
import { bookStockMove } from './book-stock-move.js'
import { requirePermission, type ServiceContext } from './context.js'

/** Goods received into the warehouse (a `receive` move). */
export async function receiveStock(ctx: ServiceContext, input: { sku: string; qty: number; reason?: string | null }): Promise<Product> {
  requirePermission(ctx, 'stock.write', 'stock.receive')
  return bookStockMove(ctx, { sku: input.sku, qty: input.qty, kind: 'receive', reason: input.reason ?? null })
}
