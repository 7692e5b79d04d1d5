import type { Minor } from '../domain/money.js'
import { findProduct, insertProduct } from '../store/queries/products.js'
import type { Product } from '../store/schema.js'
import { addMasterRecord } from './add-master-record.js'
import type { ServiceContext } from './context.js'

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
  return addMasterRecord(ctx, {
    entity: 'product',
    field: 'sku',
    code: input.sku,
    name: input.name,
    find: (db) => findProduct(db, input.sku),
    insert: async (tx, at) => {
      await insertProduct(tx, {
        sku: input.sku,
        name: input.name.trim(),
        unit: input.unit,
        price: input.price,
        lead_days: input.leadDays,
        producible: input.producible ? 1 : 0,
        created_at: at,
      })
    },
    data: { name: input.name, price: input.price, leadDays: input.leadDays, producible: input.producible },
  })
}
