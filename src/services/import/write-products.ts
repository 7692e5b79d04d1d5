import { PRODUCT_DEFAULTS, productChanges, type ProductRow } from '../../domain/import-master.js'
import { findProductsBySkus, insertProduct, updateProduct, type ProductRef } from '../../store/import-writes.js'
import { codesOf, type RowBatch } from './write-rows.js'

/**
 * `import products`: a sku not in the desk is added (unit `pcs`, 14 lead days, producible,
 * unless the row says otherwise); for a known sku the fields the row gives are updated where
 * they differ (one `product.update` event naming each change), else it is counted unchanged.
 */
export async function writeProducts(b: RowBatch): Promise<void> {
  const existing = new Map((await findProductsBySkus(b.q, codesOf(b))).map((p) => [p.sku, p]))
  for (const { value } of b.rows) {
    const r = value.row as ProductRow
    const ex = existing.get(r.sku)
    if (ex) await changeProduct(b, ex, r, value.line)
    else existing.set(r.sku, await addProduct(b, r, value.line))
  }
}

async function addProduct(b: RowBatch, r: ProductRow, line: number): Promise<ProductRef> {
  b.run.summary.written.created++
  const values = {
    sku: r.sku,
    name: r.name,
    unit: r.unit ?? PRODUCT_DEFAULTS.unit,
    price: r.price,
    lead_days: r.lead_days ?? PRODUCT_DEFAULTS.leadDays,
    producible: (r.producible ?? PRODUCT_DEFAULTS.producible) ? 1 : 0,
  }
  if (b.write) {
    await insertProduct(b.q, { ...values, created_at: b.at })
    const data = { name: r.name, price: r.price, leadDays: values.lead_days, producible: values.producible === 1, import: b.run.source(line) }
    b.events!.add({ action: 'product.add', entity: 'product', ref: r.sku, data })
  }
  return { id: -1, on_hand: 0, reserved: 0, ...values }
}

async function changeProduct(b: RowBatch, ex: ProductRef, r: ProductRow, line: number): Promise<void> {
  const w = b.run.summary.written
  const changed = productChanges(ex, r)
  if (changed.length === 0) {
    w.unchanged++
    return
  }
  w.updated++
  const next: Partial<ProductRef> = {}
  for (const f of changed) {
    if (f === 'producible') next.producible = r.producible ? 1 : 0
    else (next as Record<string, unknown>)[f] = r[f]
  }
  if (b.write) {
    await updateProduct(b.q, r.sku, next)
    const changes = Object.fromEntries(changed.map((f) => [f, [ex[f], next[f]]]))
    b.events!.add({ action: 'product.update', entity: 'product', ref: r.sku, data: { changes, import: b.run.source(line) } })
  }
  Object.assign(ex, next)
}
