import type { Command } from 'commander'
import type { infer as Infer } from 'zod/mini'
import { parseDate } from '../../../domain/dates.js'
import { ValidationError } from '../../../domain/errors.js'
import { parseItem } from '../../../domain/item-spec.js'
import { msg } from '../../../domain/message.js'
import { tr } from '../../../messages/index.js'
import { planShipment } from '../../../services/plan-shipment.js'
import type { ServiceContext } from '../../../services/context.js'
import { outboundSlipLines } from '../../../render/outbound-slip-lines.js'
import { action } from '../../action.js'
import { serviceContext, type Session } from '../../context.js'
import { flag, list, note, str, text, z } from '../../flags.js'
import { described } from '../../help.js'
import { managerPin } from '../../manager-pin.js'
import { precheckStep, printOrderResult } from '../../order-result.js'
import { collect } from '../../parse.js'
import { requireFlags } from '../../prompts.js'

export const schema = z.object({ date: str(), carrier: text(60), address: note(200), item: list(), allowUnpaid: flag(), reason: note(200) })
export type Options = Infer<typeof schema> & { order: string }

/**
 * `ship [plan] <order> --date`. It is `ship`'s default subcommand, so that `ship`'s own flags
 * never shadow those of `ship send` / `ship deliver` (both have --date or --carrier).
 */
export function register(ship: Command): void {
  const cmd = ship
    .command('plan <order>', { isDefault: true })
    .option('--date <date>')
    .option('--carrier <c>')
    .option('--address <a>')
    .option('--item <sku=qty>', '', collect)
    .option('--allow-unpaid')
    .option('--reason <text>')
  described(cmd, 'ship plan').action(action(schema, run))
}

/** The clerk agrees the ship date with the customer; payment is checked again and the outbound slip goes to logistics. */
export async function run(opts: Options, s: Session): Promise<void> {
  const items = opts.item.map((t) => {
    const p = parseItem(t)
    return { sku: p.sku, qty: p.qty }
  })
  if (opts.date) parseDate(opts.date, 'date', s.today)
  requireFlags(s.interactive, [...(opts.date ? [] : ['--date']), ...(opts.allowUnpaid && !opts.reason ? ['--reason'] : [])])
  if (opts.reason && !opts.allowUnpaid) throw new ValidationError('--reason', opts.reason, msg('shipping.reasonNeedsOverride', {}))
  const ctx = await serviceContext(s)
  await precheckStep(s, opts.order, 'planShipment')
  const date = parseDate(opts.date ?? (await s.prompt.input(tr('shipping.askDate'))), 'date', s.today)
  const allowUnpaid = opts.allowUnpaid ? await unpaidSignoff(s, ctx, opts.reason) : null
  const r = await planShipment(ctx, { number: opts.order, date, carrier: opts.carrier, address: opts.address, items: items.length ? items : null, allowUnpaid })
  await printOrderResult(s, opts.order, { shipment: r.shipment }, () => outboundSlipLines(r.shipment, r.parts))
  s.out.done(tr('shipping.slipIssued', { slip: r.shipment, order: opts.order, date, unpaid: r.unpaid }))
  s.out.next(tr('shipping.nextSend', { order: opts.order }))
}

/** `--allow-unpaid`: the reason (asked if not given) and the manager's PIN. */
async function unpaidSignoff(s: Session, ctx: ServiceContext, reason: string | undefined): Promise<{ reason: string; pin: string | null }> {
  const why = reason ?? (await s.prompt.input(tr('shipping.askUnpaidReason')))
  return { reason: why, pin: await managerPin(s, ctx) }
}
