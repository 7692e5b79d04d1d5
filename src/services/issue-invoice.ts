import { RefusedError, ValidationError } from '../domain/errors.js'
import { msg } from '../domain/message.js'
import { formatMoney, type Minor } from '../domain/money.js'
import { insertInvoice, invoiceExists } from '../store/queries/invoices.js'
import type { OrderRow } from '../store/schema.js'
import { immediate } from '../store/transaction.js'
import { requirePermission, type ServiceContext } from './context.js'
import { orderForStep, updateOrder } from './order-guard.js'
import { recordEvent } from './record-step.js'

/**
 * Finance records an invoice (default amount: what is not invoiced yet). A step on the order,
 * but its event is the invoice's (entity `invoice`, by its number), so not `orderStep`.
 */
export async function issueInvoice(
  ctx: ServiceContext,
  input: { number: string; invoice: string; amount?: Minor | null },
): Promise<{ invoice: string; amount: Minor; invoiced: Minor }> {
  requirePermission(ctx, 'invoice.issue', 'invoice.issue')
  const invoice = input.invoice.trim()
  if (!/^[A-Za-z0-9][A-Za-z0-9._\/-]{0,39}$/.test(invoice)) throw new ValidationError('number', input.invoice, msg('order.invoiceNumberRule', {}))
  if (input.amount != null && input.amount <= 0) throw new ValidationError('amount', formatMoney(input.amount), msg('order.amountNotPositive', {}))
  return immediate(ctx.db, async (tx) => {
    const order = await orderForStep(tx, input.number, 'issueInvoice')
    if (await invoiceExists(tx, invoice)) throw new ValidationError('number', invoice, msg('order.invoiceExists', {}))
    const amount = invoiceAmount(order, input.amount ?? null)
    const at = ctx.now()
    await insertInvoice(tx, { order_id: order.id, number: invoice, amount, issued_date: ctx.today, issued_by: ctx.actor.name, created_at: at })
    const invoiced = order.invoiced + amount
    await updateOrder(tx, order, { invoiced }, at)
    await recordEvent(tx, ctx, at, { action: 'invoice.issue', entity: 'invoice', ref: invoice, orderId: order.id, data: { invoice, amount, invoiced } })
    return { invoice, amount, invoiced }
  })
}

/** The amount to invoice: the one asked for, or what is not invoiced yet; refused beyond that. */
function invoiceAmount(order: OrderRow, asked: Minor | null): Minor {
  const open = order.total - order.invoiced
  if (open <= 0) throw new RefusedError(msg('order.fullyInvoiced', { order: order.number, invoiced: order.invoiced }), 'fully_invoiced')
  const amount = asked ?? open
  if (amount > open) throw new RefusedError(msg('order.overInvoice', { order: order.number, amount, open }), 'over_invoice')
  return amount
}
