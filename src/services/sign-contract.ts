import { RefusedError, ValidationError } from '../domain/errors.js'
import type { IsoDate } from '../domain/dates.js'
import { DOCUMENT_KINDS, documentNumber } from '../domain/numbering.js'
import { STEPS } from '../domain/order-status.js'
import { appendEvent } from '../store/queries/events.js'
import { orderLines } from '../store/queries/orders.js'
import { availableByProduct, reserveStock } from '../store/queries/stock.js'
import { nextOrderSeq } from '../store/queries/order-seq.js'
import { immediate } from '../store/transaction.js'
import { requirePermission, type ServiceContext } from './context.js'
import { orderForStep, updateOrder } from './order-guard.js'
import { checkQuote } from '../store/queries/quote-check.js'

export interface SignContractInput {
  number: string
  paymentMethod: string
  paymentDue: IsoDate
  depositPct: number
  expectedRevision?: number
}

export interface SignContractResult {
  number: string
  contract: string
  reserved: { sku: string; qty: number }[]
}

/**
 * The customer accepted the offer: sign the sales contract. Re-checks that the stock the
 * offer counted on is still available and reserves it, all in one `BEGIN IMMEDIATE`
 * transaction, so two clerks can never promise the same units.
 */
export async function signContract(ctx: ServiceContext, input: SignContractInput): Promise<SignContractResult> {
  requirePermission(ctx, 'contract.sign', 'signing a contract')
  const method = input.paymentMethod.trim()
  if (!method || method.length > 40) throw new ValidationError('payment-method', input.paymentMethod, 'must be 1 to 40 characters')
  if (input.paymentDue < ctx.today) throw new ValidationError('payment-due', input.paymentDue, `must not be before today (${ctx.today})`)
  if (!Number.isInteger(input.depositPct) || input.depositPct < 0 || input.depositPct > 100) {
    throw new ValidationError('deposit', input.depositPct, 'must be a whole percent from 0 to 100')
  }
  return immediate(ctx.db, async (tx) => {
    const order = await orderForStep(tx, input.number, 'signContract', input.expectedRevision)
    const quote = await checkQuote(tx, order)
    if (quote.status === 'pending' || quote.status === 'rejected') {
      const why = quote.reasons.join('; ')
      throw new RefusedError(
        quote.status === 'rejected'
          ? `the quotation for order ${order.number} was rejected by ${order.quote_rejected_by}: ${order.quote_rejected_reason}; re-price (\`orderdesk quote reprice\`) or re-check, then ask for approval`
          : `the quotation for order ${order.number} needs a manager's approval first (${why}); ask a manager to run \`orderdesk quote approve ${order.number}\``,
        'approval_required',
        { reasons: quote.reasons },
      )
    }
    const lines = await orderLines(tx, order.id)
    const need = new Map<number, { sku: string; qty: number }>()
    for (const l of lines) {
      if (l.stock_qty <= 0) continue
      const n = need.get(l.product_id) ?? { sku: l.sku, qty: 0 }
      n.qty += l.stock_qty
      need.set(l.product_id, n)
    }
    const avail = await availableByProduct(tx, [...need.keys()])
    for (const [productId, n] of need) {
      const a = avail.get(productId) ?? 0
      if (a < n.qty) {
        throw new RefusedError(
          `stock for ${n.sku} has gone since the offer: order ${order.number} needs ${n.qty}, ${Math.max(0, a)} available; run \`orderdesk stock check ${order.number}\` again`,
          'stock_gone',
          { sku: n.sku, needed: n.qty, available: a },
        )
      }
    }
    const at = ctx.now()
    for (const l of lines) {
      if (l.stock_qty > 0) await reserveStock(tx, { orderId: order.id, lineId: l.id, productId: l.product_id, qty: l.stock_qty, at })
    }
    const seq = await nextOrderSeq(tx, order.id, 'contract')
    const contract = documentNumber(order.number, DOCUMENT_KINDS.contract, seq)
    const updated = await updateOrder(
      tx,
      order,
      { status: STEPS.signContract.to, payment_method: method, payment_due: input.paymentDue, deposit_pct: input.depositPct },
      at,
    )
    await tx
      .insertInto('documents')
      .values({
        order_id: order.id,
        kind: 'contract',
        number: contract,
        seq,
        revision: updated.revision,
        status: 'signed',
        data: JSON.stringify({
          total: order.total,
          promisedDate: order.promised_date,
          paymentMethod: method,
          paymentDue: input.paymentDue,
          depositPct: input.depositPct,
          lines: lines.map((l) => ({ sku: l.sku, qty: l.qty, unitPrice: l.unit_price, amount: l.amount, source: l.source })),
        }),
        created_by: ctx.actor.name,
        created_at: at,
        signed_by: ctx.actor.name,
        signed_at: ctx.today,
      })
      .execute()
    const reserved = [...need.values()]
    await appendEvent(tx, {
      at,
      businessDate: ctx.today,
      actor: ctx.actor.name,
      action: 'contract.sign',
      entity: 'order',
      ref: order.number,
      orderId: order.id,
      from: order.status,
      to: STEPS.signContract.to,
      data: { contract, paymentMethod: method, paymentDue: input.paymentDue, depositPct: input.depositPct, reserved },
    })
    return { number: order.number, contract, reserved }
  })
}
