import type { Command } from 'commander'
import type { infer as Infer } from 'zod/mini'
import { dispatchedTable } from '../../../render/dispatched-production.js'
import { confirmOrder } from '../../../services/confirm-order.js'
import { action } from '../../action.js'
import type { Session } from '../../context.js'
import { revision, str, z } from '../../flags.js'
import { described } from '../../help.js'
import { signoffOnOrder } from '../../manager-pin.js'
import { orderResult, reloadOrder } from '../../order-result.js'
import { tr } from '../../../messages/index.js'

export const schema = z.object({ assign: str(), revision: revision() })
export type Options = Infer<typeof schema> & { order: string }

/** `order confirm <order> [--assign mc]`: a manager's sign-off (PIN). */
export function register(order: Command): void {
  const cmd = order.command('confirm <order>').option('--assign <user>').option('--revision <n>')
  described(cmd, 'order confirm').action(action(schema, run))
}

/**
 * The manager signs the sales order (the deposit must have arrived) and production orders go
 * to MC for what stock does not cover. An order in the wrong state is refused before the PIN is asked.
 */
export async function run(opts: Options, s: Session): Promise<void> {
  const number = opts.order
  const { ctx, pin } = await signoffOnOrder(s, number, 'confirm')
  const r = await confirmOrder(ctx, { number, pin, assign: opts.assign, expectedRevision: opts.revision })
  const agg = await reloadOrder(s, number)
  s.out.result(await orderResult(s, agg, { salesOrder: r.salesOrder, productionOrders: r.productionOrders }), () => dispatchedTable(r.productionOrders))
  s.out.done(tr('order.confirmed', { salesOrder: r.salesOrder, by: ctx.actor.name, order: number, status: tr('name.orderStatus', { status: r.status }) }))
  if (r.status === 'ready') s.out.note(`  ${tr('order.allFromStock')}`)
  else s.out.next(tr('order.nextAccept'))
}
