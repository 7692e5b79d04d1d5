import { csvField } from '../../domain/csv-field.js'
import type { StatusReport } from '../../services/status-report.js'

/** The columns of `report status --format csv`: one row per needs-action item. */
export const CSV_COLUMNS = ['list', 'owner', 'order', 'ref', 'customer', 'customer_name', 'rush', 'since', 'age_days', 'detail', 'next'] as const

/**
 * `report status --format csv`: the needs-action list, one item a row, lists in report order
 * (within a list rush first, then longest waiting), CRLF line ends, UTF-8.
 */
export function renderCsv(r: StatusReport): string {
  const rows: (string | number | boolean | null)[][] = [[...CSV_COLUMNS]]
  for (const l of r.needsAction.lists) {
    for (const i of l.items) {
      rows.push([l.key, l.owner, i.order, i.ref, i.customer, i.customerName, i.rush ? 1 : 0, i.since, i.ageDays, i.detail, i.next])
    }
  }
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n'
}
