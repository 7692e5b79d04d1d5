import { RefusedError, ValidationError } from '../domain/errors.js'
import type { Minor } from '../domain/money.js'
import { appendEvent } from '../store/queries/events.js'
import { findCustomer } from '../store/queries/customers.js'
import { findProduct } from '../store/queries/products.js'
import { applyStockMove } from '../store/queries/stock.js'
import { immediate } from '../store/transaction.js'
import type { Customer, Product } from '../store/schema.js'
import { requirePermission, type ServiceContext } from './context.js'

export interface AddCustomerInput {
  code: string
  name: string
  contact?: string | null
  phone?: string | null
  address?: string | null
}

const CODE_RE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/

/** Adds a customer; the code is what clerks type (`--customer ALFKI`). */
export async function addCustomer(ctx: ServiceContext, input: AddCustomerInput): Promise<Customer> {
  requirePermission(ctx, 'master.write', 'adding a customer')
  if (!CODE_RE.test(input.code)) throw new ValidationError('code', input.code, 'letters, digits, . _ - (at most 32)')
  if (!input.name.trim()) throw new ValidationError('name', input.name, 'must not be empty')
  return immediate(ctx.db, async (tx) => {
    if (await findCustomer(tx, input.code)) throw new ValidationError('code', input.code, 'a customer with that code exists')
    const at = ctx.now()
    await tx
      .insertInto('customers')
      .values({
        code: input.code,
        name: input.name.trim(),
        contact: input.contact ?? null,
        phone: input.phone ?? null,
        address: input.address ?? null,
        created_at: at,
      })
      .execute()
    await appendEvent(tx, {
      at,
      businessDate: ctx.today,
      actor: ctx.actor.name,
      action: 'customer.add',
      entity: 'customer',
      ref: input.code,
      data: { name: input.name },
    })
    return (await findCustomer(tx, input.code))!
  })
}

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
