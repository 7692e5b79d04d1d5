import type { Command } from 'commander'
import type { infer as Infer } from 'zod/mini'
import { tr } from '../../../messages/index.js'
import { voidPayment } from '../../../services/void-payment.js'
import { action } from '../../action.js'
import { serviceContext, type Session } from '../../context.js'
import { note, z } from '../../flags.js'
import { described } from '../../help.js'
import { printOrderResult } from '../../order-result.js'
import { requireFlags } from '../../prompts.js'

export const schema = z.object({ reason: note(200) })
export type Options = Infer<typeof schema> & { payment: string }

/** `payment void <payment> --reason`: a reversing entry for a mistyped payment or refund (finance, manager). */
export function register(payment: Command): void {
  const cmd = payment.command('void <payment>').option('--reason <text>')
  described(cmd, 'payment void').action(action(schema, run))
}

/** Voids a payment by its number; the reason is asked on a terminal when not given. */
export async function run(opts: Options, s: Session): Promise<void> {
  requireFlags(s.interactive, opts.reason ? [] : ['--reason'])
  const ctx = await serviceContext(s)
  const reason = opts.reason ?? (await s.prompt.input(tr('order.promptVoidReason')))
  const r = await voidPayment(ctx, { payment: opts.payment, reason })
  await printOrderResult(s, r.order, { payment: r.payment })
  s.out.done(tr('order.paymentVoided', { payment: r.payment, kind: r.kind, amount: r.amount, order: r.order, paid: r.paid, total: r.total, status: tr('name.paymentStatus', { status: r.paymentStatus }) }))
}
