import type { FormColumn as ColumnCode } from '../../domain/messages/form.js'
import { tr } from '../../messages/index.js'
import type { PrintLine } from '../../read/forms/form-data.js'
import type { FormColumn } from './form-model.js'
import { money, unitName } from './terms.js'

const header = (column: ColumnCode) => tr('form.column', { column }).split('\n')

/** The columns every line table starts with: #, SKU, product, unit. */
export function itemColumns(): FormColumn[] {
  return [
    { header: header('no'), align: 'right' },
    { header: header('sku'), align: 'left', wrap: true, code: true },
    { header: header('product'), align: 'left', flex: true },
    { header: header('unit'), align: 'left', wrap: true },
  ]
}

/** A right-aligned column of figures. */
export const figures = (column: ColumnCode): FormColumn => ({ header: header(column), align: 'right' })

/** A left-aligned column (dates). */
export const text = (column: ColumnCode): FormColumn => ({ header: header(column), align: 'left' })

/** The standard priced line table: #, SKU, product, unit, qty, unit price, discount, amount. */
export function priceColumns(): FormColumn[] {
  return [...itemColumns(), figures('qty'), figures('unitPrice'), figures('discount'), figures('amount')]
}

/** Basis points as a percent ('' for none): 500 → '5%', 250 → '2.5%'. */
function discount(bp: number): string {
  return bp ? `${bp / 100}%` : ''
}

export function priceRows(lines: PrintLine[]): string[][] {
  return lines.map((l) => [String(l.no), l.sku, l.name, unitName(l.unit), String(l.qty), money(l.unitPrice), discount(l.discountBp), money(l.amount)])
}

/** The sum of the lines' amounts, as a form's total shows it. */
export function linesTotal(lines: PrintLine[]): string {
  return money(lines.reduce((a, l) => a + l.amount, 0))
}
