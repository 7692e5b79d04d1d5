import { daysBetween, type IsoDate } from '../domain/dates.js'
import type { ProductionOrderView } from '../read/production.js'
import { table } from './table.js'

/** MC's queue (`production list`): one row a production order, `!` after a rush one, its age since dispatch. */
export function productionQueueText(rows: ProductionOrderView[], today: IsoDate): string {
  if (!rows.length) return 'no production orders match'
  return table(
    ['MO', 'Order', 'Customer', 'SKU', 'Product', 'Qty', 'Done', 'Due', 'Committed', 'Progress', 'Status', 'MC', 'Age'],
    rows.map((m) => [
      `${m.number}${m.priority ? ' !' : ''}`,
      m.order_number,
      m.customer_code,
      m.sku,
      m.product_name.slice(0, 24),
      m.qty,
      m.done_qty,
      m.due_date,
      m.committed_date ?? '—',
      `${m.progress}%`,
      m.status,
      m.assignee,
      `${daysBetween(m.dispatched_date, today)}d`,
    ]),
    { align: ['left', 'left', 'left', 'left', 'left', 'right', 'right', 'left', 'left', 'right', 'left', 'left', 'right'] },
  )
}
