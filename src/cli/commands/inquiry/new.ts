import type { Command } from 'commander'
import type { infer as Infer } from 'zod/mini'
import { CHANNELS, type Channel } from '../../../domain/channels.js'
import { parseDate, type IsoDate } from '../../../domain/dates.js'
import { CancelledError, MissingFlagsError, UsageError, ValidationError } from '../../../domain/errors.js'
import type { FreeGrant } from '../../../domain/free-lines.js'
import { parseItem, type ItemSpec } from '../../../domain/item-spec.js'
import { msg } from '../../../domain/message.js'
import { tr } from '../../../messages/index.js'
import { findCustomer, findProductsBySku } from '../../../read/master-data.js'
import { inquiryLinesTable } from '../../../render/inquiry-lines.js'
import { newInquiry } from '../../../services/new-inquiry.js'
import { action } from '../../action.js'
import { serviceContext, type Session } from '../../context.js'
import { flag, list, note, oneOf, str, text, z } from '../../flags.js'
import { described } from '../../help.js'
import { orderResult, reloadOrder } from '../../order-result.js'
import { collect, notBeforeToday, optionalDate } from '../../parse.js'
import { requireFlags } from '../../prompts.js'
import { mergedItems, pickCustomer, pickItems } from './pickers.js'

export const schema = z.object({
  customer: text(32),
  item: list(),
  requested: str(),
  channel: oneOf(CHANNELS),
  sourceRef: text(100),
  rush: flag(),
  note: note(500),
  free: flag(),
  reason: text(200),
})
export type Options = Infer<typeof schema>

/** `inquiry new --customer --item sku=qty`: SPEC §1 step 1 (clerk, manager). */
export function register(inquiry: Command): void {
  const cmd = inquiry.command('new').option('--customer <code>').option('--item <sku=qty[@price]>', '', collect).option('--requested <date>')
  cmd.option('--channel <channel>').option('--source-ref <ref>').option('--rush').option('--note <text>')
  cmd.option('--free').option('--reason <text>')
  described(cmd, 'inquiry new').action(action(schema, run))
}

/** The rest of an inquiry that the guided form asks for (when the customer or the lines were not given). */
interface Details {
  requested: IsoDate | null
  channel: Channel
  sourceRef: string | undefined
}

/**
 * Records a pre-order. Flags first: every bad or missing one fails before anything is asked.
 * Without the customer or the lines (on a terminal) the clerk is guided through the whole
 * form; on a terminal the lines are shown and confirmed before they are recorded (not with --yes).
 */
export async function run(opts: Options, s: Session): Promise<void> {
  const items = opts.item.map(parseItem)
  const given: Details = { requested: optionalDate(opts.requested, 'requested', s.today), channel: opts.channel ?? 'phone', sourceRef: opts.sourceRef }
  const missing = [...(opts.customer ? [] : ['--customer']), ...(items.length ? [] : ['--item <sku>=<qty>'])]
  requireFlags(s.interactive, missing)
  const free = await freeGrant(opts, s)
  const ctx = await serviceContext(s)
  if (opts.customer !== undefined && !(await findCustomer(s.store.db, opts.customer))) {
    throw new ValidationError('customer', opts.customer, msg('master.noSuchCustomer', {}))
  }
  const customer = opts.customer || (await pickCustomer(s))
  if (items.length === 0) items.push(...(await pickItems(s)))
  const details = missing.length > 0 ? await askDetails(s, opts, given) : given
  if (s.interactive && !s.opts.yes) await confirmLines(s, customer, items)
  const { number, merged, free: freeGiven } = await newInquiry(ctx, {
    customer,
    items,
    requestedDate: details.requested,
    channel: details.channel,
    sourceRef: details.sourceRef ?? null,
    rush: opts.rush,
    note: opts.note ?? null,
    free,
  })
  const agg = await reloadOrder(s, number)
  s.out.result({ ...(await orderResult(s, agg)), mergedLines: merged.map(({ sku, qty, parts }) => ({ sku, qty, parts })) }, () => (s.out.json ? '' : number))
  for (const m of merged) s.out.warn(tr('lines.merged', { sku: m.sku, qty: m.qty, parts: m.parts }))
  if (freeGiven.length > 0) s.out.note(tr('lines.freeRecorded', { lines: freeGiven.map((l) => l.lineNo ?? 0), reason: free!.reason }))
  s.out.done(tr('intake.inquiryRecorded', { order: number, customer: agg.customer.code, name: agg.customer.name, total: agg.order.total }))
  s.out.next(`orderdesk stock check ${number}`)
}

/**
 * `--free --reason <text>`: lines at a zero price are free (samples). `--reason` alone is a
 * usage error; `--free` without it asks why on a terminal, else names the missing flag.
 */
export async function freeGrant(opts: { free: boolean; reason?: string | undefined }, s: Session): Promise<FreeGrant | null> {
  if (!opts.free) {
    if (opts.reason !== undefined) throw new UsageError(tr('lines.reasonWithoutFree'))
    return null
  }
  if (opts.reason?.trim()) return { reason: opts.reason.trim() }
  if (!s.interactive) throw new MissingFlagsError([msg('lines.freeReasonFlag', {})])
  const reason = await s.prompt.input(tr('lines.askFreeReason'), { validate: (v) => (v.trim() ? true : tr('intake.sayWhy')) })
  return { reason: reason.trim() }
}

/** The guided form's last questions, each only when its flag was not given: requested date, channel, source. */
async function askDetails(s: Session, opts: Options, given: Details): Promise<Details> {
  const d = { ...given }
  if (opts.requested === undefined) {
    const r = await s.prompt.input(tr('intake.askRequested'), {
      validate: (v) => (v.trim() ? notBeforeToday(v, s.today, tr('intake.dateOrDays')) : true),
    })
    d.requested = r.trim() ? parseDate(r, 'requested', s.today) : null
  }
  if (!opts.channel) d.channel = await s.prompt.select(
      tr('intake.askChannel'),
      CHANNELS.map((channel) => ({ name: tr('name.channel', { channel }), value: channel })),
      'phone',
    )
  if (opts.sourceRef === undefined) {
    d.sourceRef = (await s.prompt.input(tr('intake.askSourceRef'))).trim() || undefined
  }
  return d
}

/** Shows the lines with their amounts and asks to record them; no is a cancel (exit 130). */
async function confirmLines(s: Session, customer: string, items: ItemSpec[]): Promise<void> {
  const products = await findProductsBySku(s.store.db, items.map((i) => i.sku))
  s.out.show(inquiryLinesTable(mergedItems(items, products), products))
  if (!(await s.prompt.confirm(tr('intake.confirmInquiry', { customer }), true))) throw new CancelledError()
}
