import { RefusedError, ValidationError } from '../domain/errors.js'
import { formatMoney, type Minor } from '../domain/money.js'
import { appendEvent } from '../store/queries/events.js'
import { immediate } from '../store/transaction.js'
import { requirePermission, type ServiceContext } from './context.js'
import { orderForStep, updateOrder } from './order-guard.js'

/** Finance records an invoice (default amount: what is not invoiced yet). */
export async function issueInvoice(
  ctx: ServiceContext,
  input: { number: string; invoice: string; amount?: Minor | null },
): Promise<{ invoice: string; amount: Minor; invoiced: Minor }> {
  requirePermission(ctx, 'invoice.issue', 'issuing an invoice')
  const invoice = input.invoice.trim()
  if (!/^[A-Za-z0-9][A-Za-z0-9._\/-]{0,39}$/.test(invoice)) throw new ValidationError('number', input.invoice, 'letters, digits, . _ / - (at most 40)')
  if (input.amount != null && input.amount <= 0) throw new ValidationError('amount', formatMoney(input.amount), 'must be more than 0')
  return immediate(ctx.db, async (tx) => {
    const order = await orderForStep(tx, input.number, 'issueInvoice')
    if (await tx.selectFrom('invoices').select('id').where('number', '=', invoice).executeTakeFirst()) {
      throw new ValidationError('number', invoice, 'an invoice with that number exists')
    }
    const open = order.total - order.invoiced
    if (open <= 0) throw new RefusedError(`order ${order.number} is fully invoiced (${formatMoney(order.invoiced)})`, 'fully_invoiced')
    const amount = input.amount ?? open
    if (amount > open) {
      throw new RefusedError(`invoice of ${formatMoney(amount)} is more than the ${formatMoney(open)} not yet invoiced on order ${order.number}`, 'over_invoice')
    }
    const at = ctx.now()
    await tx.insertInto('invoices').values({ order_id: order.id, number: invoice, amount, issued_date: ctx.today, issued_by: ctx.actor.name, created_at: at }).execute()
    const invoiced = order.invoiced + amount
    await updateOrder(tx, order, { invoiced }, at)
    await appendEvent(tx, {
      at,
      businessDate: ctx.today,
      actor: ctx.actor.name,
      action: 'invoice.issue',
      entity: 'invoice',
      ref: invoice,
      orderId: order.id,
      data: { invoice, amount, invoiced },
    })
    return { invoice, amount, invoiced }
  })
}
