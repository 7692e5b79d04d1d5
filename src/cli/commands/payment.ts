import type { Command } from 'commander'
import { parseDate } from '../../domain/dates.js'
import { formatMoneyGrouped, parseMoney } from '../../domain/money.js'
import { recordPayment } from '../../services/record-payment.js'
import { serviceContext, withSession } from '../context.js'
import { flag, str, text, z } from '../flags.js'
import { orderResult, reloadOrder } from '../order-result.js'
import { validateOptions } from '../parse.js'
import { askInput, requireFlags } from '../prompts.js'

const schema = z.object({ amount: str(), method: text(40), ref: text(80), date: str(), allowOverpay: flag() })

/** `payment record <order>`: money from the customer, against the contract. */
export function registerPayment(program: Command): void {
  const payment = program.command('payment').description('payments from customers')

  payment
    .command('record <order>')
    .description('record a payment (payments add up; clerk, finance, manager)')
    .option('--amount <money>', 'amount received, e.g. 1250.00')
    .option('--method <m>', 'how it was paid (transfer, cash, ...)')
    .option('--ref <bank ref>', 'bank reference')
    .option('--date <date>', 'date the money arrived (default today)')
    .option('--allow-overpay', 'accept more than the balance due')
    .action(async (number: string, raw: unknown, cmd: Command) =>
      withSession(cmd, async (s) => {
        const opts = validateOptions(schema, raw)
        if (opts.amount !== undefined) parseMoney(opts.amount, 'amount')
        const date = opts.date ? parseDate(opts.date, 'date', s.today) : undefined
        requireFlags(s.interactive, opts.amount ? [] : ['--amount'])
        const ctx = await serviceContext(s)
        const amount = parseMoney(
          opts.amount ??
            (await askInput('Amount received', {
              validate: (v) => {
                try {
                  return parseMoney(v, 'amount') > 0 ? true : 'more than 0'
                } catch (e) {
                  return (e as Error).message
                }
              },
            })),
          'amount',
        )
        const r = await recordPayment(ctx, { number, amount, method: opts.method ?? null, ref: opts.ref ?? null, date, allowOverpay: opts.allowOverpay })
        const agg = await reloadOrder(s, number)
        s.out.result(await orderResult(s, agg), () => '')
        s.out.done(
          `payment of ${formatMoneyGrouped(amount)} recorded for order ${number}: paid ${formatMoneyGrouped(r.paid)} of ${formatMoneyGrouped(r.total)} (${r.paymentStatus})`,
        )
        if (agg.order.status === 'contracted' && (r.paymentStatus === 'deposit_met' || r.paymentStatus === 'paid')) {
          s.out.next(`orderdesk order confirm ${number}   (a manager signs the sales order)`)
        }
      }),
    )
}
