import type { Kysely } from 'kysely'
import { MissingFlagsError, NotFoundError, ValidationError } from '../domain/errors.js'
import type { IsoDate } from '../domain/dates.js'
import { STEPS } from '../domain/order-status.js'
import { evaluateStockCheck, type CheckResult } from '../domain/stock-check.js'
import { appendEvent } from '../store/queries/events.js'
import { findOrderRow, orderLines } from '../store/queries/orders.js'
import { availableByProduct } from '../store/queries/stock.js'
import type { Database, OrderRow } from '../store/schema.js'
import { immediate } from '../store/transaction.js'
import { requirePermission, type ServiceContext } from './context.js'
import { orderForStep, updateOrder } from './order-guard.js'

export interface CheckStockInput {
  number: string
  /** MC's completion dates for shortfall skus. */
  mcDates: Record<string, IsoDate>
  /** Skus MC says cannot be produced, with the reason. */
  notProducible: Record<string, string>
  /** Take the lead-day proposal for any shortfall sku without an MC date. */
  useLeadTimes?: boolean
  expectedRevision?: number
}

export interface CheckStockResult {
  number: string
  status: 'offered' | 'lost'
  check: CheckResult
  requestedDate: IsoDate | null
  promisedDate: IsoDate | null
  lostReason: string | null
}

async function evaluate(db: Kysely<Database>, order: OrderRow, today: IsoDate, input: CheckStockInput): Promise<CheckResult> {
  const lines = await orderLines(db, order.id)
  const productIds = [...new Set(lines.map((l) => l.product_id))]
  const avail = await availableByProduct(db, productIds)
  const products = await db
    .selectFrom('products')
    .select(['id', 'sku', 'producible', 'lead_days'])
    .where('id', 'in', productIds)
    .execute()
  const bySku = new Map(products.map((p) => [p.sku, p]))
  for (const sku of [...Object.keys(input.mcDates), ...Object.keys(input.notProducible)]) {
    if (!lines.some((l) => l.sku === sku)) throw new ValidationError('sku', sku, `not on order ${order.number}`)
  }
  for (const [sku, date] of Object.entries(input.mcDates)) {
    if (date < today) throw new ValidationError(`mc-date for ${sku}`, date, `must not be before today (${today})`)
  }
  const check = evaluateStockCheck({
    today,
    lines: lines.map((l) => ({
      lineNo: l.line_no,
      sku: l.sku,
      qty: l.qty,
      producible: bySku.get(l.sku)!.producible === 1,
      leadDays: bySku.get(l.sku)!.lead_days,
    })),
    available: Object.fromEntries(products.map((p) => [p.sku, avail.get(p.id) ?? 0])),
    mcDates: input.mcDates,
    notProducible: input.notProducible,
  })
  if (check.outcome.kind === 'needs_dates' && input.useLeadTimes) {
    const dates = { ...input.mcDates }
    for (const l of check.lines) if (l.date === null && l.proposedDate) dates[l.sku] ??= l.proposedDate
    return evaluate(db, order, today, { ...input, mcDates: dates, useLeadTimes: false })
  }
  return check
}

/**
 * Read-only: what a stock check would find now. The CLI uses it to show the lines and
 * ask MC's dates before anything is written.
 */
export async function previewStockCheck(ctx: ServiceContext, input: CheckStockInput): Promise<{ order: OrderRow; check: CheckResult }> {
  const order = await findOrderRow(ctx.db, input.number)
  if (!order) throw new NotFoundError('order', input.number, 'see `orderdesk order list`')
  return { order, check: await evaluate(ctx.db, order, ctx.today, input) }
}

/**
 * The stock check (SPEC §1 step 2): per line ordered / available / shortfall, a date for
 * every line, and the outcome: `offered` with the promised date (the latest line date), or
 * `lost` when a short product cannot be produced.
 */
export async function checkStock(ctx: ServiceContext, input: CheckStockInput): Promise<CheckStockResult> {
  requirePermission(ctx, 'inquiry.write', 'checking stock')
  return immediate(ctx.db, async (tx) => {
    const order = await orderForStep(tx, input.number, 'checkStock', input.expectedRevision)
    const check = await evaluate(tx, order, ctx.today, input)
    if (check.outcome.kind === 'needs_dates') {
      throw new MissingFlagsError(check.outcome.skus.map((s) => `--mc-date ${s}=<date>`))
    }
    const at = ctx.now()
    const lines = await orderLines(tx, order.id)
    for (const cl of check.lines) {
      const line = lines.find((l) => l.line_no === cl.lineNo)!
      await tx
        .updateTable('order_lines')
        .set({ source: cl.source, stock_qty: cl.stockQty, shortfall: cl.shortfall, line_date: cl.date })
        .where('id', '=', line.id)
        .execute()
    }
    const lineData = check.lines.map((l) => ({
      sku: l.sku,
      qty: l.qty,
      available: l.available,
      shortfall: l.shortfall,
      source: l.source,
      date: l.date,
    }))
    if (check.outcome.kind === 'lost') {
      const to = STEPS.markLost.to
      await updateOrder(tx, order, { status: to, lost_reason: check.outcome.reason, promised_date: null }, at)
      await appendEvent(tx, {
        at,
        businessDate: ctx.today,
        actor: ctx.actor.name,
        action: 'stock.check',
        entity: 'order',
        ref: order.number,
        orderId: order.id,
        from: order.status,
        to,
        data: { outcome: 'lost', reason: check.outcome.reason, lines: lineData },
      })
      return { number: order.number, status: 'lost', check, requestedDate: order.requested_date, promisedDate: null, lostReason: check.outcome.reason }
    }
    const promisedDate = check.outcome.promisedDate
    await updateOrder(tx, order, { status: STEPS.checkStock.to, promised_date: promisedDate, lost_reason: null }, at)
    await appendEvent(tx, {
      at,
      businessDate: ctx.today,
      actor: ctx.actor.name,
      action: 'stock.check',
      entity: 'order',
      ref: order.number,
      orderId: order.id,
      from: order.status,
      to: STEPS.checkStock.to,
      data: { outcome: 'offered', promisedDate, mcDates: input.mcDates, lines: lineData },
    })
    return { number: order.number, status: 'offered', check, requestedDate: order.requested_date, promisedDate, lostReason: null }
  })
}
