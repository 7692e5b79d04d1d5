import type { Command } from 'commander'
import type { infer as Infer } from 'zod/mini'
import { tr } from '../../../messages/index.js'
import { listChanges } from '../../../read/changes.js'
import { findOrderRow } from '../../../read/orders.js'
import { changeJson } from '../../../render/change-json.js'
import { approveQuote } from '../../../services/approve-quote.js'
import { action } from '../../action.js'
import { serviceContext, type Session } from '../../context.js'
import { revision, z } from '../../flags.js'
import { described } from '../../help.js'
import { managerPin } from '../../manager-pin.js'
import { orderResult, precheckStep, reloadOrder } from '../../order-result.js'
import { changeNow, nextTellCustomer } from '../change/change-now.js'

export const schema = z.object({ revision: revision() })
export type Options = Infer<typeof schema> & { order: string }

/** `quote approve <order>`: a manager's sign-off (PIN). */
export function register(quote: Command): void {
  const cmd = quote.command('approve <order>').option('--revision <n>')
  described(cmd, 'quote approve').action(action(schema, run))
}

/**
 * Approves an offer that needs it: the order's, or the new offer of its open customer change
 * (issue 19). An order in the wrong state is refused before the PIN is asked.
 */
export async function run(opts: Options, s: Session): Promise<void> {
  const number = opts.order
  const ctx = await serviceContext(s)
  if (!(await hasOpenChange(s, number))) await precheckStep(s, number, 'approveQuote')
  const pin = await managerPin(s, ctx)
  const r = await approveQuote(ctx, { number, pin, expectedRevision: opts.revision })
  const agg = await reloadOrder(s, number)
  if (r.change) {
    s.out.result(await orderResult(s, agg, { change: changeJson(await changeNow(s, r.change)) }), () => '')
    s.out.done(tr('change.offerApproved', { change: r.change, order: number, by: ctx.actor.name, total: r.total, reasons: r.reasons }))
    if (r.changeStatus === 'pending_mc') s.out.next(tr('change.nextDecide', { change: r.change }))
    else nextTellCustomer(s, r.change)
    return
  }
  s.out.result(await orderResult(s, agg), () => '')
  s.out.done(tr('intake.quoteApproved', { order: number, by: ctx.actor.name, reasons: r.reasons.map((x) => tr('order.approvalReason', x)) }))
  s.out.next(`orderdesk contract sign ${number} --payment-method <m> --payment-due <date>`)
}

/** The order is past its offer and has a customer change open: its new offer is the one to approve. */
async function hasOpenChange(s: Session, number: string): Promise<boolean> {
  const row = await findOrderRow(s.store.db, number)
  if (!row || row.status === 'offered') return false
  return (await listChanges(s.store.db, { orderId: row.id, statuses: ['offered', 'pending_mc', 'mc_agreed'], limit: 1 })).length > 0
}
