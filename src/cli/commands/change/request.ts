import type { Command } from 'commander'
import type { infer as Infer } from 'zod/mini'
import { CHANNELS } from '../../../domain/channels.js'
import { parseDate } from '../../../domain/dates.js'
import { UsageError } from '../../../domain/errors.js'
import { parseItem, parseLineItem } from '../../../domain/item-spec.js'
import { tr } from '../../../messages/index.js'
import { requestChange } from '../../../services/request-change.js'
import { changeJson } from '../../../render/change-json.js'
import { changePlanTable } from '../../../render/change-plan.js'
import { action } from '../../action.js'
import { serviceContext, type Session } from '../../context.js'
import { flag, list, note, oneOf, str, text, z } from '../../flags.js'
import { described } from '../../help.js'
import { collect } from '../../parse.js'
import { freeGrant } from '../inquiry/new.js'
import { changeNow, nextTellCustomer } from './change-now.js'

export const schema = z.object({ item: list(), line: list(), date: str(), cancel: flag(), channel: oneOf(CHANNELS), sourceRef: text(100), note: note(500), free: flag(), reason: text(200) })
export type Options = Infer<typeof schema> & { order: string }

/** `change request <order> --item|--date|--cancel`: the customer asks for a change. */
export function register(change: Command): void {
  const cmd = change
    .command('request <order>')
    .option('--item <sku=qty[@price]>', '', collect)
    .option('--line <n=qty[@price]>', '', collect)
    .option('--date <date>')
    .option('--cancel')
    .option('--channel <channel>')
    .option('--source-ref <ref>')
    .option('--note <text>')
    .option('--free')
    .option('--reason <text>')
  described(cmd, 'change request').action(action(schema, run))
}

/** Records a customer change, evaluated at once: stock absorbs it (offer it to the customer) or MC gets a plan change form. */
export async function run(opts: Options, s: Session): Promise<void> {
  const items = opts.item.map(parseChangeItem)
  const lines = opts.line.map(parseLineItem)
  const date = opts.date ? parseDate(opts.date, 'date', s.today) : null
  if (!opts.cancel && items.length === 0 && lines.length === 0 && !date) throw new UsageError(tr('change.sayWhat'))
  const free = await freeGrant(opts, s)
  const ctx = await serviceContext(s)
  const r = await requestChange(ctx, { number: opts.order, items, lines, date, cancel: opts.cancel, channel: opts.channel ?? 'phone', sourceRef: opts.sourceRef, note: opts.note, free })
  s.out.result({ change: changeJson(await changeNow(s, r.change)) }, () => changePlanTable(r.plan))
  if (r.free.length > 0) s.out.note(tr('lines.freeRecorded', { lines: r.free.map((l) => l.lineNo ?? 0), reason: free!.reason }))
  if (r.status === 'offered') {
    s.out.done(tr('change.recordedFromStock', { change: r.change, total: r.plan.totalTo, date: r.plan.promisedDate }))
    nextTellCustomer(s, r.change)
  } else {
    s.out.done(tr('change.recordedForMc', { change: r.change, reasons: r.plan.reasons, form: r.form }))
    s.out.next(tr('change.nextDecide', { change: r.change }))
  }
  if (r.approvalReasons.length > 0) s.out.warn(tr('change.needsApproval', { order: opts.order, reasons: r.approvalReasons }))
}

/** `--item sku=qty[@price]`, where qty may be 0 (remove the line). */
function parseChangeItem(text: string) {
  const m = /^([^=@\s]+)=0$/.exec(text.trim())
  if (m) return { sku: m[1]!, qty: 0, price: null }
  const p = parseItem(text)
  return { sku: p.sku, qty: p.qty, price: p.price }
}
