import { msg } from '../domain/message.js'
import { formatMoney } from '../domain/money.js'
import { english } from '../messages/index.js'
import { paymentStatus } from '../domain/payment-status.js'
import type { OrderAggregate } from '../read/orders.js'
import type { ProductionOrderView } from '../read/production.js'
import type { QuoteCheck } from '../read/orders.js'
import { changeJson } from './change-json.js'
import { approvedOfferOf } from '../read/orders.js'
import type { ComplaintRow, EventRow, OrderRow } from '../read/orders.js'
import { currentCountersignatures } from '../domain/countersignatures.js'

/**
 * The stable JSON of an order (SPEC §5): camelCase keys, money as strings with two decimals,
 * dates YYYY-MM-DD. Documented in docs/json.md.
 */
export function orderJson(agg: OrderAggregate, quote?: QuoteCheck) {
  const o = agg.order
  const contract = agg.documents.filter((d) => d.kind === 'contract').at(-1)
  const salesOrder = agg.documents.filter((d) => d.kind === 'sales_order').at(-1)
  const contractData = contract ? (JSON.parse(contract.data) as Record<string, unknown>) : null
  return {
    ...orderSummaryJson(o, agg.customer.code, agg.customer.name),
    lostReason: o.lost_reason,
    contract: contract
      ? {
          number: contract.number,
          paymentMethod: o.payment_method,
          paymentDue: o.payment_due,
          depositPercent: o.deposit_pct,
          signedBy: contract.signed_by,
          signedAt: contract.signed_at,
          revision: contract.revision,
          total: formatMoney(Number(contractData?.total ?? o.total)),
        }
      : null,
    lines: agg.lines.map((l) => ({
      lineNo: l.line_no,
      sku: l.sku,
      name: l.name,
      unit: l.unit,
      qty: l.qty,
      unitPrice: formatMoney(l.unit_price),
      discount: l.discount_bp / 10000,
      amount: formatMoney(l.amount),
      source: l.source,
      stockQty: l.stock_qty,
      shortfall: l.shortfall,
      date: l.line_date,
    })),
    documents: agg.documents.map((d) => ({
      kind: d.kind,
      number: d.number,
      status: d.status,
      revision: d.revision,
      createdBy: d.created_by,
      signedBy: d.signed_by,
      signedAt: d.signed_at,
    })),
    quote: {
      status: quote?.status ?? null,
      reasons: (quote?.reasons ?? []).map((r) => english(msg('order.approvalReason', r))),
      approvedBy: o.quote_approved_by,
      approvedAt: o.quote_approved_date,
      approvedRevision: o.quote_approved_revision,
      rejectedBy: o.quote_rejected_by,
      rejectedReason: o.quote_rejected_reason,
      ...approvedOfferJson(o),
    },
    salesOrder: salesOrder ? { number: salesOrder.number, signedBy: salesOrder.signed_by, signedAt: salesOrder.signed_at } : null,
    payments: agg.payments.map((p) => ({
      amount: formatMoney(p.amount),
      method: p.method,
      ref: p.ref,
      date: p.paid_date,
      recordedBy: p.recorded_by,
      // issue 19: payments
      number: p.number,
      kind: p.kind,
      voided: p.voided_at ? { by: p.voided_by, at: p.voided_at, date: p.voided_date, reason: p.void_reason } : null,
    })),
    returns: agg.returns.map((r) => ({
      number: r.number,
      sku: r.sku,
      qty: r.qty,
      reason: r.reason,
      disposition: r.disposition,
      outcome: r.outcome,
      amount: formatMoney(r.amount),
      productionOrder: r.production_order,
      date: r.return_date,
      receivedBy: r.received_by,
    })),
    productionOrders: agg.productionOrders.map((m) => ({
      ...productionOrderJson(m),
      history: agg.events
        .filter((e) => e.ref === m.number || (e.action === 'order.confirm' && e.data?.includes(`"${m.number}"`)))
        .map((e) => ({ at: e.at, date: e.business_date, actor: e.actor, action: e.action, data: e.data ? (JSON.parse(e.data) as unknown) : null })),
    })),
    changes: agg.changes.map(changeJson),
    shipments: agg.shipments.map((sh) => ({
      number: sh.number,
      status: sh.status,
      shipDate: sh.ship_date,
      carrier: sh.carrier,
      tracking: sh.tracking,
      address: sh.address,
      sentDate: sh.sent_date,
      deliveredDate: sh.delivered_date,
      onTime: sh.on_time === null ? null : sh.on_time === 1,
      unpaidOverride: sh.unpaid_reason ? { reason: sh.unpaid_reason, approvedBy: sh.unpaid_approved_by } : null,
      lines: sh.lines.map((l) => ({ sku: l.sku, qty: l.qty })),
    })),
    invoices: agg.invoices.map((i) => ({ number: i.number, amount: formatMoney(i.amount), date: i.issued_date, issuedBy: i.issued_by })),
    feedback: agg.feedback ? { rating: agg.feedback.rating, comment: agg.feedback.comment, by: agg.feedback.given_by, date: agg.feedback.given_date } : null,
    complaints: agg.complaints.map((k) => complaintJson(k)),
    events: agg.events.map(eventJson),
    // issue 19: countersign and attachments
    countersignatures: countersignaturesJson(agg.countersignatures),
    attachments: agg.attachments.map((a) => ({ n: a.n, name: a.name, bytes: a.bytes, sha256: a.sha256, addedBy: a.added_by, addedAt: a.added_at })),
  }
}

