import { object, optional, type infer as Infer } from 'zod/mini'
import { codeCell, countCell, daysCell, moneyCell, optionalText, parseCells, requiredText, yesNoCell, type CellIssue } from './import-fields.js'
import type { ImportProblem, RowInput } from './import-order.js'

/**
 * Master data from a file (`import customers|products|stock`): the row schemas, and what an
 * upsert by code changes. An empty cell (or a column the file does not have) leaves the
 * stored value as it is; a new product gets the defaults of `product add`.
 *
 * @example
 * productChanges({ name: 'Chai', price: 1800, unit: 'case', lead_days: 14, producible: 1 }, { sku: 'NW-001', name: 'Chai', price: 1900 })
 * // → ['price']
 */
export const customerRowSchema = object({
  code: codeCell,
  name: requiredText(120),
  contact: optionalText(120),
  phone: optionalText(40),
  address: optionalText(300, 'note'),
})

export const productRowSchema = object({
  sku: codeCell,
  name: requiredText(120),
  price: moneyCell,
  unit: optionalText(12),
  lead_days: optional(daysCell),
  producible: optional(yesNoCell),
})

export const stockRowSchema = object({
  sku: codeCell,
  qty: countCell,
  reason: optionalText(200, 'note'),
})

export type CustomerRow = Infer<typeof customerRowSchema>
export type ProductRow = Infer<typeof productRowSchema>
export type StockRow = Infer<typeof stockRowSchema>

/** Defaults for a new product, as `product add`. */
export const PRODUCT_DEFAULTS = { unit: 'pcs', leadDays: 14, producible: true } as const

export type MasterParse<T> = { ok: true; value: T } | { ok: false; problems: ImportProblem[] }

function parseWith<T>(schema: Parameters<typeof parseCells>[0], r: RowInput): MasterParse<T> {
  const cells: Record<string, string | undefined> = {}
  for (const k in r.cells) cells[k] = r.cells[k] === '' ? undefined : r.cells[k]
  const res = parseCells(schema, cells)
  if (res.ok) return { ok: true, value: res.value as T }
  return { ok: false, problems: res.issues.map((i: CellIssue) => ({ line: r.line, column: i.column, value: r.cells[i.column] ?? '', reason: i.reason })) }
}

export const parseCustomerRow = (r: RowInput) => parseWith<CustomerRow>(customerRowSchema, r)
export const parseProductRow = (r: RowInput) => parseWith<ProductRow>(productRowSchema, r)
export const parseStockRow = (r: RowInput) => parseWith<StockRow>(stockRowSchema, r)

/** Stored customer fields a row would change. */
export function customerChanges(
  existing: { name: string; contact: string | null; phone: string | null; address: string | null },
  row: CustomerRow,
): ('name' | 'contact' | 'phone' | 'address')[] {
  const out: ('name' | 'contact' | 'phone' | 'address')[] = []
  if (row.name !== existing.name) out.push('name')
  for (const f of ['contact', 'phone', 'address'] as const) if (row[f] !== undefined && row[f] !== existing[f]) out.push(f)
  return out
}

/** Stored product fields a row would change. */
export function productChanges(
  existing: { name: string; price: number; unit: string; lead_days: number; producible: number },
  row: ProductRow,
): ('name' | 'price' | 'unit' | 'lead_days' | 'producible')[] {
  const out: ('name' | 'price' | 'unit' | 'lead_days' | 'producible')[] = []
  if (row.name !== existing.name) out.push('name')
  if (row.price !== existing.price) out.push('price')
  if (row.unit !== undefined && row.unit !== existing.unit) out.push('unit')
  if (row.lead_days !== undefined && row.lead_days !== existing.lead_days) out.push('lead_days')
  if (row.producible !== undefined && (row.producible ? 1 : 0) !== existing.producible) out.push('producible')
  return out
}

/** A canonical text of a row, to tell a harmless repeat in one file from a contradiction. */
export function rowKey(values: Record<string, unknown>): string {
  return JSON.stringify(Object.keys(values).sort().map((k) => [k, values[k] ?? null]))
}
