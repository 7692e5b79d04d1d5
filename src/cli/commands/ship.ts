import type { Command } from 'commander'
import { parseDate } from '../../domain/dates.js'
import { ValidationError } from '../../domain/errors.js'
import { parseItem } from '../../domain/item-spec.js'
import { deliverShipment } from '../../services/deliver-shipment.js'
import { planShipment } from '../../services/plan-shipment.js'
import { sendShipment } from '../../services/send-shipment.js'
import { table } from '../../render/table.js'
import { serviceContext, withSession } from '../context.js'
import { flag, list, note, str, text, z } from '../flags.js'
import { managerPin } from '../manager-pin.js'
import { orderResult, precheckStep, reloadOrder } from '../order-result.js'
import { collect, validateOptions } from '../parse.js'
import { askInput, requireFlags } from '../prompts.js'

const planSchema = z.object({ date: str(), carrier: text(60), address: note(200), item: list(), allowUnpaid: flag(), reason: note(200) })
const sendSchema = z.object({ shipment: str(), carrier: text(60), tracking: text(60) })
const deliverSchema = z.object({ shipment: str(), date: str() })

/**
 * `ship <order>`, `ship send <order>`, `ship deliver <order>`: SPEC §1 step 5 — the outbound
 * slip for logistics, the goods leaving, and their arrival.
 */
export function registerShip(program: Command): void {
  const ship = program
    .command('ship')
    .description('ship a ready order: `ship <order> --date` issues the goods outbound slip (货物出库单); then `ship send`, `ship deliver`')

  // `ship <order> ...` is the default subcommand, so that `ship`'s own flags never shadow
  // those of `ship send` / `ship deliver` (both have --date or --carrier).
  ship
    .command('plan <order>', { isDefault: true })
    .description('agree the ship date, re-confirm payment and issue the outbound slip for logistics (same as `ship <order>`)')
    .option('--date <date>', 'ship date agreed with the customer')
    .option('--carrier <c>', 'carrier')
    .option('--address <a>', 'delivery address (default: the customer\'s)')
    .option('--item <sku=qty>', 'ship only this much of a product (repeatable): a partial shipment', collect)
    .option('--allow-unpaid', 'ship before full payment (manager, PIN; needs --reason)')
    .option('--reason <text>', 'why it may ship unpaid')
    .action(async (number: string, raw: unknown, cmd: Command) =>
      withSession(cmd, async (s) => {
        const opts = validateOptions(planSchema, raw)
        const items = opts.item.map((t) => {
          const p = parseItem(t)
          return { sku: p.sku, qty: p.qty }
        })
        if (opts.date) parseDate(opts.date, 'date', s.today)
        requireFlags(s.interactive, [...(opts.date ? [] : ['--date']), ...(opts.allowUnpaid && !opts.reason ? ['--reason'] : [])])
        if (opts.reason && !opts.allowUnpaid) throw new ValidationError('--reason', opts.reason, 'goes with --allow-unpaid')
        const ctx = await serviceContext(s)
        await precheckStep(s, number, 'planShipment')
        const date = parseDate(opts.date ?? (await askInput('Ship date agreed with the customer')), 'date', s.today)
        let allowUnpaid = null
        if (opts.allowUnpaid) {
          const reason = opts.reason ?? (await askInput('Why may it ship before full payment?'))
          allowUnpaid = { reason, pin: await managerPin(s, ctx) }
        }
        const r = await planShipment(ctx, { number, date, carrier: opts.carrier, address: opts.address, items: items.length ? items : null, allowUnpaid })
        const agg = await reloadOrder(s, number)
        s.out.result(await orderResult(s, agg, { shipment: r.shipment }), () =>
          table(['Outbound slip', 'SKU', 'Qty'], r.parts.map((p) => [r.shipment, p.sku, p.qty]), { align: ['left', 'left', 'right'] }),
        )
        s.out.done(`outbound slip ${r.shipment} issued for order ${number}, ship date ${date}${r.unpaid ? ' (approved to ship before full payment)' : ''}`)
        s.out.next(`orderdesk ship send ${number}   (logistics, when the goods leave)`)
      }),
    )

  ship
    .command('send <order>')
    .description('the goods leave: reserved stock is issued (logistics, clerk)')
    .option('--shipment <slip>', 'which outbound slip (default: the oldest waiting)')
    .option('--carrier <c>', 'carrier')
    .option('--tracking <no>', 'tracking number')
    .action(async (number: string, raw: unknown, cmd: Command) =>
      withSession(cmd, async (s) => {
        const opts = validateOptions(sendSchema, raw)
        const r = await sendShipment(await serviceContext(s), { number, shipment: opts.shipment, carrier: opts.carrier, tracking: opts.tracking })
        const agg = await reloadOrder(s, number)
        s.out.result(await orderResult(s, agg, { shipment: r.shipment }), () => '')
        s.out.done(`shipment ${r.shipment} sent; order ${number} is ${r.orderStatus}`)
        s.out.next(`orderdesk ship deliver ${number}   (when it arrives)`)
      }),
    )

  ship
    .command('deliver <order>')
    .description('the goods arrived at the customer (logistics, clerk)')
    .option('--shipment <slip>', 'which shipment (default: the oldest on the way)')
    .option('--date <date>', 'arrival date (default today)')
    .action(async (number: string, raw: unknown, cmd: Command) =>
      withSession(cmd, async (s) => {
        const opts = validateOptions(deliverSchema, raw)
        const date = opts.date ? parseDate(opts.date, 'date', s.today) : null
        const r = await deliverShipment(await serviceContext(s), { number, shipment: opts.shipment, date })
        const agg = await reloadOrder(s, number)
        s.out.result(await orderResult(s, agg, { shipment: r.shipment, onTime: r.onTime, daysLate: r.daysLate }), () => '')
        s.out.done(`shipment ${r.shipment} delivered ${r.onTime ? 'on time' : `${r.daysLate} day(s) late`}; order ${number} is ${r.orderStatus}`)
        if (r.orderStatus === 'completed') s.out.next(`orderdesk feedback add ${number} --rating <1-5>   (satisfaction survey)`)
      }),
    )
}
