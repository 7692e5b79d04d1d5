import { formatMoney, formatMoneyGrouped } from '../domain/money.js'
import type { Product } from '../read/master-data.js'
import { keyValues, table } from './table.js'

/** A product with its stock as `product add|list|show --json` print it. */
export function productJson(p: Product) {
  return {
    sku: p.sku,
    name: p.name,
    unit: p.unit,
    price: formatMoney(p.price),
    leadDays: p.lead_days,
    producible: p.producible === 1,
    onHand: p.on_hand,
    reserved: p.reserved,
    available: p.on_hand - p.reserved,
  }
}

/** `product list`: the catalogue with what is available of each. */
export function productTable(rows: Product[]): string {
  return table(
    ['SKU', 'Name', 'Unit', 'Price', 'Lead days', 'Available', 'Producible'],
    rows.map((p) => [p.sku, p.name, p.unit, formatMoneyGrouped(p.price), p.lead_days, p.on_hand - p.reserved, p.producible ? 'yes' : 'no']),
    { align: ['left', 'left', 'left', 'right', 'right', 'right', 'left'] },
  )
}

/** `product show`: one product, a field a line. */
export function productCard(p: Product): string {
  return keyValues([
    ['SKU', p.sku],
    ['Name', p.name],
    ['Unit', p.unit],
    ['Price', formatMoneyGrouped(p.price)],
    ['Lead days', String(p.lead_days)],
    ['Producible', p.producible ? 'yes' : 'no (stock only)'],
    ['On hand', String(p.on_hand)],
    ['Reserved', String(p.reserved)],
    ['Available', String(p.on_hand - p.reserved)],
  ])
}
