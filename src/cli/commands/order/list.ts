import type { Command } from 'commander'
import type { infer as Infer } from 'zod/mini'
import { ValidationError } from '../../../domain/errors.js'
import { msg } from '../../../domain/message.js'
import { ORDER_STATUSES, isOrderStatus } from '../../../domain/order-status.js'
import { findCustomer } from '../../../read/master-data.js'
import { listOrders } from '../../../read/orders.js'
import { orderListJson, orderListTable } from '../../../render/order-list.js'
import { action } from '../../action.js'
import type { Session } from '../../context.js'
import { flag, limit, str, z } from '../../flags.js'
import { described } from '../../help.js'

export const schema = z.object({
  status: str(),
  customer: str(),
  overdue: flag(),
  needsAction: flag(),
  limit: limit(50),
})
export type Options = Infer<typeof schema>

/** `order list [--status] [--customer] [--overdue] [--needs-action] [--limit]`: a read. */
export function register(order: Command): void {
  const cmd = order.command('list').option('--status <s>').option('--customer <code>')
  cmd.option('--overdue').option('--needs-action').option('--limit <n>', '', '50')
  described(cmd, 'order list').action(action(schema, run, { access: 'read' }))
}

/** Lists orders, newest first; `--needs-action`: those waiting on the desk, rush first then oldest, with the next command. */
export async function run(opts: Options, s: Session): Promise<void> {
  const statuses = opts.status ? opts.status.split(',').map((x) => x.trim()) : undefined
  for (const st of statuses ?? []) if (!isOrderStatus(st)) throw new ValidationError('--status', st, msg('order.statusOneOf', { statuses: ORDER_STATUSES }))
  const customerId = opts.customer ? await customerIdOf(s, opts.customer) : undefined
  const rows = await listOrders(s.store.db, {
    statuses,
    customerId,
    needsAction: opts.needsAction,
    overdueBefore: opts.overdue ? s.today : undefined,
    limit: opts.limit,
  })
  s.out.result(orderListJson(rows, { needsAction: opts.needsAction, today: s.today }), () =>
    orderListTable(rows, { needsAction: opts.needsAction, c: s.out.c }),
  )
}

/** The customer to list the orders of: an unknown code is exit 2. */
async function customerIdOf(s: Session, code: string): Promise<number> {
  const c = await findCustomer(s.store.db, code)
  if (!c) throw new ValidationError('--customer', code, msg('master.unknownCustomer', {}))
  return c.id
}
