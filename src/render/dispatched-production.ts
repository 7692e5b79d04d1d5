import type { ProductionColumn } from '../domain/messages/production.js'
import { tr } from '../messages/index.js'
import { table } from './table.js'

/** A production order as `order confirm` dispatched it to MC. */
interface Dispatched {
  number: string
  sku: string
  qty: number
  dueDate: string
  assignee: string
}

const COLUMNS: ProductionColumn[] = ['productionOrder', 'sku', 'qty', 'due', 'dispatchedTo']

/** `order confirm`: the production orders it dispatched, a line each (nothing when all came from stock). */
export function dispatchedTable(rows: Dispatched[]): string {
  if (rows.length === 0) return ''
  return table(
    COLUMNS.map((column) => tr('production.column', { column })),
    rows.map((m) => [m.number, m.sku, m.qty, m.dueDate, m.assignee]),
    { align: ['left', 'left', 'right', 'left', 'left'] },
  )
}
