import type { Command } from 'commander'
import type { infer as Infer } from 'zod/mini'
import { NotFoundError } from '../../../domain/errors.js'
import { msg } from '../../../domain/message.js'
import { checkQuote, loadOrder } from '../../../read/orders.js'
import { orderJson } from '../../../render/order-json.js'
import { renderOrder } from '../../../render/order-view.js'
import { action } from '../../action.js'
import type { Session } from '../../context.js'
import { z } from '../../flags.js'
import { described } from '../../help.js'

export const schema = z.object({})
export type Options = Infer<typeof schema> & { order: string }

/** `order show <order>`: a read. */
export function register(order: Command): void {
  described(order.command('show <order>'), 'order show').action(action(schema, run, { access: 'read' }))
}

/** One order with everything hanging off it, and its quotation check (exit 3 for an unknown number). */
export async function run(opts: Options, s: Session): Promise<void> {
  const agg = await loadOrder(s.store.db, opts.order)
  if (!agg) throw new NotFoundError('order', opts.order, msg('order.seeList', {}))
  const quote = await checkQuote(s.store.db, agg.order)
  s.out.result(orderJson(agg, quote), () => renderOrder(agg, s.out.c, quote))
}
