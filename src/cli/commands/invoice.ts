import type { Command } from 'commander'
import { formatMoneyGrouped, parseMoney } from '../../domain/money.js'
import { issueInvoice } from '../../services/issue-invoice.js'
import { serviceContext, withSession } from '../context.js'
import { str, z } from '../flags.js'
import { orderResult, reloadOrder } from '../order-result.js'
import { validateOptions } from '../parse.js'
import { askInput, requireFlags } from '../prompts.js'

const schema = z.object({ number: str(), amount: str() })

/** `invoice issue <order> --number`: settlement (finance). */
export function registerInvoice(program: Command): void {
  const invoice = program.command('invoice').description('invoices')
  invoice
    .command('issue <order>')
    .description('record an invoice (finance); default amount: all not yet invoiced')
    .option('--number <invoice no.>', 'the invoice number')
    .option('--amount <money>', 'amount (default: the total not yet invoiced)')
    .action(async (order: string, raw: unknown, cmd: Command) =>
      withSession(cmd, async (s) => {
        const opts = validateOptions(schema, raw)
        const amount = opts.amount === undefined ? null : parseMoney(opts.amount, 'amount')
        requireFlags(s.interactive, opts.number ? [] : ['--number'])
        const ctx = await serviceContext(s)
        const number = opts.number ?? (await askInput('Invoice number'))
        const r = await issueInvoice(ctx, { number: order, invoice: number, amount })
        const agg = await reloadOrder(s, order)
        s.out.result(await orderResult(s, agg, { invoice: r.invoice }), () => '')
        s.out.done(`invoice ${r.invoice} of ${formatMoneyGrouped(r.amount)} recorded for order ${order}; invoiced ${formatMoneyGrouped(r.invoiced)} of ${formatMoneyGrouped(agg.order.total)}`)
      }),
    )
}
