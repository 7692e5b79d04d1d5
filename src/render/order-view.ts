import { formatMoneyGrouped } from '../domain/money.js'
import { tr } from '../messages/index.js'
import { nextActionForOrder } from '../domain/order-status.js'
import { nextActionText } from './next-action.js'
import { paymentStatus } from '../domain/payment-status.js'
import type { OrderAggregate } from '../read/orders.js'
import { keyValues, table } from './table.js'
import type { QuoteCheck } from '../read/orders.js'
import type { Colours } from './terminal.js'
import { changeApprovalOf, changeJson } from './change-json.js'
import { approvedOfferOf } from '../read/orders.js'
import { displayWidth } from './width.js'
import type { OrderColumn, OrderField, OrderSection } from '../domain/messages/order.js'
import { currentCountersignatures } from '../domain/countersignatures.js'

const col = (column: OrderColumn) => tr('order.column', { column })
const field = (f: OrderField) => tr('order.field', { field: f })
const section = (c: Colours, name: OrderSection) => c.bold(tr('order.section', { section: name }))

/** `s` padded with spaces to `width` columns (a Chinese character takes two). */
const padTo = (s: string, width: number) => s + ' '.repeat(Math.max(0, width - displayWidth(s)))

/** The readable `order show`: header, lines, documents, timeline, and what to do next. */
export function renderOrder(agg: OrderAggregate, c: Colours, quote?: QuoteCheck): string {
  const o = agg.order
  const out: string[] = []
  const flags = [
    o.rush ? c.red(tr('order.flag', { flag: 'rush' })) : '',
    o.at_risk ? c.red(tr('order.flag', { flag: 'atRisk' })) : '',
    o.production_issue ? c.red(tr('order.flag', { flag: 'productionRejected' })) : '',
  ].filter(Boolean)
  out.push(`${c.bold(tr('order.title', { order: o.number }))}  ${statusLabel(o.status, c)}  ${tr('order.revision', { revision: o.revision })}${flags.length ? `  ${flags.join('  ')}` : ''}`)
  const pay = paymentStatus({ total: o.total, paid: o.paid, depositPct: o.deposit_pct, refunded: o.refunded, status: o.status })
  const contract = agg.documents.filter((d) => d.kind === 'contract').at(-1)
  const contact = [agg.customer.contact, agg.customer.phone].filter((x): x is string => Boolean(x))
  const pairs: [string, string | null][] = [
    [field('customer'), `${agg.customer.code}  ${agg.customer.name}`],
    [field('contact'), contact.length ? tr('order.contactValue', { parts: contact }) : null],
    [field('channel'), tr('order.channelValue', { channel: tr('name.channel', { channel: o.channel }), sourceRef: o.source_ref })],
    [field('dates'), tr('order.datesValue', { ordered: o.order_date, requested: o.requested_date, promised: o.promised_date })],
    [
      field('total'),
      tr('order.totalsValue', { total: o.total, paid: o.paid, invoiced: o.invoiced, balance: o.total - o.paid, payment: tr('name.paymentStatus', { status: pay }) }) +
        (o.refunded ? `   ${tr('order.refundedValue', { refunded: o.refunded })}` : ''),
    ],
  ]
  if (o.delivered_date) pairs.push([field('delivered'), tr('order.deliveredValue', { date: o.delivered_date, onTime: Boolean(o.on_time) })])
  if (contract) {
    const method = tr('name.paymentMethod', { method: String(o.payment_method) })
    pairs.push([field('contract'), tr('order.contractValue', { number: contract.number, method, due: String(o.payment_due), depositPct: o.deposit_pct })])
  }
  if (quote && quote.status !== 'not_required') pairs.push([field('quotation'), quoteText(o, quote)])
  if (o.note) pairs.push([field('note'), o.note])
  if (o.lost_reason) pairs.push([field('lost'), o.lost_reason])
  out.push(keyValues(pairs))
  out.push('')
  out.push(
    table(
      [col('lineNo'), col('sku'), col('product'), col('qty'), col('unit'), col('price'), col('discount'), col('amount'), col('source'), col('short'), col('date')],
      agg.lines.map((l) => [
        l.line_no,
        l.sku,
        l.name,
        l.qty,
        tr('name.unit', { unit: l.unit }),
        formatMoneyGrouped(l.unit_price),
        l.discount_bp ? `${l.discount_bp / 100}%` : '',
        formatMoneyGrouped(l.amount),
        l.source === null ? '—' : tr('name.source', { source: l.source }),
        l.shortfall || '',
        l.line_date ?? '—',
      ]),
      { align: ['right', 'left', 'left', 'right', 'left', 'right', 'right', 'right', 'left', 'right', 'left'] },
    ),
  )
  if (agg.payments.length > 0) {
    out.push('', section(c, 'payments'))
    out.push(
      table(
        [col('number'), col('date'), col('kind'), col('amount'), col('method'), col('reference'), col('by'), col('voided')],
        agg.payments.map((p) => [
          p.number,
          p.paid_date,
          tr('order.paymentKindCell', { kind: p.kind }),
          p.kind === 'refund' ? tr('order.refundAmountCell', { amount: p.amount }) : formatMoneyGrouped(p.amount),
          p.method ? tr('name.paymentMethod', { method: p.method }) : '',
          p.ref ?? '',
          p.recorded_by,
          p.voided_at ? tr('order.voidedCell', { by: p.voided_by ?? '', date: p.voided_date ?? '', reason: p.void_reason ?? '' }) : '',
        ]),
        { align: ['left', 'left', 'left', 'right', 'left', 'left', 'left', 'left'] },
      ),
    )
    // issue 19: refundforms — what the lines add up to (a voided line counts nothing)
    const counted = agg.payments.filter((p) => !p.voided_at)
    const received = counted.filter((p) => p.kind !== 'refund').reduce((a, p) => a + p.amount, 0)
    const refunded = counted.filter((p) => p.kind === 'refund').reduce((a, p) => a + p.amount, 0)
    out.push(`  ${tr('order.paymentSums', { received, refunded, net: received - refunded, balance: o.total - (received - refunded) })}`)
  }
  if (agg.returns.length > 0) {
    out.push('', section(c, 'returns'))
    for (const r of agg.returns) {
      const line = { number: r.number, sku: r.sku, qty: r.qty, date: r.return_date, disposition: r.disposition, outcome: r.outcome, amount: r.amount }
      out.push(`  ${tr('order.returnLine', { ...line, productionOrder: r.production_order, reason: r.reason, by: r.received_by })}`)
    }
  }
  if (agg.productionOrders.length > 0) {
    out.push('', section(c, 'productionOrders'))
    out.push(
      table(
        [col('number'), col('sku'), col('qty'), col('done'), col('qcRejected'), col('status'), col('mc'), col('due'), col('committed'), col('progress')],
        agg.productionOrders.map((m) => {
          const status = tr('name.productionStatus', { status: m.status })
          return [
            m.number,
            m.sku,
            m.qty,
            m.done_qty,
            m.rejected_qty || '',
            m.status === 'rejected' ? tr('order.rejectedCell', { status, reason: m.reject_reason }) : status,
            m.assignee,
            m.due_date,
            m.committed_date ?? '—',
            `${m.progress}%`,
          ]
        }),
        { align: ['left', 'left', 'right', 'right', 'right', 'left', 'left', 'left', 'left', 'right'] },
      ),
    )
  }
  if (agg.shipments.length > 0) {
    out.push('', section(c, 'shipments'))
    out.push(
      table(
        [col('slip'), col('status'), col('shipDate'), col('goods'), col('carrier'), col('tracking'), col('sent'), col('delivered')],
        agg.shipments.map((sh) => [
          sh.number,
          tr('name.shipmentStatus', { status: sh.status }),
          sh.ship_date,
          sh.lines.map((l) => `${l.sku}×${l.qty}`).join(' '),
          sh.carrier ?? '',
          sh.tracking ?? '',
          sh.sent_date ?? '',
          sh.delivered_date ? (sh.on_time ? sh.delivered_date : tr('order.deliveredLate', { date: sh.delivered_date })) : '',
        ]),
      ),
    )
    for (const sh of agg.shipments) {
      if (sh.unpaid_reason) out.push(`  ${tr('order.shippedUnpaid', { slip: sh.number, by: sh.unpaid_approved_by, reason: sh.unpaid_reason })}`)
    }
  }
  if (agg.invoices.length > 0) {
    const invoices = agg.invoices.map((i) => ({ number: i.number, amount: i.amount, date: i.issued_date }))
    out.push('', `${section(c, 'invoices')}  ${tr('order.invoicesValue', { invoices })}`)
  }
  if (agg.feedback) {
    const f = agg.feedback
    out.push('', `${section(c, 'feedback')}  ${tr('order.feedbackValue', { rating: f.rating, comment: f.comment, by: f.given_by, date: f.given_date })}`)
  }
  if (agg.complaints.length > 0) {
    out.push('', section(c, 'complaints'))
    for (const k of agg.complaints) {
      const status = tr('name.complaintStatus', { status: k.status })
      out.push(`  ${tr('order.complaintLine', { id: k.id, status, opened: k.opened_date, text: k.text, resolution: k.resolution, by: k.resolved_by, date: k.resolved_date })}`)
    }
  }
  if (agg.changes.length > 0) {
    out.push('', section(c, 'changes'))
    for (const ch of agg.changes) {
      const j = changeJson(ch)
      const line = tr('order.changeLine', {
        number: ch.number,
        form: ch.form_number,
        status: tr('name.changeStatus', { status: ch.status }),
        cancel: j.cancel,
        lines: j.lines,
        date: ch.requested_date,
        mc: j.mc ? { decision: j.mc.decision, date: j.mc.date, reason: j.mc.reason } : null,
        customer: j.customerDecision ? j.customerDecision.decision : null,
        revision: ch.revision_after ? { before: ch.revision_before, after: ch.revision_after } : null,
      })
      out.push(`  ${line}${changeApprovalText(ch)}`)
    }
  }
  if (agg.documents.length > 0) {
    out.push('', section(c, 'documents'))
    for (const d of agg.documents) {
      out.push(`  ${tr('order.documentLine', { kind: d.kind, number: d.number, status: d.status, signedBy: d.signed_by, signedAt: d.signed_at })}`)
    }
  }
  // issue 19: countersign and attachments
  if (agg.countersignatures.length > 0) {
    out.push('', section(c, 'countersignatures'))
    // issue 19: records — the current record of each document, and under it each record it corrected
    const byId = new Map(agg.countersignatures.map((k) => [k.id, k]))
    for (const k of currentCountersignatures(agg.countersignatures)) {
      out.push(`  ${tr('paper.countersignLine', { document: k.document, date: k.signed_date, ref: k.ref, by: k.recorded_by })}`)
      for (let at = k; at.supersedes !== null && byId.has(at.supersedes); ) {
        const was = byId.get(at.supersedes)!
        out.push(`    ${tr('paper.correctedLine', { date: was.signed_date, ref: was.ref, by: was.recorded_by, at: was.recorded_at, reason: at.reason ?? '' })}`)
        at = was
      }
    }
  }
  if (agg.attachments.length > 0) {
    out.push('', section(c, 'attachments'))
    for (const a of agg.attachments) {
      out.push(`  ${tr('paper.attachmentLine', { n: a.n, name: a.name, bytes: a.bytes, sha256: a.sha256, by: a.added_by, at: a.added_at })}`)
    }
  }
  out.push('', section(c, 'timeline'))
  for (const e of agg.events) {
    const status = (s: string) => tr('name.orderStatus', { status: s })
    const move = e.to_status ? (e.from_status ? `${status(e.from_status)} → ${status(e.to_status)}` : `→ ${status(e.to_status)}`) : ''
    out.push(`  ${e.business_date} ${e.at.slice(11, 16)}  ${padTo(e.actor, 8)} ${padTo(tr('name.action', { action: e.action }), 16)} ${move}${eventDetail(e.data, e.action)}`)
  }
  const next = nextActionText(nextActionForOrder(o))
  if (next.command) out.push('', tr('order.nextLine', { command: c.cyan(next.command), hint: next.hint }))
  // issue 19: money to give back
  if (o.paid > o.total) out.push(`${next.command ? '' : '\n'}  ${tr('order.nextRefund', { order: o.number, amount: o.paid - o.total })}`)
  return out.join('\n')
}

