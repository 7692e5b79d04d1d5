import type { ChangePlan } from '../domain/change-plan.js'
import { table } from './table.js'

/** What a change means, a line a product (`change request`): the quantities, stock reserved and released, production ±. */
export function changePlanTable(plan: ChangePlan): string {
  return table(
    ['SKU', 'From', 'To', 'Reserve', 'Release', 'Make ±'],
    plan.lines.map((l) => [l.sku, l.from, l.to, l.reserve, l.release, l.produce]),
    { align: ['left', 'right', 'right', 'right', 'right', 'right'] },
  )
}
