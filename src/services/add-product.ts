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
  const { sku, name, price, leadDays, producible } = input
  const row = { sku, name: name.trim(), unit: input.unit, price, lead_days: leadDays, producible: producible ? 1 : 0 }
  return addMasterRecord(ctx, { entity: 'product', code: sku, name, data: { name, price, leadDays, producible } }, {
    find: (db) => findProduct(db, sku),
    insert: async (tx, at) => void (await insertProduct(tx, { ...row, created_at: at })),
  })
}
