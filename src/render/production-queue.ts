import { daysBetween, type IsoDate } from '../domain/dates.js'
import type { ProductionColumn } from '../domain/messages/production.js'
import { tr } from '../messages/index.js'
import type { ProductionOrderView } from '../read/production.js'
import { table } from './table.js'

const COLUMNS: ProductionColumn[] = ['mo', 'order', 'customer', 'sku', 'product', 'qty', 'done', 'due', 'committed', 'progress', 'status', 'mc', 'age']

/** MC's queue (`production list`): one row a production order, `!` after a rush one, its age since dispatch. */
export function productionQueueText(rows: ProductionOrderView[], today: IsoDate): string {
  if (!rows.length) return tr('production.noneMatch')
  return table(
    COLUMNS.map((column) => tr('production.column', { column })),
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
      tr('name.productionStatus', { status: m.status }),
      m.assignee,
      tr('production.ageDays', { days: daysBetween(m.dispatched_date, today) }),
    ]),
    { align: ['left', 'left', 'left', 'left', 'left', 'right', 'right', 'left', 'left', 'right', 'left', 'left', 'right'] },
  )
}
