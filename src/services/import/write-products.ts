import { PRODUCT_DEFAULTS, productChanges, type ProductRow } from '../../domain/import-master.js'
import { findProductsBySkus, insertProduct, updateProduct, type ProductRef } from '../../store/import-writes.js'
import type { Upsert } from './write-rows.js'

/**
 * `import products`, by sku: a new one is added (unit `pcs`, 14 lead days, producible, unless
 * the row says otherwise); for a known one the fields the row gives are updated where they
 * differ (one `product.update` event naming each change).
 */
export const productUpsert: Upsert<ProductRow, ProductRef> = {
  find: findProductsBySkus,
  codeOf: (p) => p.sku,
  async add(b, r, line) {
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
  },
  changes: productChanges,
  async change(b, ex, r, changed, line) {
    const next: Partial<ProductRef> = {}
    for (const f of changed as Field[]) {
      if (f === 'producible') next.producible = r.producible ? 1 : 0
      else (next as Record<string, unknown>)[f] = r[f]
    }
    if (b.write) {
      await updateProduct(b.q, r.sku, next)
      const changes = Object.fromEntries((changed as Field[]).map((f) => [f, [ex[f], next[f]]]))
      b.events!.add({ action: 'product.update', entity: 'product', ref: r.sku, data: { changes, import: b.run.source(line) } })
    }
    Object.assign(ex, next)
  },
}

type Field = ReturnType<typeof productChanges>[number]
