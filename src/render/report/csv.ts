import { csvField } from '../../domain/csv-field.js'
import type { StatusReport } from '../../read/report/model.js'
import { ITEM_CSV, ITEMS } from './tables.js'

/** A column key as the CSV names it: `customerName` → `customer_name`. */
const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)

/** A value as a CSV field holds it: a yes/no as 1 or 0. */
const field = (v: unknown) => csvField(typeof v === 'boolean' ? (v ? 1 : 0) : (v as string | number | null))

/**
 * `report status --format csv`: the needs-action list, one item a row, lists in report order
 * (within a list rush first, then longest waiting), CRLF line ends, UTF-8. The columns are the
 * items table's (tables.ts), the list's key and owner first.
 */
export function renderCsv(r: StatusReport): string {
  const rows = [ITEM_CSV.map(snake).join(',')]
  for (const list of r.needsAction.lists) {
    for (const item of list.items) rows.push(ITEM_CSV.map((k) => field(ITEMS[k].data!({ list, item }))).join(','))
  }
  return `${rows.join('\r\n')}\r\n`
}
