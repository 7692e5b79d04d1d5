import type { Command } from 'commander'
import type { infer as Infer } from 'zod/mini'
import { tr } from '../../../messages/index.js'
import { dropInquiry } from '../../../services/drop-inquiry.js'
import { action } from '../../action.js'
import { serviceContext, type Session } from '../../context.js'
import { note, revision, z } from '../../flags.js'
import { described } from '../../help.js'
import { orderResult, reloadOrder } from '../../order-result.js'
import { requireFlags } from '../../prompts.js'

export const schema = z.object({ reason: note(200), revision: revision() })
export type Options = Infer<typeof schema> & { order: string }

/** `inquiry drop <order> --reason`: the customer declined (clerk, manager). */
export function register(inquiry: Command): void {
  const cmd = inquiry.command('drop <order>').option('--reason <text>').option('--revision <n>')
  described(cmd, 'inquiry drop').action(action(schema, run))
}

/** Ends an inquiry (or offer) as lost, with the customer's reason (asked on a terminal). */
export async function run(opts: Options, s: Session): Promise<void> {
  const number = opts.order
  requireFlags(s.interactive, opts.reason ? [] : ['--reason'])
  const ctx = await serviceContext(s)
  const reason = opts.reason || (await s.prompt.input(tr('intake.askDropReason'), { validate: (v) => (v.trim() ? true : tr('intake.sayWhy')) }))
  await dropInquiry(ctx, { number, reason, expectedRevision: opts.revision })
  const agg = await reloadOrder(s, number)
  s.out.result(await orderResult(s, agg), () => '')
  s.out.done(tr('intake.lost', { order: number, reason }))
}
