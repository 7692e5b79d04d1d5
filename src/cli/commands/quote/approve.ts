import type { Command } from 'commander'
import type { infer as Infer } from 'zod/mini'
import { tr } from '../../../messages/index.js'
import { approveQuote } from '../../../services/approve-quote.js'
import { action } from '../../action.js'
import type { Session } from '../../context.js'
import { revision, z } from '../../flags.js'
import { described } from '../../help.js'
import { signoffOnOrder } from '../../manager-pin.js'
import { orderResult, reloadOrder } from '../../order-result.js'

export const schema = z.object({ revision: revision() })
export type Options = Infer<typeof schema> & { order: string }

/** `quote approve <order>`: a manager's sign-off (PIN). */
export function register(quote: Command): void {
  const cmd = quote.command('approve <order>').option('--revision <n>')
  described(cmd, 'quote approve').action(action(schema, run))
}

/** Approves an offer that needs it; an order in the wrong state is refused before the PIN is asked. */
export async function run(opts: Options, s: Session): Promise<void> {
  const number = opts.order
  const { ctx, pin } = await signoffOnOrder(s, number, 'approveQuote')
  const r = await approveQuote(ctx, { number, pin, expectedRevision: opts.revision })
  const agg = await reloadOrder(s, number)
  s.out.result(await orderResult(s, agg), () => '')
  s.out.done(tr('intake.quoteApproved', { order: number, by: ctx.actor.name, reasons: r.reasons.map((x) => tr('order.approvalReason', x)) }))
  s.out.next(`orderdesk contract sign ${number} --payment-method <m> --payment-due <date>`)
}
