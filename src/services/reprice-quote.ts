import { ValidationError } from '../domain/errors.js'
import { freeLines, isFree, type FreeGrant } from '../domain/free-lines.js'
import { msg } from '../domain/message.js'
import { lineAmount, type Minor } from '../domain/money.js'
import { orderLines, updateOrderLine, type OrderLineView } from '../store/queries/orders.js'
import type { Tx } from '../store/transaction.js'
import { requirePermission, type ServiceContext } from './context.js'
import { orderStep } from './record-step.js'

type NewPrice = { sku: string; price: Minor }

/**
 * The clerk re-prices an offer (after the manager rejected it, or the customer haggled):
 * new unit prices for some skus; the total is recomputed, any approval or rejection cleared.
 */
export async function repriceQuote(
  ctx: ServiceContext,
  input: { number: string; prices: NewPrice[]; expectedRevision?: number; free?: FreeGrant | null },
): Promise<{ total: Minor }> {
  requirePermission(ctx, 'inquiry.write', 'quote.reprice')
  if (input.prices.length === 0) throw new ValidationError('item', '', msg('order.pricesNeeded', {}))
  return orderStep(
    ctx,
    input.number,
    'repriceQuote',
    async (tx, order) => {
      const lines = await orderLines(tx, order.id)
      for (const p of input.prices) {
        if (!lines.some((l) => l.sku === p.sku)) throw new ValidationError('sku', p.sku, msg('order.skuNotOnOrder', { order: order.number }))
      }
      // issue 19: a line re-priced to 0 is a sample, only with --free --reason
      const free = freeLines(
        lines.flatMap((l) => {
          const np = input.prices.find((p) => p.sku === l.sku)
          return np && np.price !== l.unit_price && !isFree({ unitPrice: l.unit_price, discountBp: l.discount_bp })
            ? [{ lineNo: l.line_no, sku: l.sku, qty: l.qty, unitPrice: np.price, discountBp: l.discount_bp }]
            : []
        }),
        input.free ?? null,
      )
      const { total, changes } = await reprice(tx, lines, input.prices)
      return {
        patch: { total, quote_rejected_reason: null, quote_rejected_by: null, quote_approved_by: null, quote_approved_date: null, quote_approved_revision: null, quote_approved_offer: null },
        event: { action: 'quote.reprice', data: { changes, total, previousTotal: order.total, ...(free.length ? { free: { lines: free, reason: input.free!.reason } } : {}) } },
        result: { total },
        // the new offer's quotation (a draft while it awaits the manager's approval)
        issues: [{ form: 'quotation', ref: order.number }],
      }
    },
    { expectedRevision: input.expectedRevision },
  )
}

/** Writes the new unit price and amount of every line whose price changes; gives the new total and the changes. */
async function reprice(tx: Tx, lines: OrderLineView[], prices: NewPrice[]): Promise<{ total: Minor; changes: { sku: string; from: Minor; to: Minor }[] }> {
  let total = 0
  const changes: { sku: string; from: Minor; to: Minor }[] = []
  for (const l of lines) {
    const np = prices.find((p) => p.sku === l.sku)
    const unit = np ? np.price : l.unit_price
    const amount = lineAmount(l.qty, unit, l.discount_bp)
    total += amount
    if (np && np.price !== l.unit_price) {
      changes.push({ sku: l.sku, from: l.unit_price, to: np.price })
      await updateOrderLine(tx, l.id, { unit_price: unit, amount })
    }
  }
  return { total, changes }
}
