import { RefusedError, ValidationError } from '../domain/errors.js'
import { msg } from '../domain/message.js'
import type { Minor } from '../domain/money.js'
import { DOCUMENT_KINDS, documentNumber } from '../domain/numbering.js'
import { paymentStatus, type PaymentStatus } from '../domain/payment-status.js'
import { leastLoaded } from '../domain/production-status.js'
import { orderLines } from '../store/queries/orders.js'
import { countProductionOrders, mcWorkload } from '../store/queries/production.js'
import { deliveredByLine, insertReturn, orderReturns, returnedByLine } from '../store/queries/returns.js'
import { applyStockMove } from '../store/queries/stock.js'
import { requirePermission, type ServiceContext } from './context.js'
import { dispatchShortfall } from './dispatch-shortfall.js'
import { orderStep } from './record-step.js'

/** What becomes of the order: the goods' value is owed back, or they are made again. */
export type ReturnOutcome = 'refund' | 'remake'

export interface ReceiveReturnInput {
  number: string
  items: { sku: string; qty: number }[]
  reason: string
  /** The goods are scrap (not back into stock). */
  scrap: boolean
  outcome: ReturnOutcome
}

export interface ReturnedPart {
  number: string
  sku: string
  qty: number
  amount: Minor
  productionOrder: string | null
}

export interface ReceiveReturnResult {
  parts: ReturnedPart[]
  outcome: ReturnOutcome
  disposition: 'stock' | 'scrap'
  /** What the refund owes back (0 for a remake). */
  amount: Minor
  orderStatus: string
  total: Minor
  paid: Minor
  paymentStatus: PaymentStatus
}

/**
 * Goods come back after delivery (issue 19): each returned quantity goes back into free stock
 * (a `return` stock move) or is recorded as scrap, and the order either owes the customer their
 * value (`refund`: the order's total drops by it, its lines stay as contracted, so the balance
 * shows the money to return — `payment refund` pays it) or has them made again (`remake`: a
 * production order per line, dispatched to the least loaded MC user as a change's would be; the
 * order goes back to `confirmed` and ships those goods again). No more can come back than was
 * delivered and not yet returned. One transaction, one `return.receive` event.
 */
export async function receiveReturn(ctx: ServiceContext, input: ReceiveReturnInput): Promise<ReceiveReturnResult> {
  requirePermission(ctx, 'aftersales', 'return.receive')
  const reason = input.reason.trim()
  if (!reason) throw new ValidationError('reason', input.reason, msg('order.returnReasonNeeded', {}))
  if (input.items.length === 0) throw new ValidationError('item', '', msg('order.returnItemsNeeded', {}))
  for (const it of input.items) if (!Number.isInteger(it.qty) || it.qty <= 0) throw new ValidationError('item', `${it.sku}=${it.qty}`, msg('order.returnQtyNotPositive', {}))
  return orderStep(ctx, input.number, 'receiveReturn', async (tx, order, at) => {
    const lines = await orderLines(tx, order.id)
    const delivered = await deliveredByLine(tx, order.id)
    const returned = await returnedByLine(tx, order.id)
    const left = new Map(lines.map((l) => [l.id, (delivered.get(l.id) ?? 0) - (returned.get(l.id) ?? 0)]))
    const load = input.outcome === 'remake' ? await mcWorkload(tx) : []
    let seq = input.outcome === 'remake' ? await countProductionOrders(tx, order.id) : 0
    const disposition = input.scrap ? 'scrap' : 'stock'
    let count = (await orderReturns(tx, order.id)).length
    const parts: ReturnedPart[] = []
    for (const item of input.items) {
      const mine = lines.filter((l) => l.sku === item.sku)
      if (mine.length === 0) throw new ValidationError('item', `${item.sku}=${item.qty}`, msg('order.skuNotOnOrder', { order: order.number }))
      const available = mine.reduce((s, l) => s + Math.max(0, left.get(l.id)!), 0)
      if (item.qty > available) throw new ValidationError('item', `${item.sku}=${item.qty}`, msg('order.returnTooMany', { sku: item.sku, available }))
      let need = item.qty
      for (const l of mine) {
        const take = Math.min(need, Math.max(0, left.get(l.id)!))
        if (take <= 0) continue
        left.set(l.id, left.get(l.id)! - take)
        need -= take
        const amount = input.outcome === 'refund' ? Math.round((l.amount * take) / l.qty) : 0
        let productionOrder: string | null = null
        if (input.outcome === 'remake') {
          const assignee = leastLoaded(load)
          if (!assignee) throw new RefusedError(msg('change.noMc', {}), 'no_mc')
          productionOrder = documentNumber(order.number, DOCUMENT_KINDS.production_order, ++seq)
          await dispatchShortfall(tx, ctx, at, load, assignee, {
            number: productionOrder,
            orderId: order.id,
            lineId: l.id,
            productId: l.product_id,
            qty: take,
            // a remake takes effect when a manager signs it (production sign), as one a change adds
            signed: false,
            priority: order.rush,
            dueDate: order.promised_date && order.promised_date > ctx.today ? order.promised_date : ctx.today,
          })
        }
        const number = `${order.number}-RT${++count}`
        await insertReturn(tx, {
          number,
          order_id: order.id,
          line_id: l.id,
          product_id: l.product_id,
          qty: take,
          reason,
          disposition,
          outcome: input.outcome,
          amount,
          production_order: productionOrder,
          return_date: ctx.today,
          received_by: ctx.actor.name,
          created_at: at,
        })
        if (!input.scrap) {
          await applyStockMove(tx, { productId: l.product_id, qty: take, kind: 'return', orderId: order.id, reason: number, businessDate: ctx.today, at, actor: ctx.actor.name })
        }
        parts.push({ number, sku: l.sku, qty: take, amount, productionOrder })
      }
    }
    const amount = parts.reduce((s, p) => s + p.amount, 0)
    const total = order.total - amount
    const status = input.outcome === 'remake' ? 'confirmed' : order.status
    const pay = paymentStatus({ total, paid: order.paid, depositPct: order.deposit_pct, refunded: order.refunded, status })
    return {
      patch: input.outcome === 'remake' ? { status } : { total },
      event: {
        action: 'return.receive',
        data: { returns: parts.map((p) => p.number), items: parts.map((p) => ({ sku: p.sku, qty: p.qty })), reason, disposition, outcome: input.outcome, amount, total, productionOrders: parts.flatMap((p) => (p.productionOrder ? [p.productionOrder] : [])) },
      },
      result: { parts, outcome: input.outcome, disposition, amount, orderStatus: status, total, paid: order.paid, paymentStatus: pay },
    }
  })
}

