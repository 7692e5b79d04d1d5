import type { Command } from 'commander'
import type { infer as Infer } from 'zod/mini'
import { parseDate } from '../../../domain/dates.js'
import { tr } from '../../../messages/index.js'
import { deliverShipment } from '../../../services/deliver-shipment.js'
import { action } from '../../action.js'
import { serviceContext, type Session } from '../../context.js'
import { str, z } from '../../flags.js'
import { described } from '../../help.js'
import { printOrderResult } from '../../order-result.js'

export const schema = z.object({ shipment: str(), date: str() })
export type Options = Infer<typeof schema> & { order: string }

/** `ship deliver <order> [--date]`: the goods arrived. */
export function register(ship: Command): void {
  const cmd = ship.command('deliver <order>').option('--shipment <slip>').option('--date <date>')
  described(cmd, 'ship deliver').action(action(schema, run))
}

/** Records a shipment's arrival (today by default), on time or late; the last one completes the order. */
export async function run(opts: Options, s: Session): Promise<void> {
  const date = opts.date ? parseDate(opts.date, 'date', s.today) : null
  const r = await deliverShipment(await serviceContext(s), { number: opts.order, shipment: opts.shipment, date })
  await printOrderResult(s, opts.order, { shipment: r.shipment, onTime: r.onTime, daysLate: r.daysLate })
  s.out.done(tr('shipping.delivered', { shipment: r.shipment, onTime: r.onTime, daysLate: r.daysLate, order: opts.order, status: r.orderStatus }))
  if (r.orderStatus === 'completed') s.out.next(tr('shipping.nextFeedback', { order: opts.order }))
}
