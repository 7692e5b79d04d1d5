import type { Kysely } from 'kysely'
import type { Database, NewProduct, Product } from '../schema.js'
import { likeOp, likeTerm } from './like.js'

export async function findProduct(db: Kysely<Database>, sku: string): Promise<Product | undefined> {
  return db.selectFrom('products').selectAll().where('sku', '=', sku).executeTakeFirst()
}

export async function findProductsBySku(db: Kysely<Database>, skus: string[]): Promise<Product[]> {
  if (skus.length === 0) return []
  return db.selectFrom('products').selectAll().where('sku', 'in', skus).execute()
}

export async function searchProducts(db: Kysely<Database>, term: string, limit = 20): Promise<Product[]> {
  let q = db.selectFrom('products').selectAll()
  const t = likeTerm(term)
  if (t) q = q.where((eb) => eb.or([eb('sku', likeOp(db), `${t}%`), eb('name', likeOp(db), `%${t}%`)]))
  return q.orderBy('sku').limit(limit).execute()
}

export async function listProducts(db: Kysely<Database>, opts: { skus?: string[]; limit: number }): Promise<Product[]> {
  let q = db.selectFrom('products').selectAll().orderBy('sku')
  if (opts.skus && opts.skus.length > 0) q = q.where('sku', 'in', opts.skus)
  if (opts.limit > 0) q = q.limit(opts.limit)
  return q.execute()
}

/** Adds a product (inside the caller's transaction); gives its id. */
export async function insertProduct(tx: Kysely<Database>, row: NewProduct): Promise<number> {
  const { id } = await tx.insertInto('products').values(row).returning('id').executeTakeFirstOrThrow()
  return id
}

/** What the stock check needs of the products of an order: by id, whether they can be made and how long that takes. */
export async function productionFacts(db: Kysely<Database>, productIds: number[]): Promise<Pick<Product, 'id' | 'sku' | 'producible' | 'lead_days'>[]> {
  return db.selectFrom('products').select(['id', 'sku', 'producible', 'lead_days']).where('id', 'in', productIds).execute()
}

/** Changes the given fields of the product with this sku (inside the caller's transaction). */
export async function updateProduct(tx: Kysely<Database>, sku: string, set: Partial<Pick<Product, 'name' | 'price' | 'unit' | 'lead_days' | 'producible'>>): Promise<void> {
  await tx.updateTable('products').set(set).where('sku', '=', sku).execute()
}
