import type { Command } from 'commander'
import type { infer as Infer } from 'zod/mini'
import { parseMoney } from '../../../domain/money.js'
import { tr } from '../../../messages/index.js'
import { issueInvoice } from '../../../services/issue-invoice.js'
import { action } from '../../action.js'
import { described } from '../../help.js'
import { serviceContext, type Session } from '../../context.js'
import { str, z } from '../../flags.js'
import { orderResult, reloadOrder } from '../../order-result.js'
import { requireFlags } from '../../prompts.js'

export const schema = z.object({ number: str(), amount: str() })
export type Options = Infer<typeof schema> & { order: string }

/** `invoice issue <order> --number`: settlement (finance). */
export function register(invoice: Command): void {
  const cmd = invoice.command('issue <order>').option('--number <invoice no.>').option('--amount <money>')
  described(cmd, 'invoice issue').action(action(schema, run))
}

/** Finance records the invoice issued for an order: its number, and the amount (default: all not yet invoiced). */
export async function run(opts: Options, s: Session): Promise<void> {
  const amount = opts.amount === undefined ? null : parseMoney(opts.amount, 'amount')
  requireFlags(s.interactive, opts.number ? [] : ['--number'])
  const ctx = await serviceContext(s)
  const number = opts.number ?? (await s.prompt.input(tr('order.promptInvoiceNumber')))
  const r = await issueInvoice(ctx, { number: opts.order, invoice: number, amount })
  const agg = await reloadOrder(s, opts.order)
  s.out.result(await orderResult(s, agg, { invoice: r.invoice }), () => '')
  s.out.done(tr('order.invoiceRecorded', { invoice: r.invoice, amount: r.amount, order: opts.order, invoiced: r.invoiced, total: agg.order.total }))
}
