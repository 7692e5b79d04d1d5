import type { Command } from 'commander'
import type { infer as Infer } from 'zod/mini'
import { tr } from '../../../messages/index.js'
import { sendShipment } from '../../../services/send-shipment.js'
import { action } from '../../action.js'
import { serviceContext, type Session } from '../../context.js'
import { str, text, z } from '../../flags.js'
import { described } from '../../help.js'
import { printOrderResult } from '../../order-result.js'

export const schema = z.object({ shipment: str(), carrier: text(60), tracking: text(60) })
export type Options = Infer<typeof schema> & { order: string }

/** `ship send <order>`: the goods leave. */
export function register(ship: Command): void {
  const cmd = ship.command('send <order>').option('--shipment <slip>').option('--carrier <c>').option('--tracking <no>')
  described(cmd, 'ship send').action(action(schema, run))
}

/** Logistics sends the goods of an outbound slip (the oldest waiting by default): the reserved stock is issued. */
export async function run(opts: Options, s: Session): Promise<void> {
  const r = await sendShipment(await serviceContext(s), { number: opts.order, shipment: opts.shipment, carrier: opts.carrier, tracking: opts.tracking })
  await printOrderResult(s, opts.order, { shipment: r.shipment })
  s.out.done(tr('shipping.sent', { shipment: r.shipment, order: opts.order, status: r.orderStatus }))
  s.out.next(tr('shipping.nextDeliver', { order: opts.order }))
}
