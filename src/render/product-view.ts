import type { MasterMessages } from '../domain/messages/master.js'
import { formatMoney, formatMoneyGrouped } from '../domain/money.js'
import { tr } from '../messages/index.js'
import type { Product } from '../read/master-data.js'
import { keyValues, table } from './table.js'

const field = (f: MasterMessages['master.productField']['field']) => tr('master.productField', { field: f })

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
    [field('sku'), field('name'), field('unit'), field('price'), field('leadDays'), field('available'), field('producible')],
    rows.map((p) => [
      p.sku,
      p.name,
      tr('name.unit', { unit: p.unit }),
      formatMoneyGrouped(p.price),
      p.lead_days,
      p.on_hand - p.reserved,
      tr('master.producible', { producible: Boolean(p.producible), card: false }),
    ]),
    { align: ['left', 'left', 'left', 'right', 'right', 'right', 'left'] },
  )
}

/** `product show`: one product, a field a line. */
export function productCard(p: Product): string {
  return keyValues([
    [field('sku'), p.sku],
    [field('name'), p.name],
    [field('unit'), tr('name.unit', { unit: p.unit })],
    [field('price'), tr('name.money', { minor: p.price, grouped: true })],
    [field('leadDays'), String(p.lead_days)],
    [field('producible'), tr('master.producible', { producible: Boolean(p.producible), card: true })],
    [field('onHand'), String(p.on_hand)],
    [field('reserved'), String(p.reserved)],
    [field('available'), String(p.on_hand - p.reserved)],
  ])
}
