import { RefusedError } from '../domain/errors.js'
import { evaluateChange, offerOf, planDifferences, type ChangePlan, type ChangeRequestSpec, type ChangeState, type PlanLine } from '../domain/change-plan.js'
import { msg, sayForScripts } from '../domain/message.js'
import type { ChangeDifference } from '../domain/messages/change.js'
import { lineAmount } from '../domain/money.js'
import type { ApprovedOffer } from '../domain/quote-approval.js'
import { DOCUMENT_KINDS, documentNumber } from '../domain/numbering.js'
import { leastLoaded } from '../domain/production-status.js'
import type { ChangeView } from '../store/queries/changes.js'
import { hasDocument, insertDocument, latestContractSeq, supersedeSignedContracts } from '../store/queries/documents.js'
import { eventsSinceChangeRequest } from '../store/queries/events.js'
import { findOrderRow, insertOrderLine, orderLines, updateOrderLine, type OrderLineView } from '../store/queries/orders.js'
import {
  countProductionOrders,
  mcWorkload,
  openProductionOfLine,
  openProductionOfOrder,
  updateProductionOrder,
} from '../store/queries/production.js'
import { findProduct } from '../store/queries/products.js'
import { approvedOfferOf, changeQuoteReasons } from '../store/queries/quote-check.js'
import { cancelPlannedShipments, firstSentShipment } from '../store/queries/shipments.js'
import { releaseReserved, reserveStock } from '../store/queries/stock.js'
import type { OrderRow, OrderUpdate, ProductionOrderRow } from '../store/schema.js'
import type { Tx } from '../store/transaction.js'
import { changeStep, type ChangeStepOutcome } from './change-guard.js'
import { loadChangeState } from './change-state.js'
import { requirePermission, type ServiceContext } from './context.js'
import { dispatchShortfall, type McLoad } from './dispatch-shortfall.js'
import type { IssuedDocument } from './issue-documents.js'
import { updateOrder } from './order-guard.js'

export interface ConfirmChangeResult {
  change: string
  status: 'applied' | 'terminated'
  orderStatus: string
  revision: number
}

/** The order statuses a change may still be applied in. */
const CHANGEABLE = ['contracted', 'confirmed', 'in_production', 'ready', 'shipping']

/**
 * The customer's answer. Reject: the change ends and nothing changes. Accept: the change is
 * re-evaluated (a decision on stale data is refused, saying what changed) and propagates in
 * one transaction — lines and total, reservations, production orders, promised date,
 * revision, a new revision of the contract; a cancellation cancels the order.
 */
export async function confirmChange(
  ctx: ServiceContext,
  input: { change: string; decision: 'accept' | 'reject' },
): Promise<ConfirmChangeResult> {
  requirePermission(ctx, 'inquiry.write', 'change.confirm')
  return changeStep(ctx, input.change, 'confirm', async (tx, c, at) => {
    const order = (await findOrderRow(tx, c.order_number))!
    return input.decision === 'reject' ? rejected(ctx, c, order) : accepted(ctx, tx, c, order, at)
  })
}

/** The customer says no: the change ends, the order stays as it is. */
function rejected(ctx: ServiceContext, c: ChangeView, order: OrderRow): ChangeStepOutcome<ConfirmChangeResult> {
  return {
    patch: { status: 'terminated', customer_decision: 'reject', customer_by: ctx.actor.name },
    event: { action: 'change.confirm', data: { change: c.number, decision: 'reject' } },
    result: { change: c.number, status: 'terminated', orderStatus: order.status, revision: order.revision },
  }
}

/** The customer says yes: the plan, if it still holds, is carried through the order. */
async function accepted(ctx: ServiceContext, tx: Tx, c: ChangeView, order: OrderRow, at: string): Promise<ChangeStepOutcome<ConfirmChangeResult>> {
  const { plan, spec, state } = await stillHolds(ctx, tx, c, order)
  const approval = await approvalHolds(tx, c, order, state, plan)
  const promised = c.status === 'mc_agreed' ? c.mc_date : plan.promisedDate
  const { updated, issues } = await applyPlan(ctx, tx, order, plan, { promised, requestedDate: spec.date, at, change: c.number, approval })
  const moved = updated.status !== order.status
  return {
    patch: { status: 'applied', customer_decision: 'accept', customer_by: ctx.actor.name, revision_after: updated.revision, promised_to: updated.promised_date },
    event: {
      action: 'change.confirm',
      from: moved ? order.status : null,
      to: moved ? updated.status : null,
      data: {
        change: c.number,
        decision: 'accept',
        revision: { from: order.revision, to: updated.revision },
        total: { from: order.total, to: updated.total },
        promisedDate: { from: order.promised_date, to: updated.promised_date },
        lines: plan.lines.map((l) => ({ sku: l.sku, from: l.from, to: l.to, reserve: l.reserve, release: l.release, produce: l.produce })),
        cancel: plan.cancel,
        ...(approval.quote_approved_by ? { approvedBy: approval.quote_approved_by } : {}), // the new offer's approval, now the order's
      },
    },
    result: { change: c.number, status: 'applied', orderStatus: updated.status, revision: updated.revision },
    issues,
  }
}

