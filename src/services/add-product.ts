import { CODE_RE } from '../domain/codes.js'
import { ValidationError } from '../domain/errors.js'
import type { Minor } from '../domain/money.js'
import { appendEvent } from '../store/queries/events.js'
import { findProduct } from '../store/queries/products.js'
import { immediate } from '../store/transaction.js'
import type { Product } from '../store/schema.js'
import { requirePermission, type ServiceContext } from './context.js'

export interface AddProductInput {
  sku: string
  name: string
  price: Minor
  unit: string
  leadDays: number
  producible: boolean
}

/** Adds a product to the catalogue (stock starts at zero; use `stock receive`). */
export async function addProduct(ctx: ServiceContext, input: AddProductInput): Promise<Product> {
  requirePermission(ctx, 'master.write', 'adding a product')
  if (!CODE_RE.test(input.sku)) throw new ValidationError('sku', input.sku, 'letters, digits, . _ - (at most 32)')
  if (!input.name.trim()) throw new ValidationError('name', input.name, 'must not be empty')
  return immediate(ctx.db, async (tx) => {
    if (await findProduct(tx, input.sku)) throw new ValidationError('sku', input.sku, 'a product with that sku exists')
    const at = ctx.now()
    await tx
      .insertInto('products')
      .values({
        sku: input.sku,
        name: input.name.trim(),
        unit: input.unit,
        price: input.price,
        lead_days: input.leadDays,
        producible: input.producible ? 1 : 0,
        created_at: at,
      })
      .execute()
    await appendEvent(tx, {
      at,
      businessDate: ctx.today,
      actor: ctx.actor.name,
      action: 'product.add',
      entity: 'product',
      ref: input.sku,
      data: { name: input.name, price: input.price, leadDays: input.leadDays, producible: input.producible },
    })
    return (await findProduct(tx, input.sku))!
  })
}
