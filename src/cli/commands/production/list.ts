import type { Command } from 'commander'
import type { infer as Infer } from 'zod/mini'
import { ValidationError } from '../../../domain/errors.js'
import { PRODUCTION_STATUSES, isProductionStatus } from '../../../domain/production-status.js'
import { tr } from '../../../messages/index.js'
import { listProductionOrders } from '../../../read/production.js'
import { productionOrderJson } from '../../../render/order-json.js'
import { productionQueueText } from '../../../render/production-queue.js'
import { action } from '../../action.js'
import { actorName, type Session } from '../../context.js'
import { flag, limit, str, z } from '../../flags.js'
import { described } from '../../help.js'

export const schema = z.object({ status: str(), mine: flag(), assignee: str(), limit: limit(50) })
export type Options = Infer<typeof schema>

/** What the queue shows without --status: the production orders still open. */
const OPEN = ['awaiting_signoff', 'dispatched', 'accepted', 'in_progress', 'rejected']

/** `production list`: MC's queue. */
export function register(production: Command): void {
  const cmd = production.command('list').option('--status <s>').option('--mine').option('--assignee <user>').option('--limit <n>', '', '50')
  described(cmd, 'production list').action(action(schema, run, { access: 'read' }))
}

/** The production orders asked for, rush first then by due date. */
export async function run(opts: Options, s: Session): Promise<void> {
  const statuses = statusFilter(opts.status)
  const assignee = opts.mine ? actorName(s.opts) : opts.assignee
  const rows = await listProductionOrders(s.store.db, { statuses, assignee, limit: opts.limit })
  s.out.result(rows.map(productionOrderJson), () => productionQueueText(rows, s.today))
}

/** `--status a,b`: those statuses (each one checked); `all`: every one (undefined); none: the open ones. */
function statusFilter(status: string | undefined): string[] | undefined {
  if (status === 'all') return undefined
  if (!status) return OPEN
  const statuses = status.split(',').map((x) => x.trim())
  for (const st of statuses) if (!isProductionStatus(st)) throw new ValidationError('--status', st, tr('production.statusOneOf', { statuses: PRODUCTION_STATUSES }))
  return statuses
}
