import type { Command } from 'commander'
import type { infer as Infer } from 'zod/mini'
import { tr } from '../../../messages/index.js'
import { refundPayment } from '../../../services/refund-payment.js'
import { action } from '../../action.js'
import { serviceContext, type Session } from '../../context.js'
import { note, str, text, z } from '../../flags.js'
import { described } from '../../help.js'
import { precheckStep, printOrderResult } from '../../order-result.js'
import { amountFrom } from './amount.js'

export const schema = z.object({ amount: str(), ref: text(80), reason: note(200), date: str() })
export type Options = Infer<typeof schema> & { order: string }

/** `payment refund <order> --amount`: money back to the customer (finance, manager). */
export function register(payment: Command): void {
  const cmd = payment.command('refund <order>').option('--amount <money>').option('--ref <bank ref>').option('--reason <text>').option('--date <date>')
  described(cmd, 'payment refund').action(action(schema, run))
}

/** Records money paid back; the amount is asked on a terminal when not given. */
export async function run(opts: Options, s: Session): Promise<void> {
  const number = opts.order
  const given = amountFrom(s, opts, () => s.prompt.input(tr('order.promptRefundAmount')))
  const date = given.date
  const ctx = await serviceContext(s)
  await precheckStep(s, number, 'refundPayment')
  const amount = await given.amount()
  const r = await refundPayment(ctx, { number, amount, ref: opts.ref ?? null, reason: opts.reason ?? null, date })
  await printOrderResult(s, number, { payment: r.payment })
  s.out.done(tr('order.refundRecorded', { amount, order: number, payment: r.payment, paid: r.paid, total: r.total, status: tr('name.paymentStatus', { status: r.paymentStatus }) }))
}