/** The quotation's approval: what the manager approved (the reasons and total they saw), not what the offer is now. */
function quoteText(o: OrderAggregate['order'], q: QuoteCheck): string {
  if (q.status === 'approved') {
    const offer = approvedOfferOf(o.quote_approved_offer)
    const reasons = (offer?.reasons ?? q.reasons).map((r) => tr('order.approvalReason', r))
    const approved = tr('order.quoteValue', { status: 'approved', by: o.quote_approved_by, date: o.quote_approved_date, reasons })
    return offer && offer.total !== o.total ? tr('order.quoteApprovedAt', { approved, total: offer.total, now: o.total }) : approved
  }
  if (q.status === 'rejected') return tr('order.quoteValue', { status: 'rejected', by: o.quote_rejected_by, reason: o.quote_rejected_reason })
  return tr('order.quoteValue', { status: 'pending', reasons: q.reasons.map((r) => tr('order.approvalReason', r)) })
}

/** A change's new offer and the quotation approval, after its line: waiting for a manager, or approved (issue 19). */
function changeApprovalText(ch: OrderAggregate['changes'][number]): string {
  const a = changeApprovalOf(ch)
  // issue 19: changereject
  if (a.status === 'rejected') return tr('change.rejectedValue', { by: ch.rejected_by ?? '', date: ch.rejected_date ?? '', reason: ch.rejected_reason ?? '' })
  if (a.status !== 'pending' && a.status !== 'approved') return ''
  return tr('change.approvalValue', { status: a.status, by: ch.approved_by, date: ch.approved_date, total: a.offer?.total ?? null, reasons: a.reasons })
}

