import type { ComplaintView } from '../read/after-sales.js'
import { table } from './table.js'

/** The complaints of `complaint list`, one a row, their texts cut to 40 characters. */
export function complaintListText(rows: ComplaintView[]): string {
  if (!rows.length) return 'no complaints'
  return table(
    ['#', 'Order', 'Customer', 'Status', 'Opened', 'Complaint', 'Resolution'],
    rows.map((c) => [c.id, c.order_number, c.customer_code, c.status, c.opened_date, c.text.slice(0, 40), (c.resolution ?? '').slice(0, 40)]),
    { align: ['right', 'left', 'left', 'left', 'left', 'left', 'left'] },
  )
}
