import { parseQty, type ItemSpec } from '../../../domain/item-spec.js'
import { mergeRepeated } from '../../../domain/repeated-lines.js'
import { formatMoney, parseMoney } from '../../../domain/money.js'
import { tr } from '../../../messages/index.js'
import { findProduct, searchProducts, searchCustomers, type Product } from '../../../read/master-data.js'
import { inquiryLinesTable } from '../../../render/inquiry-lines.js'
import type { Session } from '../../context.js'

/**
 * The guided `inquiry new` on a terminal: the customer and the lines are picked by typing part
 * of a code or name, as a clerk does with the customer on the phone.
 */

/** The customer, searched by code or name. */
export async function pickCustomer(s: Session): Promise<string> {
  return s.prompt.search(tr('intake.askCustomer'), async (term) =>
    (await searchCustomers(s.store.db, term, 15)).map((c) => ({
      name: `${c.code.padEnd(8)} ${c.name}`,
      value: c.code,
      description: tr('intake.customerContact', { parts: [c.contact, c.phone].filter((x): x is string => Boolean(x)) }),
    })),
  )
}

/** The value of the "done" choice that ends the lines (no sku can be it). */
export const DONE_PICKING = '\u0000done'

/** Lines until the clerk picks "done": each a product, its quantity and unit price; the lines so far shown after each. */
export async function pickItems(s: Session): Promise<ItemSpec[]> {
  const items: ItemSpec[] = []
  const picked: Product[] = []
  for (;;) {
    const sku = await pickProduct(s, items.length > 0)
    if (sku === DONE_PICKING) break
    const p = (await findProduct(s.store.db, sku))!
    const line = await askLine(s, p)
    picked.push(p)
    const { lines, merged, clashes } = mergeRepeated(entries([...items, line], picked))
    const clash = clashes[0]
    if (clash) s.out.warn(tr('lines.priceClash', { sku: clash.sku, first: clash.first, other: clash.other }))
    else {
      items.splice(0, items.length, ...lines.map((l) => ({ ...l.item, qty: l.qty })))
      for (const m of merged.filter((x) => x.sku === p.sku)) s.out.warn(tr('lines.merged', { sku: m.sku, qty: m.qty, parts: [m.qty - line.qty, line.qty] }))
    }
    s.out.show(inquiryLinesTable(items, picked))
  }
  return items
}

/** The items with their prices as the lines would get them (a line without a price of its own at the list price). */
function entries(items: ItemSpec[], products: Product[]) {
  const bySku = new Map(products.map((p) => [p.sku, p]))
  return items.map((item) => ({ sku: item.sku, qty: item.qty, unitPrice: item.price ?? bySku.get(item.sku)?.price ?? 0, discountBp: 0, item }))
}

/**
 * The items as they will be recorded: a product given twice is one line (issue 19). Items at
 * different prices are left as they are: recording them is refused, naming both.
 */
export function mergedItems(items: ItemSpec[], products: Product[]): ItemSpec[] {
  const { lines, clashes } = mergeRepeated(entries(items, products))
  return clashes.length ? items : lines.map((l) => ({ ...l.item, qty: l.qty }))
}

/** A product searched by sku or name, with its price and what is available; after the first line also "done". */
async function pickProduct(s: Session, more: boolean): Promise<string> {
  return s.prompt.search<string>(more ? tr('intake.askNextProduct') : tr('intake.askProduct'), async (term) => {
    const found = (await searchProducts(s.store.db, term, 12)).map((p) => ({
      name: `${p.sku.padEnd(8)} ${p.name}  ${tr('intake.productOffer', { price: p.price, unit: tr('name.unit', { unit: p.unit }), available: p.on_hand - p.reserved })}`,
      value: p.sku,
    }))
    return more ? [{ name: tr('intake.doneChoice'), value: DONE_PICKING }, ...found] : found
  })
}

/** The quantity and unit price of a line (the list price offered; kept as no price of its own). */
async function askLine(s: Session, p: Product): Promise<ItemSpec> {
  const qty = parseQty(
    await s.prompt.input(tr('intake.askQty', { sku: p.sku, unit: tr('name.unit', { unit: p.unit }) }), {
      validate: (v) => {
        try {
          parseQty(v)
          return true
        } catch {
          return tr('intake.positiveWhole')
        }
      },
    }),
  )
  const priceText = await s.prompt.input(tr('intake.askPrice', { sku: p.sku }), {
    default: formatMoney(p.price),
    validate: (v) => {
      try {
        parseMoney(v, 'price')
        return true
      } catch (e) {
        return (e as Error).message
      }
    },
  })
  const price = parseMoney(priceText, 'price')
  return { sku: p.sku, qty, price: price === p.price ? null : price }
}
