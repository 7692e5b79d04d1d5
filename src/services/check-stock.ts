import type { Kysely } from 'kysely'
import { MissingFlagsError, NotFoundError, ValidationError } from '../domain/errors.js'
import type { IsoDate } from '../domain/dates.js'
import { msg, say } from '../domain/message.js'
import { STEPS } from '../domain/order-status.js'
import { evaluateStockCheck, lineFacts, type CheckResult, type LostReason } from '../domain/stock-check.js'
import { findOrderRow, orderLines, updateOrderLine, type OrderLineView } from '../store/queries/orders.js'
import { productionFacts } from '../store/queries/products.js'
import { availableByProduct } from '../store/queries/stock.js'
import type { Database, OrderRow } from '../store/schema.js'
import type { Tx } from '../store/transaction.js'
import { requirePermission, type ServiceContext } from './context.js'
import { orderStep, type OrderStepOutcome } from './record-step.js'

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

/**
 * Read-only: what a stock check would find now. The CLI uses it to show the lines and
 * ask MC's dates before anything is written.
 */
export async function previewStockCheck(ctx: ServiceContext, input: CheckStockInput): Promise<{ order: OrderRow; check: CheckResult }> {
  const order = await findOrderRow(ctx.db, input.number)
  if (!order) throw new NotFoundError('order', input.number, msg('order.seeList', {}))
  return { order, check: await evaluate(ctx.db, order, ctx.today, input) }
}

/**
 * The stock check (SPEC §1 step 2): per line ordered / available / shortfall, a date for
 * every line, and the outcome: `offered` with the promised date (the latest line date), or
 * `lost` when a short product cannot be produced.
 */
export async function checkStock(ctx: ServiceContext, input: CheckStockInput): Promise<CheckStockResult> {
  requirePermission(ctx, 'inquiry.write', 'stock.check')
  return orderStep(
    ctx,
    input.number,
    'checkStock',
    async (tx, order) => {
      const check = await evaluate(tx, order, ctx.today, input)
      if (check.outcome.kind === 'needs_dates') throw new MissingFlagsError(check.outcome.skus.map((s) => `--mc-date ${s}=<date>`))
      await recordLineFindings(tx, order, check)
      return check.outcome.kind === 'lost' ? lost(order, check, check.outcome.lost) : offered(order, check, check.outcome.promisedDate, input.mcDates)
    },
    { expectedRevision: input.expectedRevision },
  )
}

/** What the check found is written on every line: from stock or production, how much, by when. */
async function recordLineFindings(tx: Tx, order: OrderRow, check: CheckResult): Promise<void> {
  const lines = await orderLines(tx, order.id)
  for (const cl of check.lines) {
    const line = lines.find((l) => l.line_no === cl.lineNo)!
    await updateOrderLine(tx, line.id, { source: cl.source, stock_qty: cl.stockQty, shortfall: cl.shortfall, line_date: cl.date })
  }
}

/** The inquiry is lost: the reason (in the catalogue's words) is kept on the order. */
function lost(order: OrderRow, check: CheckResult, why: LostReason): OrderStepOutcome<CheckStockResult> {
  const reason = say(msg('stock.lostReason', why))
  const to = STEPS.markLost.to
  return {
    patch: { status: to, lost_reason: reason, promised_date: null },
    event: { action: 'stock.check', from: order.status, to, data: { outcome: 'lost', reason, lines: check.lines.map(lineFacts) } },
    result: { number: order.number, status: 'lost', check, requestedDate: order.requested_date, promisedDate: null, lostReason: reason },
  }
}

/** The inquiry is offered with the promised date (also when it was offered before: a re-check). */
function offered(order: OrderRow, check: CheckResult, promisedDate: IsoDate, mcDates: Record<string, IsoDate>): OrderStepOutcome<CheckStockResult> {
  const to = STEPS.checkStock.to
  return {
    patch: { status: to, promised_date: promisedDate, lost_reason: null },
    event: { action: 'stock.check', from: order.status, to, data: { outcome: 'offered', promisedDate, mcDates, lines: check.lines.map(lineFacts) } },
    result: { number: order.number, status: 'offered', check, requestedDate: order.requested_date, promisedDate, lostReason: null },
    // the offer is sent: its quotation is issued (unless it awaits the manager's approval: a draft)
    issues: [{ form: 'quotation', ref: order.number }],
  }
}

/**
 * Evaluates the stock check for an order against the stock now and MC's answers; with
 * `useLeadTimes`, the lead-time proposal stands in for every date MC did not give.
 */
async function evaluate(db: Kysely<Database>, order: OrderRow, today: IsoDate, input: CheckStockInput): Promise<CheckResult> {
  const lines = await orderLines(db, order.id)
  const productIds = [...new Set(lines.map((l) => l.product_id))]
  const avail = await availableByProduct(db, productIds)
  const products = await productionFacts(db, productIds)
  checkMcAnswers(order, lines, today, input)
  const bySku = new Map(products.map((p) => [p.sku, p]))
  const run = (mcDates: Record<string, IsoDate>) =>
    evaluateStockCheck({
      today,
      lines: lines.map((l) => ({ lineNo: l.line_no, sku: l.sku, qty: l.qty, producible: bySku.get(l.sku)!.producible === 1, leadDays: bySku.get(l.sku)!.lead_days })),
      available: Object.fromEntries(products.map((p) => [p.sku, avail.get(p.id) ?? 0])),
      mcDates,
      notProducible: input.notProducible,
    })
  const check = run(input.mcDates)
  if (check.outcome.kind !== 'needs_dates' || !input.useLeadTimes) return check
  const dates = { ...input.mcDates }
  for (const l of check.lines) if (l.date === null && l.proposedDate) dates[l.sku] ??= l.proposedDate
  return run(dates)
}

/** MC's answers name skus on the order, and no date before today. */
function checkMcAnswers(order: OrderRow, lines: OrderLineView[], today: IsoDate, input: CheckStockInput): void {
  for (const sku of [...Object.keys(input.mcDates), ...Object.keys(input.notProducible)]) {
    if (!lines.some((l) => l.sku === sku)) throw new ValidationError('sku', sku, msg('order.skuNotOnOrder', { order: order.number }))
  }
  for (const [sku, date] of Object.entries(input.mcDates)) {
    if (date < today) throw new ValidationError(`mc-date for ${sku}`, date, msg('common.beforeToday', { today }))
  }
}
