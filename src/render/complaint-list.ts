import type { ComplaintView } from '../read/after-sales.js'
import { tr } from '../messages/index.js'
import { table } from './table.js'

/** The complaints of `complaint list`, one a row, their texts cut to 40 characters. */
export function complaintListText(rows: ComplaintView[]): string {
  if (!rows.length) return tr('aftersales.none')
  const head = [
    tr('aftersales.column', { column: 'id' }),
    tr('aftersales.column', { column: 'order' }),
    tr('aftersales.column', { column: 'customer' }),
    tr('aftersales.column', { column: 'status' }),
    tr('aftersales.column', { column: 'opened' }),
    tr('aftersales.column', { column: 'text' }),
    tr('aftersales.column', { column: 'resolution' }),
  ]
  return table(
    head,
    rows.map((c) => [c.id, c.order_number, c.customer_code, tr('name.complaintStatus', { status: c.status }), c.opened_date, c.text.slice(0, 40), (c.resolution ?? '').slice(0, 40)]),
    { align: ['right', 'left', 'left', 'left', 'left', 'left', 'left'] },
  )
}
