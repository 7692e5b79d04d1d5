import type { Command } from 'commander'
import type { infer as Infer } from 'zod/mini'
import { parseMoney } from '../../../domain/money.js'
import { tr } from '../../../messages/index.js'
import { recordPayment } from '../../../services/record-payment.js'
import { action } from '../../action.js'
import { serviceContext, type Session } from '../../context.js'
import { flag, str, text, z } from '../../flags.js'
import { described } from '../../help.js'
import { orderResult, reloadOrder } from '../../order-result.js'
import { amountFrom } from './amount.js'

export const schema = z.object({ amount: str(), method: text(40), ref: text(80), date: str(), allowOverpay: flag() })
export type Options = Infer<typeof schema> & { order: string }

/** `payment record <order> --amount`: payments add up (clerk, finance, manager). */
export function register(payment: Command): void {
  const cmd = payment.command('record <order>').option('--amount <money>').option('--method <m>')
  cmd.option('--ref <bank ref>').option('--date <date>').option('--allow-overpay')
  described(cmd, 'payment record').action(action(schema, run))
}

/** Records money received; the amount is asked on a terminal when not given. */
export async function run(opts: Options, s: Session): Promise<void> {
  const number = opts.order
  const given = amountFrom(s, opts, () => askAmount(s))
  const date = given.date
  const ctx = await serviceContext(s)
  const amount = await given.amount()
  const r = await recordPayment(ctx, { number, amount, method: opts.method ?? null, ref: opts.ref ?? null, date, allowOverpay: opts.allowOverpay })
  const agg = await reloadOrder(s, number)
  s.out.result(await orderResult(s, agg), () => '')
  s.out.done(tr('order.paymentRecorded', { amount, order: number, paid: r.paid, total: r.total, status: tr('name.paymentStatus', { status: r.paymentStatus }) }))
  if (agg.order.status === 'contracted' && (r.paymentStatus === 'deposit_met' || r.paymentStatus === 'paid')) {
    s.out.next(tr('order.nextConfirm', { order: number }))
  }
}

/** The amount received, more than 0. */
function askAmount(s: Session): Promise<string> {
  return s.prompt.input(tr('order.promptAmount'), {
    validate: (v) => {
      try {
        return parseMoney(v, 'amount') > 0 ? true : tr('order.moreThanZero')
      } catch (e) {
        return (e as Error).message
      }
    },
  })
}