/**
 * The change evaluated again against the order as it is now. Refused (stale) when goods have
 * left, the order moved on, or the plan came out other than the one the customer was told —
 * naming what happened to the order since the request and what differs.
 */
async function stillHolds(ctx: ServiceContext, tx: Tx, c: ChangeView, order: OrderRow): Promise<{ plan: ChangePlan; spec: ChangeRequestSpec; state: ChangeState | null }> {
  const spec: ChangeRequestSpec = { items: JSON.parse(c.items), date: c.requested_date, cancel: c.cancel === 1 }
  const stored = JSON.parse(c.plan) as ChangePlan
  const sent = await firstSentShipment(tx, order.id)
  const differences: ChangeDifference[] = []
  if (sent) differences.push({ kind: 'goodsLeft', shipment: sent.number })
  else if (!CHANGEABLE.includes(order.status)) differences.push({ kind: 'orderNow', status: order.status })
  let plan: ChangePlan
  let state: ChangeState | null = null
  try {
    state = await loadChangeState(tx, order, ctx.today, spec.items.map((i) => i.sku))
    plan = evaluateChange(state, spec)
    differences.push(...planDifferences(stored, plan))
  } catch (e) {
    differences.push({ kind: 'said', text: (e as Error).message })
    plan = stored
  }
  if (differences.length > 0) {
    const since = await eventsSinceChangeRequest(tx, order.id, c.number)
    throw new RefusedError(
      msg('change.stale', { order: order.number, change: c.number, revision: { from: c.evaluated_revision, to: order.revision }, since, differences }),
      'stale',
      { differences: differences.map((d) => sayForScripts(msg('change.difference', d))) },
    )
  }
  return { plan, spec, state }
}

/**
 * A change whose new offer needs a quotation approval (it raises the total past the threshold
 * or prices a line below the allowed discount, beyond what the manager approved) is applied
 * only once a manager approved that offer (`quote approve <order>`): refused, naming it, until
 * then. The approval the change carries (if any) becomes the order's when it is applied.
 */
async function approvalHolds(tx: Tx, c: ChangeView, order: OrderRow, state: ChangeState | null, plan: ChangePlan): Promise<OrderUpdate> {
  const approved = approvedOfferOf(c.approved_offer)
  const carried = (a: ApprovedOffer): OrderUpdate => ({
    quote_approved_by: c.approved_by,
    quote_approved_date: c.approved_date,
    quote_approved_revision: order.revision + 1, // the revision applying the change makes
    quote_approved_offer: JSON.stringify(a),
  })
  if (approved && approved.total === plan.totalTo) return carried(approved)
  if (!state) return {}
  const offer = offerOf(state, plan)
  const reasons = await changeQuoteReasons(tx, order, { totalFrom: plan.totalFrom, totalTo: offer.total, priced: offer.priced })
  if (reasons.length === 0) return {}
  throw new RefusedError(msg('change.approvalNeeded', { change: c.number, order: order.number, reasons }), 'approval_required', {
    reasons: reasons.map((r) => sayForScripts(msg('order.approvalReason', r))),
  })
}

/** How an accepted change is carried: the promised date MC agreed (or stock gave), the new requested date, when, which change. */
interface Carry {
  promised: string | null
  requestedDate: string | null
  at: string
  change: string
  /** The quotation approval the change brings to the order (none: the order's stays as it is). */
  approval: OrderUpdate
}

