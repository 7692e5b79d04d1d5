import type { Command } from 'commander'
import { CHANNELS } from '../../domain/channels.js'
import { parseDate } from '../../domain/dates.js'
import { UsageError, ValidationError } from '../../domain/errors.js'
import { parseItem } from '../../domain/item-spec.js'
import { formatMoneyGrouped } from '../../domain/money.js'
import { confirmChange } from '../../services/confirm-change.js'
import { decideChange } from '../../services/decide-change.js'
import { requestChange } from '../../services/request-change.js'
import { findChange, listChanges } from '../../read/changes.js'
import { findOrderRow } from '../../read/orders.js'
import { changeJson } from '../../render/change-json.js'
import { table } from '../../render/table.js'
import { serviceContext, withSession } from '../context.js'
import { flag, limit, list, note, oneOf, str, text, z } from '../flags.js'
import { orderResult, reloadOrder } from '../order-result.js'
import { collect, validateOptions } from '../parse.js'
import { requireFlags } from '../prompts.js'

const requestSchema = z.object({ item: list(), date: str(), cancel: flag(), channel: oneOf(CHANNELS), sourceRef: text(100), note: note(500) })
const decideSchema = z.object({ mc: oneOf(['agree', 'refuse'] as const), date: str(), reason: note(200) })
const confirmSchema = z.object({ customer: oneOf(['accept', 'reject'] as const) })
const listSchema = z.object({ order: str(), open: flag(), limit: limit(50) })

/** Parses `--item sku=qty` where qty may be 0 (remove the line). */
function parseChangeItem(text: string) {
  const m = /^([^=@\s]+)=0$/.exec(text.trim())
  if (m) return { sku: m[1]!, qty: 0, price: null }
  const p = parseItem(text)
  return { sku: p.sku, qty: p.qty, price: p.price }
}

