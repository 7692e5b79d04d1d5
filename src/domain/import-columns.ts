import { UsageError, ValidationError } from './errors.js'
import { msg, type Msg } from './message.js'

/**
 * The columns of each import file (SPEC §6), how a header row is matched to them
 * (case-insensitive, spaces and hyphens count as underscores, unknown columns ignored) and
 * `--map target=source,...` for another export's column names.
 *
 * @example
 * const map = parseColumnMap(['customer=CustomerID,sku=Product Code'], 'orders')
 * resolveColumns('orders', ['OrderNo', 'CustomerID', 'Product Code', 'Qty', 'ext_ref'], map)
 * // → { index: { ext_ref: 4, customer: 1, sku: 2, qty: 3, unit_price: -1, ... }, ... }
 */
export const IMPORT_KINDS = ['orders', 'customers', 'products', 'stock'] as const
export type ImportKind = (typeof IMPORT_KINDS)[number]

export const IMPORT_COLUMNS = {
  orders: {
    required: ['ext_ref', 'customer', 'sku', 'qty'],
    // issue 19: records — free_reason: a line at a zero price is a free line (a sample), and why
    optional: ['customer_name', 'phone', 'unit_price', 'discount', 'order_date', 'requested_date', 'channel', 'source_ref', 'note', 'free_reason'],
  },
  customers: { required: ['code', 'name'], optional: ['contact', 'phone', 'address'] },
  products: { required: ['sku', 'name', 'price'], optional: ['unit', 'lead_days', 'producible'] },
  stock: { required: ['sku', 'qty'], optional: ['reason'] },
} as const satisfies Record<ImportKind, { required: readonly string[]; optional: readonly string[] }>


export function columnsOf(kind: ImportKind): string[] {
  return [...IMPORT_COLUMNS[kind].required, ...IMPORT_COLUMNS[kind].optional]
}

/** A header cell as a column name: trimmed, lower case, runs of spaces / hyphens as `_`. */
export function normalizeColumnName(name: string): string {
  return name
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_')
}

/** `--map target=source,...` (repeatable): target column → source column (normalized). */
export function parseColumnMap(specs: string[], kind: ImportKind): Map<string, string> {
  const known = columnsOf(kind)
  const map = new Map<string, string>()
  for (const spec of specs) {
    for (const part of spec.split(',')) {
      if (!part.trim()) continue
      const m = /^([^=]+)=(.+)$/.exec(part.trim())
      if (!m) throw new ValidationError('--map', part, msg('import.mapShape', {}))
      const target = normalizeColumnName(m[1]!)
      const source = normalizeColumnName(m[2]!)
      if (!known.includes(target)) throw new ValidationError('--map', part, msg('import.mapNotAColumn', { given: m[1]!.trim(), kind, columns: known }))
      if (!source) throw new ValidationError('--map', part, msg('import.mapNoSource', {}))
      if (map.has(target)) throw new ValidationError('--map', part, msg('import.mapTwice', { target }))
      map.set(target, source)
    }
  }
  return map
}

export interface ResolvedColumns {
  /** Index of each target column in a record, -1 when the file does not have it. */
  index: Record<string, number>
  /** The header cell each target column was read from (for messages and the errors file). */
  source: Record<string, string>
}

/**
 * Matches a header row to the kind's columns. A required column that is missing, or a
 * column the file names twice, is an error for the whole file (exit 2, nothing imported).
 */
export function resolveColumns(kind: ImportKind, header: string[], map: Map<string, string>): ResolvedColumns {
  const positions = new Map<string, number[]>()
  header.forEach((h, i) => {
    const n = normalizeColumnName(h)
    if (!n) return
    positions.set(n, [...(positions.get(n) ?? []), i])
  })
  const index: Record<string, number> = {}
  const source: Record<string, string> = {}
  const missing: string[] = []
  for (const target of columnsOf(kind)) {
    const name = map.get(target) ?? target
    const at = positions.get(name)
    if (map.has(target) && !at) {
      throw new UsageError(msg('import.mappedNotInHeader', { name, target, header }), { column: name })
    }
    if (at && at.length > 1) throw new UsageError(msg('import.headerTwice', { name, times: at.length }), { column: name })
    index[target] = at?.[0] ?? -1
    source[target] = at ? header[at[0]!]!.trim() : target
    if (!at && (IMPORT_COLUMNS[kind].required as readonly string[]).includes(target)) missing.push(target)
  }
  if (missing.length > 0) {
    throw new UsageError(msg('import.missingColumns', { missing, header }), { missing })
  }
  return { index, source }
}

/** The values of one record by target column ('' when the file has no such column). */
export function pickColumns(values: string[], cols: ResolvedColumns, names: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {}
  for (const name of names) {
    const i = cols.index[name]!
    out[name] = i < 0 ? '' : (values[i] ?? '').trim()
  }
  return out
}

/**
 * A record with more (non-empty) fields than the header usually means an unquoted comma
 * shifted its values: that row is rejected. Fewer fields are fine (missing cells are empty).
 */
export function extraFieldsProblem(values: string[], width: number): Msg | null {
  if (values.length <= width) return null
  for (let i = width; i < values.length; i++) {
    if (values[i]!.trim() !== '') return msg('import.extraFields', { fields: values.length, width })
  }
  return null
}
