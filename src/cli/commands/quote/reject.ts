import type { Command } from 'commander'
import type { infer as Infer } from 'zod/mini'
import { tr } from '../../../messages/index.js'
import { precheckChangeReject, rejectChangeOffer, rejectQuote, rejectsChangeOffer } from '../../../services/reject-quote.js'
import { changeJson } from '../../../render/change-json.js'
import { managerPin } from '../../manager-pin.js'
import { changeNow } from '../change/change-now.js'
import { action } from '../../action.js'
import { serviceContext, type Session } from '../../context.js'
import { note, revision, z } from '../../flags.js'
import { described } from '../../help.js'
import { orderResult, reloadOrder } from '../../order-result.js'
import { requireFlags } from '../../prompts.js'

export const schema = z.object({ reason: note(200), revision: revision() })
export type Options = Infer<typeof schema> & { order: string }

/** `quote reject <order> --reason`: the manager sends an offer back. */
export function register(quote: Command): void {
  const cmd = quote.command('reject <order>').option('--reason <text>').option('--revision <n>')
  described(cmd, 'quote reject').action(action(schema, run))
}

/** Sends an offer back to the clerk with what must change (asked on a terminal). */
export async function run(opts: Options, s: Session): Promise<void> {
  const number = opts.order
  requireFlags(s.interactive, opts.reason ? [] : ['--reason'])
  const ctx = await serviceContext(s)
  // issue 19: changereject — past its offer, the new offer of the order's open change
  if (await rejectsChangeOffer(ctx, number)) {
    // refused before anything is asked: a clerk (forbidden), then the change's state
    if (ctx.actor.role !== 'manager') await rejectChangeOffer(ctx, { number, reason: opts.reason ?? '', pin: null })
    await precheckChangeReject(ctx, number)
    const reason = opts.reason || (await askReason(s))
    const pin = await managerPin(s, ctx)
    const r = await rejectChangeOffer(ctx, { number, reason, pin, expectedRevision: opts.revision })
    const agg = await reloadOrder(s, number)
    s.out.result(await orderResult(s, agg, { change: changeJson(await changeNow(s, r.change)) }), () => '')
    s.out.done(tr('change.offerRejected', { change: r.change, order: number, by: ctx.actor.name, reason: reason.trim() }))
    return
  }
  const reason = opts.reason || (await askReason(s))
  await rejectQuote(ctx, { number, reason, expectedRevision: opts.revision })
  const agg = await reloadOrder(s, number)
  s.out.result(await orderResult(s, agg), () => '')
  s.out.done(tr('intake.quoteRejected', { order: number, reason }))
  s.out.next(tr('intake.eitherCommand', { first: `orderdesk quote reprice ${number} --item <sku>=<price>`, second: `orderdesk stock check ${number}` }))
}

/** The reason, asked on a terminal. */
async function askReason(s: Session): Promise<string> {
  return s.prompt.input(tr('intake.askRejectReason'), { validate: (v) => (v.trim() ? true : tr('intake.sayWhat')) })
}