/** `change request|decide|confirm|list`: SPEC §1 step 4, the customer's changes before shipment. */
export function registerChange(program: Command): void {
  const change = program.command('change').description('customer changes before shipment (and production plan change forms, 生产计划变更单)')

  change
    .command('request <order>')
    .description('record a customer change; it is evaluated at once against stock and production')
    .option('--item <sku=qty[@price]>', 'new quantity for a product (0 removes it; a new sku adds a line) (repeatable)', collect)
    .option('--date <date>', 'new requested delivery date')
    .option('--cancel', 'cancel the whole order')
    .option('--channel <channel>', `how the change came in: ${CHANNELS.join('|')} (default phone)`)
    .option('--source-ref <ref>', 'fax number / call recording id (required for phone and fax)')
    .option('--note <text>', 'free text')
    .action(async (number: string, raw: unknown, cmd: Command) =>
      withSession(cmd, async (s) => {
        const opts = validateOptions(requestSchema, raw)
        const items = opts.item.map(parseChangeItem)
        const date = opts.date ? parseDate(opts.date, 'date', s.today) : null
        if (!opts.cancel && items.length === 0 && !date) throw new UsageError('say what changes: --item sku=qty, --date <date> or --cancel')
        const ctx = await serviceContext(s)
        const r = await requestChange(ctx, {
          number,
          items,
          date,
          cancel: opts.cancel,
          channel: opts.channel ?? 'phone',
          sourceRef: opts.sourceRef,
          note: opts.note,
        })
        const c = (await findChange(s.store.db, r.change))!
        s.out.result({ change: changeJson(c) }, () =>
          table(
            ['SKU', 'From', 'To', 'Reserve', 'Release', 'Make ±'],
            r.plan.lines.map((l) => [l.sku, l.from, l.to, l.reserve, l.release, l.produce]),
            { align: ['left', 'right', 'right', 'right', 'right', 'right'] },
          ),
        )
        if (r.status === 'offered') {
          s.out.done(`change ${r.change} recorded: stock absorbs it; new total ${formatMoneyGrouped(r.plan.totalTo)}, delivery by ${r.plan.promisedDate}`)
          s.out.next(`tell the customer, then: orderdesk change confirm ${r.change} --customer accept|reject`)
        } else {
          s.out.done(`change ${r.change} recorded: production must change (${r.plan.reasons.join('; ')}); plan change form ${r.form} sent to MC`)
          s.out.next(`orderdesk change decide ${r.change} --mc agree --date <date> | --mc refuse --reason <text>   (MC)`)
        }
      }),
    )

  change
    .command('decide <change>')
    .description("MC's answer to a production plan change form (mc)")
    .option('--mc <decision>', 'agree | refuse')
    .option('--date <date>', 'with agree: the new delivery date MC can make')
    .option('--reason <text>', 'with refuse: why')
    .action(async (number: string, raw: unknown, cmd: Command) =>
      withSession(cmd, async (s) => {
        const opts = validateOptions(decideSchema, raw)
        requireFlags(false, [
          ...(opts.mc ? [] : ['--mc agree|refuse']),
          ...(opts.mc === 'agree' && !opts.date ? ['--date'] : []),
          ...(opts.mc === 'refuse' && !opts.reason ? ['--reason'] : []),
        ])
        if (opts.mc === 'agree' && opts.reason) throw new ValidationError('--reason', opts.reason, 'goes with --mc refuse')
        const date = opts.date ? parseDate(opts.date, 'date', s.today) : null
        const r = await decideChange(await serviceContext(s), { change: number, decision: opts.mc!, date, reason: opts.reason })
        const c = (await findChange(s.store.db, r.change))!
        s.out.result({ change: changeJson(c) }, () => '')
        if (r.status === 'mc_agreed') {
          s.out.done(`MC agrees to change ${r.change}: new delivery date ${date}`)
          s.out.next(`tell the customer, then: orderdesk change confirm ${r.change} --customer accept|reject`)
        } else s.out.done(`MC refuses change ${r.change}: ${opts.reason}; the order stays as it was (tell the customer why)`)
      }),
    )

  change
    .command('confirm <change>')
    .description("the customer's answer: accept (the change is carried out everywhere) or reject (nothing changes)")
    .option('--customer <decision>', 'accept | reject')
    .action(async (number: string, raw: unknown, cmd: Command) =>
      withSession(cmd, async (s) => {
        const opts = validateOptions(confirmSchema, raw)
        requireFlags(false, opts.customer ? [] : ['--customer accept|reject'])
        const r = await confirmChange(await serviceContext(s), { change: number, decision: opts.customer! })
        const c = (await findChange(s.store.db, r.change))!
        const agg = await reloadOrder(s, c.order_number)
        s.out.result(await orderResult(s, agg, { change: changeJson(c) }), () => '')
        if (r.status === 'applied') {
          s.out.done(`change ${r.change} applied: order ${c.order_number} is ${r.orderStatus}, revision ${r.revision}, total ${formatMoneyGrouped(agg.order.total)}`)
        } else s.out.done(`change ${r.change} ended: the customer rejected it; order ${c.order_number} is as it was`)
      }),
    )

  change
    .command('list')
    .description('changes, newest first (default 50; --limit 0 for all)')
    .option('--order <order>', "only this order's")
    .option('--open', 'only open ones (offered, pending_mc, mc_agreed)')
    .option('--limit <n>', 'at most n (0 = all)', '50')
    .action(async (raw: unknown, cmd: Command) =>
      withSession(cmd, async (s) => {
        const opts = validateOptions(listSchema, raw)
        let orderId: number | undefined
        if (opts.order) {
          const o = await findOrderRow(s.store.db, opts.order)
          if (!o) throw new ValidationError('--order', opts.order, 'no such order')
          orderId = o.id
        }
        const rows = await listChanges(s.store.db, { orderId, statuses: opts.open ? ['offered', 'pending_mc', 'mc_agreed'] : undefined, limit: opts.limit })
        s.out.result(rows.map(changeJson), () =>
          rows.length
            ? table(
                ['Change', 'Order', 'Customer', 'Status', 'Form', 'What', 'Promised'],
                rows.map((c) => {
                  const j = changeJson(c)
                  const what = j.cancel ? 'cancel' : [...j.lines.map((l) => `${l.sku} ${l.from}→${l.to}`), ...(c.requested_date ? [`date→${c.requested_date}`] : [])].join(', ')
                  return [c.number, c.order_number, c.customer_code, c.status, c.form_number ?? '', what, j.promisedDate.to ?? '']
                }),
              )
            : 'no changes',
        )
      }, { access: 'read' }),
    )
}
