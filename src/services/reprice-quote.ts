import { ValidationError } from '../domain/errors.js'
import { lineAmount, type Minor } from '../domain/money.js'
import { appendEvent } from '../store/queries/events.js'
import { orderLines } from '../store/queries/orders.js'
import { immediate } from '../store/transaction.js'
import { requirePermission, type ServiceContext } from './context.js'
import { orderForStep, updateOrder } from './order-guard.js'

/**
 * The clerk re-prices an offer (after the manager rejected it, or the customer haggled):
 * new unit prices for some skus; the total is recomputed, any approval or rejection cleared.
 */
export async function repriceQuote(
  ctx: ServiceContext,
  input: { number: string; prices: { sku: string; price: Minor }[]; expectedRevision?: number },
): Promise<{ total: Minor }> {
  requirePermission(ctx, 'inquiry.write', 're-pricing an offer')
  if (input.prices.length === 0) throw new ValidationError('item', '', 'give at least one --item sku=price')
  return immediate(ctx.db, async (tx) => {
    const order = await orderForStep(tx, input.number, 'repriceQuote', input.expectedRevision)
    const lines = await orderLines(tx, order.id)
    for (const p of input.prices) {
      if (!lines.some((l) => l.sku === p.sku)) throw new ValidationError('sku', p.sku, `not on order ${order.number}`)
    }
    let total = 0
    const changes: { sku: string; from: Minor; to: Minor }[] = []
    for (const l of lines) {
      const np = input.prices.find((p) => p.sku === l.sku)
      const unit = np ? np.price : l.unit_price
      const amount = lineAmount(l.qty, unit, l.discount_bp)
      total += amount
      if (np && np.price !== l.unit_price) {
        changes.push({ sku: l.sku, from: l.unit_price, to: np.price })
        await tx.updateTable('order_lines').set({ unit_price: unit, amount }).where('id', '=', l.id).execute()
      }
    }
    const at = ctx.now()
    await updateOrder(
      tx,
      order,
      { total, quote_rejected_reason: null, quote_rejected_by: null, quote_approved_by: null, quote_approved_date: null, quote_approved_revision: null },
      at,
    )
    await appendEvent(tx, {
      at,
      businessDate: ctx.today,
      actor: ctx.actor.name,
      action: 'quote.reprice',
      entity: 'order',
      ref: order.number,
      orderId: order.id,
      data: { changes, total, previousTotal: order.total },
    })
    return { total }
  })
}