function eventDetail(data: string | null, action?: string): string {
  if (!data) return ''
  const d = JSON.parse(data) as Record<string, unknown>
  const bits: string[] = []
  if (typeof d.reason === 'string') bits.push(d.reason)
  if (typeof d.promisedDate === 'string') bits.push(tr('order.eventPromised', { date: d.promisedDate }))
  if (typeof d.contract === 'string') bits.push(d.contract)
  if (typeof d.salesOrder === 'string') bits.push(d.salesOrder)
  if (typeof d.mo === 'string') bits.push(d.mo)
  // issue 19: a refund's or a void's payment number (a payment's own line reads as before)
  if (typeof d.payment === 'string' && action !== 'payment.record') bits.push(d.payment)
  if (typeof d.shipment === 'string') bits.push(d.shipment)
  if (typeof d.invoice === 'string') bits.push(d.invoice)
  if (typeof d.change === 'string') bits.push(d.change)
  if (typeof d.document === 'string') bits.push(d.document)
  if (typeof d.sha256 === 'string' && typeof d.name === 'string') bits.push(`#${String(d.n)} ${d.name}`)
  if (typeof d.decision === 'string') bits.push(tr('order.decision', { decision: d.decision }))
  if (d.onTime === false) bits.push(tr('order.eventLate', { days: Number(d.daysLate) }))
  if (typeof d.rating === 'number') bits.push(`${d.rating}/5`)
  if (typeof d.text === 'string') bits.push(d.text)
  if (typeof d.resolution === 'string') bits.push(`→ ${d.resolution}`)
  if (typeof d.committedDate === 'string') bits.push(tr('order.eventCommitted', { date: d.committedDate }))
  if (typeof d.percent === 'number') bits.push(`${d.percent}%`)
  if (typeof d.good === 'number') bits.push(tr('order.eventIntoStock', { good: d.good, rejected: typeof d.rejected === 'number' ? d.rejected : 0 }))
  if (typeof d.signedOffBy === 'string' && typeof d.qty === 'number') bits.push(tr('order.eventTakenBack', { qty: d.qty, by: d.signedOffBy }))
  if (typeof d.amount === 'number' && typeof d.paid === 'number') bits.push(tr('order.eventPayment', { amount: d.amount, paid: d.paid }))
  if (action === 'quote.approve' && typeof d.total === 'number') bits.push(tr('order.eventApprovedTotal', { total: d.total }))
  return bits.length ? `  ${tr('order.eventDetails', { parts: bits })}` : ''
}

export function statusLabel(status: string, c: Colours): string {
  const colour: Record<string, (s: string) => string> = {
    inquiry: c.yellow,
    offered: c.yellow,
    lost: c.gray,
    contracted: c.blue,
    confirmed: c.blue,
    in_production: c.magenta,
    ready: c.green,
    shipping: c.green,
    shipped: c.green,
    completed: c.gray,
    cancelled: c.gray,
  }
  return (colour[status] ?? ((s: string) => s))(tr('name.orderStatus', { status }))
}