/** Carries an accepted change through lines, stock, production, dates, contract and status. */
async function applyPlan(ctx: ServiceContext, tx: Tx, order: OrderRow, plan: ChangePlan, o: Carry): Promise<{ updated: OrderRow; issues: IssuedDocument[] }> {
  const lines = await orderLines(tx, order.id)
  const production = (await hasDocument(tx, order.id, 'sales_order')) ? await ProductionChange.for(ctx, tx, order, o.at) : null
  const promised = o.promised ?? order.promised_date
  let nextLineNo = Math.max(0, ...lines.map((l) => l.line_no)) + 1
  for (const pl of plan.lines) {
    const product = (await findProduct(tx, pl.sku))!
    const existing = lines.find((l) => l.id === pl.lineId)
    const lineId = existing ? await changeLine(tx, existing, pl, promised) : await addLine(ctx, tx, order, pl, product.id, nextLineNo++, promised)
    const of = { orderId: order.id, lineId, productId: product.id, at: o.at }
    if (pl.reserve > 0) await reserveStock(tx, { ...of, qty: pl.reserve })
    if (pl.release > 0) await releaseReserved(tx, { ...of, qty: pl.release })
    if (production && pl.produce !== 0) await production.follow(pl, plan.cancel, { lineId, productId: product.id, promised, agreed: o.promised })
  }
  await cancelPlannedShipments(tx, order.id, o.at) // the clerk plans again
  const total = (await orderLines(tx, order.id)).reduce((s, l) => s + l.amount, 0)
  const updated = await updateOrder(
    tx,
    order,
    {
      status: await statusAfter(tx, order, plan),
      total,
      promised_date: plan.cancel ? order.promised_date : promised,
      requested_date: o.requestedDate ?? order.requested_date,
      at_risk: 0,
      ...o.approval,
    },
    o.at,
  )
  const contract = await reviseContract(ctx, tx, order, updated, plan, { total, change: o.change, at: o.at })
  // issue 19: the documents the change issues — the new contract with its confirmation, new production orders
  const issues: IssuedDocument[] = [
    ...(contract ? [{ form: 'contract' as const, ref: contract }, { form: 'confirmation' as const, ref: contract.replace(/-CT(\d+)$/, '-OC$1') }] : []),
    ...(production?.dispatched ?? []).map((mo) => ({ form: 'production-order' as const, ref: mo })),
  ]
  return { updated, issues }
}

/** An existing line takes the new quantity and price; its stock and shortfall follow the plan. */
async function changeLine(tx: Tx, line: OrderLineView, pl: PlanLine, promised: string | null): Promise<number> {
  const shortfall = Math.max(0, line.shortfall + pl.produce)
  await updateOrderLine(tx, line.id, {
    qty: pl.to,
    unit_price: pl.unitPrice,
    amount: lineAmount(pl.to, pl.unitPrice, line.discount_bp),
    stock_qty: Math.max(0, line.stock_qty + pl.reserve - pl.release),
    shortfall,
    source: pl.to === 0 ? line.source : shortfall > 0 ? 'production' : 'stock',
    line_date: pl.produce > 0 ? promised : line.line_date,
  })
  return line.id
}

/** A product new to the order: a new line, from stock or to be made. */
async function addLine(ctx: ServiceContext, tx: Tx, order: OrderRow, pl: PlanLine, productId: number, lineNo: number, promised: string | null): Promise<number> {
  return insertOrderLine(tx, {
    order_id: order.id,
    line_no: lineNo,
    product_id: productId,
    qty: pl.to,
    unit_price: pl.unitPrice,
    discount_bp: 0,
    amount: lineAmount(pl.to, pl.unitPrice, 0),
    source: pl.produce > 0 ? 'production' : 'stock',
    stock_qty: pl.reserve,
    shortfall: pl.produce,
    line_date: pl.produce > 0 ? promised : ctx.today,
  })
}

/** The line production follows for: its product, the promised date, the date MC agreed to (null when stock gave the date). */
interface LineProduction {
  lineId: number
  productId: number
  promised: string | null
  agreed: string | null
}

/**
 * Production follows a change once the sales order is signed: more to make grows the line's
 * open production order (or dispatches a new one to the least loaded MC user), a cancellation
 * cancels the open ones, less to make cuts them.
 */
class ProductionChange {
  private constructor(
    private readonly ctx: ServiceContext,
    private readonly tx: Tx,
    private readonly order: OrderRow,
    private readonly at: string,
    private readonly load: McLoad,
    private seq: number,
  ) {}

  /** The production orders dispatched for the change (issued with it). */
  readonly dispatched: string[] = []

  static async for(ctx: ServiceContext, tx: Tx, order: OrderRow, at: string): Promise<ProductionChange> {
    return new ProductionChange(ctx, tx, order, at, await mcWorkload(tx), await countProductionOrders(tx, order.id))
  }

  /** Production of one line follows its planned change. */
  async follow(pl: PlanLine, cancel: boolean, l: LineProduction): Promise<void> {
    const open = await openProductionOfLine(this.tx, l.lineId)
    if (pl.produce > 0) await (open[0] ? this.grow(open[0], pl.produce, l) : this.dispatch(pl.produce, l))
    else if (cancel) await this.cancel(open)
    else await this.cut(open, -pl.produce)
  }

