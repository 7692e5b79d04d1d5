import type { Command } from 'commander'
import type { infer as Infer } from 'zod/mini'
import { tr } from '../../../messages/index.js'
import { confirmChange } from '../../../services/confirm-change.js'
import { changeJson } from '../../../render/change-json.js'
import { action } from '../../action.js'
import { serviceContext, type Session } from '../../context.js'
import { oneOf, z } from '../../flags.js'
import { described } from '../../help.js'
import { printOrderResult } from '../../order-result.js'
import { requireFlags } from '../../prompts.js'
import { changeNow } from './change-now.js'

export const schema = z.object({ customer: oneOf(['accept', 'reject'] as const) })
export type Options = Infer<typeof schema> & { change: string }

/** `change confirm <change> --customer accept|reject`: the customer's answer. */
export function register(change: Command): void {
  const cmd = change.command('confirm <change>').option('--customer <decision>')
  described(cmd, 'change confirm').action(action(schema, run))
}

/** Accept: the change is carried out everywhere (order, stock, production); reject: nothing changes. */
export async function run(opts: Options, s: Session): Promise<void> {
  requireFlags(false, opts.customer ? [] : ['--customer accept|reject'])
  const r = await confirmChange(await serviceContext(s), { change: opts.change, decision: opts.customer! })
  const c = await changeNow(s, r.change)
  const agg = await printOrderResult(s, c.order_number, { change: changeJson(c) })
  if (r.status === 'applied') {
    s.out.done(tr('change.applied', { change: r.change, order: c.order_number, orderStatus: r.orderStatus, revision: r.revision, total: agg.order.total }))
    // issue 19: a cancelled or smaller order with more paid than its total
    if (agg.order.paid > agg.order.total) s.out.next(tr('order.nextRefund', { order: c.order_number, amount: agg.order.paid - agg.order.total }))
  } else s.out.done(tr('change.ended', { change: r.change, order: c.order_number }))
}
