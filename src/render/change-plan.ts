import type { ChangePlan } from '../domain/change-plan.js'
import type { ChangeColumn } from '../domain/messages/change.js'
import { tr } from '../messages/index.js'
import { table } from './table.js'

const COLUMNS: ChangeColumn[] = ['sku', 'from', 'to', 'reserve', 'release', 'make']

/** What a change means, a line a product (`change request`): the quantities, stock reserved and released, production ±. */
export function changePlanTable(plan: ChangePlan): string {
  return table(
    COLUMNS.map((column) => tr('change.column', { column })),
    plan.lines.map((l) => [l.sku, l.from, l.to, l.reserve, l.release, l.produce]),
    { align: ['left', 'right', 'right', 'right', 'right', 'right'] },
  )
}