  /**
   * More to make on a production order already open: the enlarged order is a new instruction
   * to the factory, in force only once a manager signs it — it waits in `awaiting_signoff`
   * (its earlier signature no longer covers it) and MC accepts it again after `production
   * sign`. MC agreed to the new date for the larger quantity: that is its commitment now.
   */
  private async grow(po: ProductionOrderRow, more: number, l: LineProduction): Promise<void> {
    const committed = po.committed_date && l.agreed ? l.agreed : po.committed_date
    await updateProductionOrder(
      this.tx,
      po.id,
      { qty: po.qty + more, due_date: l.promised ?? po.due_date, committed_date: committed, status: 'awaiting_signoff', signed_by: null },
      this.at,
    )
  }

  /** Cancelling: open production orders are cancelled; goods already made were released with the stock. */
  private async cancel(open: ProductionOrderRow[]): Promise<void> {
    for (const po of open) await updateProductionOrder(this.tx, po.id, { status: 'cancelled' }, this.at)
  }

  /** Less to make: cut what is still to be made, newest production order first (one with nothing left ends). */
  private async cut(open: ProductionOrderRow[], less: number): Promise<void> {
    let cut = less
    for (const po of open) {
      if (cut <= 0) break
      const take = Math.min(po.qty - po.done_qty, cut)
      const qty = po.qty - take
      const status = qty === po.done_qty ? (po.done_qty > 0 ? 'done' : 'cancelled') : po.status
      await updateProductionOrder(this.tx, po.id, { qty, status }, this.at)
      cut -= take
    }
  }

  private async dispatch(qty: number, l: LineProduction): Promise<void> {
    const assignee = leastLoaded(this.load)
    if (!assignee) throw new RefusedError(msg('change.noMc', {}), 'no_mc')
    const { ctx, order } = this
    const number = documentNumber(order.number, DOCUMENT_KINDS.production_order, ++this.seq)
    this.dispatched.push(number)
    await dispatchShortfall(this.tx, ctx, this.at, this.load, assignee, {
      number,
      orderId: order.id,
      lineId: l.lineId,
      productId: l.productId,
      qty,
      priority: order.rush,
      dueDate: l.promised ?? ctx.today,
      signed: false, // the clerk carried the change: a manager signs it (`production sign`) before MC may accept it
    })
  }
}

/** Cancelled by the change; else, once confirmed, as its open production orders say: none left `ready`, some begun `in_production`. */
async function statusAfter(tx: Tx, order: OrderRow, plan: ChangePlan): Promise<string> {
  if (plan.cancel) return 'cancelled'
  if (order.status === 'contracted') return order.status
  const pos = await openProductionOfOrder(tx, order.id)
  if (pos.length === 0) return 'ready'
  // begun: accepted or in progress — or accepted before this change enlarged it (awaiting its new signature, it keeps MC's date)
  const begun = (p: (typeof pos)[number]) => p.status === 'accepted' || p.status === 'in_progress' || (p.status === 'awaiting_signoff' && p.committed_date !== null)
  return pos.some(begun) ? 'in_production' : 'confirmed'
}

/** The contract follows the change: a new revision supersedes the old one (a cancellation's is cancelled). */
async function reviseContract(ctx: ServiceContext, tx: Tx, order: OrderRow, updated: OrderRow, plan: ChangePlan, o: { total: number; change: string; at: string }): Promise<string | null> {
  const latest = await latestContractSeq(tx, order.id)
  if (latest === null) return null
  await supersedeSignedContracts(tx, order.id)
  const lines = await orderLines(tx, order.id)
  const number = documentNumber(order.number, DOCUMENT_KINDS.contract, latest + 1)
  await insertDocument(tx, {
    order_id: order.id,
    kind: 'contract',
    number,
    seq: latest + 1,
    revision: updated.revision,
    status: plan.cancel ? 'cancelled' : 'signed',
    data: JSON.stringify({
      total: o.total,
      promisedDate: updated.promised_date,
      paymentMethod: order.payment_method,
      paymentDue: order.payment_due,
      depositPct: order.deposit_pct,
      change: o.change,
      lines: lines.map((l) => ({ sku: l.sku, qty: l.qty, unitPrice: l.unit_price, amount: l.amount, source: l.source })),
    }),
    created_by: ctx.actor.name,
    created_at: o.at,
    signed_by: ctx.actor.name,
    signed_at: ctx.today,
  })
  return number
}
