import { RefusedError, ValidationError } from '../domain/errors.js'
import type { IsoDate } from '../domain/dates.js'
import { msg, say, sayForScripts } from '../domain/message.js'
import { DOCUMENT_KINDS, documentNumber } from '../domain/numbering.js'
import { STEPS } from '../domain/order-status.js'
import { insertSignedDocument } from '../store/queries/documents.js'
import { orderLines, type OrderLineView } from '../store/queries/orders.js'
import { nextOrderSeq } from '../store/queries/order-seq.js'
import { checkQuote } from '../store/queries/quote-check.js'
import { availableByProduct, reserveStock } from '../store/queries/stock.js'
import type { OrderRow } from '../store/schema.js'
import type { Tx } from '../store/transaction.js'
import { requirePermission, type ServiceContext } from './context.js'
import { orderStep } from './record-step.js'

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
  requirePermission(ctx, 'contract.sign', 'contract.sign')
  const method = checkTerms(ctx, input)
  const terms = { paymentMethod: method, paymentDue: input.paymentDue, depositPct: input.depositPct }
  return orderStep(
    ctx,
    input.number,
    'signContract',
    async (tx, order, at) => {
      await requireApproval(tx, order)
      const lines = await orderLines(tx, order.id)
      const reserved = await reserveOffered(tx, order, lines, at)
      const contract = await issueContract(tx, ctx, at, order, lines, terms)
      return {
        patch: { status: STEPS.signContract.to, payment_method: method, payment_due: input.paymentDue, deposit_pct: input.depositPct },
        event: { action: 'contract.sign', data: { contract, ...terms, reserved } },
        result: { number: order.number, contract, reserved },
        // the signed contract and its order confirmation to the customer (-OC<n> with -CT<n>)
        issues: [
          { form: 'contract', ref: contract },
          { form: 'confirmation', ref: contract.replace(/-CT(\d+)$/, '-OC$1') },
        ],
      }
    },
    { expectedRevision: input.expectedRevision },
  )
}

/** Issues the order's next contract, signed by the clerk, for the revision this step makes; gives its number. */
async function issueContract(tx: Tx, ctx: ServiceContext, at: string, order: OrderRow, lines: OrderLineView[], terms: Record<string, unknown>): Promise<string> {
  const seq = await nextOrderSeq(tx, order.id, 'contract')
  const contract = documentNumber(order.number, DOCUMENT_KINDS.contract, seq)
  await insertSignedDocument(tx, {
    orderId: order.id,
    kind: 'contract',
    number: contract,
    seq,
    revision: order.revision + 1,
    data: {
      total: order.total,
      promisedDate: order.promised_date,
      ...terms,
      lines: lines.map((l) => ({ sku: l.sku, qty: l.qty, unitPrice: l.unit_price, amount: l.amount, source: l.source })),
    },
    by: ctx.actor.name,
    at,
    date: ctx.today,
  })
  return contract
}

/** The contract's payment terms as given (exit 2 when not fit); gives the payment method trimmed. */
function checkTerms(ctx: ServiceContext, input: SignContractInput): string {
  const method = input.paymentMethod.trim()
  if (!method || method.length > 40) throw new ValidationError('payment-method', input.paymentMethod, msg('order.paymentMethodRule', { max: 40 }))
  if (input.paymentDue < ctx.today) throw new ValidationError('payment-due', input.paymentDue, msg('common.beforeToday', { today: ctx.today }))
  if (!Number.isInteger(input.depositPct) || input.depositPct < 0 || input.depositPct > 100) {
    throw new ValidationError('deposit', input.depositPct, msg('order.depositRule', {}))
  }
  return method
}

/** Refuses an offer that still needs the manager's approval, or that the manager sent back. */
async function requireApproval(tx: Tx, order: OrderRow): Promise<void> {
  const quote = await checkQuote(tx, order)
  if (quote.status !== 'pending' && quote.status !== 'rejected') return
  throw new RefusedError(
    quote.status === 'rejected'
      ? msg('order.quoteRejected', { order: order.number, by: order.quote_rejected_by, reason: order.quote_rejected_reason })
      : msg('order.approvalNeeded', { order: order.number, reasons: quote.reasons.map((r) => say(msg('order.approvalReason', r))) }),
    'approval_required',
    { reasons: quote.reasons.map((r) => sayForScripts(msg('order.approvalReason', r))) },
  )
}

/**
 * Reserves the stock the offer counted on, per product — refused when some of it has gone
 * since (another order took it). Gives what was reserved, by sku.
 */
async function reserveOffered(tx: Tx, order: OrderRow, lines: OrderLineView[], at: string): Promise<{ sku: string; qty: number }[]> {
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
      throw new RefusedError(msg('stock.gone', { sku: n.sku, order: order.number, needed: n.qty, available: a }), 'stock_gone', { sku: n.sku, needed: n.qty, available: a })
    }
  }
  for (const l of lines) {
    if (l.stock_qty > 0) await reserveStock(tx, { orderId: order.id, lineId: l.id, productId: l.product_id, qty: l.stock_qty, at })
  }
  return [...need.values()]
}
