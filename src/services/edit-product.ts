import { ValidationError } from '../domain/errors.js'
import { msg } from '../domain/message.js'
import type { Minor } from '../domain/money.js'
import { findProduct, updateProduct } from '../store/queries/products.js'
import type { Product } from '../store/schema.js'
import { editMasterRecord, type FieldChanges } from './edit-master-record.js'
import type { ServiceContext } from './context.js'

/** A product's editable fields; undefined leaves one as it is. */
export interface EditProductInput {
  sku: string
  name?: string
  price?: Minor
  unit?: string
  leadDays?: number
  producible?: boolean
}

/** The stored names of the fields, as an import's `product.update` names them too. */
export type ProductField = 'name' | 'price' | 'unit' | 'lead_days' | 'producible'

/**
 * `product edit <sku>`: changes the fields given (see editMasterRecord); the sku and the stock
 * stay (stock moves by `stock receive|adjust`). A new list price applies to offers made from
 * now on; the lines of existing orders keep their prices.
 */
export async function editProduct(ctx: ServiceContext, input: EditProductInput): Promise<{ product: Product; changes: FieldChanges<ProductField> }> {
  const { sku } = input
  const unit = input.unit?.trim()
  if (unit !== undefined && (unit === '' || unit.length > 12)) throw new ValidationError('unit', input.unit!, unit === '' ? msg('common.empty', {}) : msg('common.tooLong', { max: 12 }))
  if (input.leadDays !== undefined && !(Number.isSafeInteger(input.leadDays) && input.leadDays >= 0)) throw new ValidationError('lead-days', String(input.leadDays), msg('master.leadDaysRule', {}))
  const next = {
    name: input.name?.trim(),
    price: input.price,
    unit,
    lead_days: input.leadDays,
    producible: input.producible === undefined ? undefined : input.producible ? 1 : 0,
  }
  const r = await editMasterRecord<Product, ProductField>(ctx, { entity: 'product', code: sku, next }, {
    find: (db) => findProduct(db, sku),
    fields: (p) => ({ name: p.name, price: p.price, unit: p.unit, lead_days: p.lead_days, producible: p.producible }),
    update: (tx, set) => updateProduct(tx, sku, set as Partial<Pick<Product, ProductField>>),
  })
  return { product: r.record, changes: r.changes }
}