/** The fields an order has in lists (`order list --json`). */
export function orderSummaryJson(o: OrderRow, customerCode: string, customerName: string) {
  return {
    number: o.number,
    status: o.status,
    revision: o.revision,
    customer: customerCode,
    customerName,
    channel: o.channel,
    sourceRef: o.source_ref,
    rush: o.rush === 1,
    note: o.note,
    orderDate: o.order_date,
    requestedDate: o.requested_date,
    promisedDate: o.promised_date,
    total: formatMoney(o.total),
    paid: formatMoney(o.paid),
    balance: formatMoney(o.total - o.paid),
    paymentStatus: paymentStatus({ total: o.total, paid: o.paid, depositPct: o.deposit_pct, refunded: o.refunded, status: o.status }),
    refunded: formatMoney(o.refunded ?? 0),
    invoiced: formatMoney(o.invoiced),
    deliveredDate: o.delivered_date,
    onTime: o.on_time === null ? null : o.on_time === 1,
    atRisk: o.at_risk === 1,
    productionIssue: o.production_issue === 1,
    extRef: o.ext_ref,
    createdBy: o.created_by,
    updatedAt: o.updated_at,
  }
}

export function eventJson(e: EventRow) {
  return {
    at: e.at,
    date: e.business_date,
    actor: e.actor,
    action: e.action,
    from: e.from_status,
    to: e.to_status,
    data: e.data ? (JSON.parse(e.data) as unknown) : null,
  }
}

/** A production order (生产命令单) as JSON. */
export function productionOrderJson(m: ProductionOrderView) {
  return {
    number: m.number,
    order: m.order_number,
    customer: m.customer_code,
    sku: m.sku,
    name: m.product_name,
    qty: m.qty,
    doneQty: m.done_qty,
    rejectedQty: m.rejected_qty,
    status: m.status,
    assignee: m.assignee,
    rush: m.priority > 0,
    dueDate: m.due_date,
    committedDate: m.committed_date,
    progress: m.progress,
    rejectReason: m.reject_reason,
    signedBy: m.signed_by,
    dispatchedDate: m.dispatched_date,
    rating: m.rating,
    ratingComment: m.rating_comment,
  }
}

export function complaintJson(c: ComplaintRow, order?: string) {
  return {
    id: c.id,
    ...(order ? { order } : {}),
    status: c.status,
    text: c.text,
    openedBy: c.opened_by,
    openedDate: c.opened_date,
    resolution: c.resolution,
    resolvedBy: c.resolved_by,
    resolvedDate: c.resolved_date,
  }
}

// issue 19: approvals bind to what was approved

/** What the quotation approval saw (null when there is none, or it is from before orderdesk recorded it). */
function approvedOfferJson(o: OrderRow) {
  const offer = o.quote_approved_by ? approvedOfferOf(o.quote_approved_offer) : null
  return {
    approvedTotal: offer ? formatMoney(offer.total) : null,
    approvedReasons: offer ? offer.reasons.map((r) => english(msg('order.approvalReason', r))) : null,
    approvedLines: offer ? offer.lines.map((l) => ({ sku: l.sku, unitPrice: formatMoney(l.unitPrice), discount: l.discountBp / 10000 })) : null,
  }
}

// issue 19: countersign and attachments; records (corrections)
/**
 * Every countersignature record, in the order recorded: a correction keeps the record it
 * supersedes in the list, names it (`supersedes`: its date, ref and when it was recorded) and
 * says why (`reason`); `current` marks the one each document stands on.
 */
function countersignaturesJson(rows: OrderAggregate['countersignatures']) {
  const byId = new Map(rows.map((k) => [k.id, k]))
  const current = new Set(currentCountersignatures(rows).map((k) => k.id))
  return rows.map((k) => {
    const was = k.supersedes === null ? undefined : byId.get(k.supersedes)
    return {
      document: k.document,
      kind: k.kind,
      date: k.signed_date,
      ref: k.ref,
      recordedBy: k.recorded_by,
      recordedAt: k.recorded_at,
      supersedes: was ? { date: was.signed_date, ref: was.ref, recordedBy: was.recorded_by, recordedAt: was.recorded_at } : null,
      reason: k.reason,
      current: current.has(k.id),
    }
  })
}
