import { RefusedError, ValidationError } from '../domain/errors.js'
import { msg } from '../domain/message.js'
import { formatMoney } from '../domain/money.js'
import { DOCUMENT_KINDS, documentNumber } from '../domain/numbering.js'
import { depositAmount } from '../domain/payment-status.js'
import { leastLoaded } from '../domain/production-status.js'
import { insertSignedDocument } from '../store/queries/documents.js'
import { orderLines, type OrderLineView } from '../store/queries/orders.js'
import { mcWorkload } from '../store/queries/production.js'
import { findUser } from '../store/queries/users.js'
import type { OrderRow } from '../store/schema.js'
import type { Tx } from '../store/transaction.js'
import type { ServiceContext } from './context.js'
import { dispatchShortfall, type McLoad } from './dispatch-shortfall.js'
import { requireOrderSignoff } from './manager-signoff.js'
import { orderStep } from './record-step.js'

export interface ConfirmOrderResult {
  salesOrder: string
  status: 'confirmed' | 'ready'
  productionOrders: { number: string; sku: string; qty: number; assignee: string; dueDate: string }[]
}

/**
 * SPEC §1 step 3: the manager signs the sales order once the contract's deposit has arrived,
 * and with it a production order for every line's shortfall, each dispatched to the MC user
 * with the least open work (or `assign`). All from stock: the order is `ready` at once.
 */
export async function confirmOrder(
  ctx: ServiceContext,
  input: { number: string; pin: string | null; assign?: string | null; expectedRevision?: number },
): Promise<ConfirmOrderResult> {
  await requireOrderSignoff(ctx, input.pin, 'order confirm', input.number)
  return orderStep(
    ctx,
    input.number,
    'confirm',
    async (tx, order, at) => {
      requireDeposit(order)
      const load = await mcWorkload(tx)
      if (input.assign) await requireMcUser(tx, input.assign)
      const short = (await orderLines(tx, order.id)).filter((l) => l.shortfall > 0)
      if (short.length > 0 && !input.assign && load.length === 0) throw new RefusedError(msg('order.noMcUser', {}), 'no_mc')
      const productionOrders = await dispatchProduction(tx, ctx, at, order, short, load, input.assign ?? null)
      const salesOrder = documentNumber(order.number, DOCUMENT_KINDS.sales_order, 1)
      const status = productionOrders.length === 0 ? 'ready' : 'confirmed'
      await insertSignedDocument(tx, {
        orderId: order.id,
        kind: 'sales_order',
        number: salesOrder,
        seq: 1,
        revision: order.revision + 1, // the revision this step makes
        data: { total: order.total, promisedDate: order.promised_date, productionOrders },
        by: ctx.actor.name,
        at,
        date: ctx.today,
      })
      return {
        patch: { status },
        event: { action: 'order.confirm', data: { salesOrder, productionOrders } },
        result: { salesOrder, status, productionOrders },
        // the manager signs the sales order and the production orders with it
        issues: [{ form: 'sales-order', ref: salesOrder }, ...productionOrders.map((p) => ({ form: 'production-order' as const, ref: p.number }))],
      }
    },
    { expectedRevision: input.expectedRevision },
  )
}

/** Refuses (exit 4) while the contract's deposit has not arrived, saying what to record. */
function requireDeposit(order: OrderRow): void {
  const deposit = depositAmount(order.total, order.deposit_pct)
  if (order.paid >= deposit) return
  throw new RefusedError(
    msg('order.depositMissing', { order: order.number, paid: order.paid, deposit, depositPct: order.deposit_pct ?? 100, total: order.total }),
    'deposit_missing',
    { paid: formatMoney(order.paid), required: formatMoney(deposit) },
  )
}

async function requireMcUser(tx: Tx, name: string): Promise<void> {
  const u = await findUser(tx, name)
  if (!u || u.role !== 'mc') throw new ValidationError('assign', name, msg('order.assignNotMc', {}))
}

/** A production order for every short line, to `assign` or else to the MC user with least open work. */
async function dispatchProduction(
  tx: Tx,
  ctx: ServiceContext,
  at: string,
  order: OrderRow,
  short: OrderLineView[],
  load: McLoad,
  assign: string | null,
): Promise<ConfirmOrderResult['productionOrders']> {
  const productionOrders: ConfirmOrderResult['productionOrders'] = []
  for (const [i, l] of short.entries()) {
    const assignee = assign ?? leastLoaded(load)!
    const number = documentNumber(order.number, DOCUMENT_KINDS.production_order, i + 1)
    const dueDate = l.line_date ?? order.promised_date ?? ctx.today
    await dispatchShortfall(tx, ctx, at, load, assignee, { number, orderId: order.id, lineId: l.id, productId: l.product_id, qty: l.shortfall, priority: order.rush, dueDate, signed: true })
    productionOrders.push({ number, sku: l.sku, qty: l.shortfall, assignee, dueDate })
  }
  return productionOrders
}
