import type { PrintLine } from '../../read/forms/form-data.js'
import type { FormColumn } from './form-model.js'
import { money } from './terms.js'

/** The columns every line table starts with: #, SKU, product, unit. */
export const ITEM_COLUMNS: FormColumn[] = [
  { en: '#', zh: '序', align: 'right' },
  { en: 'SKU', zh: '货号', align: 'left', wrap: true },
  { en: 'Product', zh: '品名', align: 'left', flex: true },
  { en: 'Unit', zh: '单位', align: 'left', wrap: true },
]

/** A right-aligned column of figures. */
export const figures = (en: string, zh: string): FormColumn => ({ en, zh, align: 'right' })

/** The standard priced line table: #, SKU, product, unit, qty, unit price, discount, amount. */
export const PRICE_COLUMNS: FormColumn[] = [...ITEM_COLUMNS, figures('Qty', '数量'), figures('Unit price', '单价'), figures('Disc.', '折扣'), figures('Amount', '金额')]

/** Basis points as a percent ('' for none): 500 → '5%', 250 → '2.5%'. */
function discount(bp: number): string {
  return bp ? `${bp / 100}%` : ''
}

export function priceRows(lines: PrintLine[]): string[][] {
  return lines.map((l) => [String(l.no), l.sku, l.name, l.unit, String(l.qty), money(l.unitPrice), discount(l.discountBp), money(l.amount)])
}

/** The sum of the lines' amounts, as a form's total shows it. */
export function linesTotal(lines: PrintLine[]): string {
  return money(lines.reduce((a, l) => a + l.amount, 0))
}
