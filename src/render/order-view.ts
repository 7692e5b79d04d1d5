import { formatMoneyGrouped } from '../domain/money.js'
import { tr } from '../messages/index.js'
import { nextActionForOrder } from '../domain/order-status.js'
import { nextActionText } from './next-action.js'
import { paymentStatus } from '../domain/payment-status.js'
import type { OrderAggregate } from '../read/orders.js'
import { keyValues, table } from './table.js'
import type { QuoteCheck } from '../read/orders.js'
import type { Colours } from './terminal.js'
import { changeJson } from './change-json.js'

/** The readable `order show`: header, lines, documents, timeline, and what to do next. */
export function renderOrder(agg: OrderAggregate, c: Colours, quote?: QuoteCheck): string {
  const o = agg.order
  const out: string[] = []
  const flags = [o.rush ? c.red('RUSH') : '', o.at_risk ? c.red('AT RISK') : '', o.production_issue ? c.red('PRODUCTION REJECTED') : ''].filter(Boolean)
  out.push(`${c.bold(`Order ${o.number}`)}  ${statusLabel(o.status, c)}  revision ${o.revision}${flags.length ? `  ${flags.join('  ')}` : ''}`)
  const pay = paymentStatus({ total: o.total, paid: o.paid, depositPct: o.deposit_pct })
  const contract = agg.documents.filter((d) => d.kind === 'contract').at(-1)
  out.push(
    keyValues([
      ['Customer', `${agg.customer.code}  ${agg.customer.name}`],
      ['Contact', [agg.customer.contact, agg.customer.phone].filter(Boolean).join(', ') || null],
      ['Channel', `${o.channel}${o.source_ref ? `  (source ${o.source_ref})` : ''}`],
      ['Dates', `ordered ${o.order_date}   requested ${o.requested_date ?? '—'}   promised ${o.promised_date ?? '—'}`],
      ['Total', `${formatMoneyGrouped(o.total)}   paid ${formatMoneyGrouped(o.paid)}   invoiced ${formatMoneyGrouped(o.invoiced)}   balance due ${formatMoneyGrouped(o.total - o.paid)}   payment ${pay}`],
      ...(o.delivered_date ? ([['Delivered', `${o.delivered_date} (${o.on_time ? 'on time' : 'late'})`]] as [string, string][]) : []),
      ...(contract
        ? ([['Contract', `${contract.number}  ${o.payment_method}, due ${o.payment_due}, deposit ${o.deposit_pct} %`]] as [string, string][])
        : []),
      ...(quote && quote.status !== 'not_required' ? ([['Quotation', quoteText(o, quote)]] as [string, string][]) : []),
      ...(o.note ? ([['Note', o.note]] as [string, string][]) : []),
      ...(o.lost_reason ? ([['Lost', o.lost_reason]] as [string, string][]) : []),
    ]),
  )
  out.push('')
  out.push(
    table(
      ['#', 'SKU', 'Product', 'Qty', 'Unit', 'Price', 'Disc.', 'Amount', 'Source', 'Short', 'Date'],
      agg.lines.map((l) => [
        l.line_no,
        l.sku,
        l.name,
        l.qty,
        l.unit,
        formatMoneyGrouped(l.unit_price),
        l.discount_bp ? `${l.discount_bp / 100}%` : '',
        formatMoneyGrouped(l.amount),
        l.source ?? '—',
        l.shortfall || '',
        l.line_date ?? '—',
      ]),
      { align: ['right', 'left', 'left', 'right', 'left', 'right', 'right', 'right', 'left', 'right', 'left'] },
    ),
  )
  if (agg.payments.length > 0) {
    out.push('', c.bold('Payments'))
    out.push(
      table(
        ['Date', 'Amount', 'Method', 'Reference', 'By'],
        agg.payments.map((p) => [p.paid_date, formatMoneyGrouped(p.amount), p.method ?? '', p.ref ?? '', p.recorded_by]),
        { align: ['left', 'right', 'left', 'left', 'left'] },
      ),
    )
  }
  if (agg.productionOrders.length > 0) {
    out.push('', c.bold('Production orders'))
    out.push(
      table(
        ['Number', 'SKU', 'Qty', 'Done', 'QC rej.', 'Status', 'MC', 'Due', 'Committed', 'Progress'],
        agg.productionOrders.map((m) => [
          m.number,
          m.sku,
          m.qty,
          m.done_qty,
          m.rejected_qty || '',
          m.status === 'rejected' ? `rejected: ${m.reject_reason}` : m.status,
          m.assignee,
          m.due_date,
          m.committed_date ?? '—',
          `${m.progress}%`,
        ]),
        { align: ['left', 'left', 'right', 'right', 'right', 'left', 'left', 'left', 'left', 'right'] },
      ),
    )
  }
  if (agg.shipments.length > 0) {
    out.push('', c.bold('Shipments'))
    out.push(
      table(
        ['Slip', 'Status', 'Ship date', 'Goods', 'Carrier', 'Tracking', 'Sent', 'Delivered'],
        agg.shipments.map((sh) => [
          sh.number,
          sh.status,
          sh.ship_date,
          sh.lines.map((l) => `${l.sku}×${l.qty}`).join(' '),
          sh.carrier ?? '',
          sh.tracking ?? '',
          sh.sent_date ?? '',
          sh.delivered_date ? `${sh.delivered_date}${sh.on_time ? '' : ' (late)'}` : '',
        ]),
      ),
    )
    for (const sh of agg.shipments) if (sh.unpaid_reason) out.push(`  ${sh.number} shipped before full payment, approved by ${sh.unpaid_approved_by}: ${sh.unpaid_reason}`)
  }
  if (agg.invoices.length > 0) {
    out.push('', `${c.bold('Invoices')}  ${agg.invoices.map((i) => `${i.number} ${formatMoneyGrouped(i.amount)} (${i.issued_date})`).join(', ')}`)
  }
  if (agg.feedback) out.push('', `${c.bold('Feedback')}  ${agg.feedback.rating}/5${agg.feedback.comment ? ` “${agg.feedback.comment}”` : ''} (${agg.feedback.given_by} ${agg.feedback.given_date})`)
  if (agg.complaints.length > 0) {
    out.push('', c.bold('Complaints'))
    for (const k of agg.complaints) {
      out.push(`  #${k.id} ${k.status}  ${k.opened_date} ${k.text}${k.resolution ? `  → ${k.resolution} (${k.resolved_by} ${k.resolved_date})` : ''}`)
    }
  }
  if (agg.changes.length > 0) {
    out.push('', c.bold('Changes'))
    for (const ch of agg.changes) {
      const j = changeJson(ch)
      const what = j.cancel ? 'cancel the order' : [...j.lines.map((l) => `${l.sku} ${l.from}→${l.to}`), ...(ch.requested_date ? [`date → ${ch.requested_date}`] : [])].join(', ')
      const mc = j.mc ? `; MC ${j.mc.decision}${j.mc.date ? ` ${j.mc.date}` : ''}${j.mc.reason ? ` (${j.mc.reason})` : ''}` : ''
      const cust = j.customerDecision ? `; customer ${j.customerDecision.decision}` : ''
      const rev = ch.revision_after ? `; revision ${ch.revision_before} → ${ch.revision_after}` : ''
      out.push(`  ${ch.number}${ch.form_number ? ` (form ${ch.form_number})` : ''}  ${ch.status}  ${what}${mc}${cust}${rev}`)
    }
  }
  if (agg.documents.length > 0) {
    out.push('', c.bold('Documents'))
    for (const d of agg.documents) {
      out.push(`  ${d.kind.replace('_', ' ')} ${d.number}  ${d.status}${d.signed_by ? `, signed by ${d.signed_by} ${d.signed_at}` : ''}`)
    }
  }
  out.push('', c.bold('Timeline'))
  for (const e of agg.events) {
    const move = e.to_status ? (e.from_status ? `${e.from_status} → ${e.to_status}` : `→ ${e.to_status}`) : ''
    out.push(`  ${e.business_date} ${e.at.slice(11, 16)}  ${e.actor.padEnd(8)} ${e.action.padEnd(16)} ${move}${eventDetail(e.data)}`)
  }
  const next = nextActionText(nextActionForOrder(o))
  if (next.command) out.push('', `Next: ${c.cyan(next.command)}   (${next.hint})`)
  return out.join('\n')
}

function quoteText(o: OrderAggregate['order'], q: QuoteCheck): string {
  const why = q.reasons.map((r) => tr('order.approvalReason', r)).join('; ')
  if (q.status === 'approved') return `approved by ${o.quote_approved_by} ${o.quote_approved_date} (${why})`
  if (q.status === 'rejected') return `rejected by ${o.quote_rejected_by}: ${o.quote_rejected_reason}`
  return `needs a manager's approval (${why})`
}

function eventDetail(data: string | null): string {
  if (!data) return ''
  const d = JSON.parse(data) as Record<string, unknown>
  const bits: string[] = []
  if (typeof d.reason === 'string') bits.push(d.reason)
  if (typeof d.promisedDate === 'string') bits.push(`promised ${d.promisedDate}`)
  if (typeof d.contract === 'string') bits.push(d.contract)
  if (typeof d.salesOrder === 'string') bits.push(d.salesOrder)
  if (typeof d.mo === 'string') bits.push(d.mo)
  if (typeof d.shipment === 'string') bits.push(d.shipment)
  if (typeof d.invoice === 'string') bits.push(d.invoice)
  if (typeof d.change === 'string') bits.push(d.change)
  if (typeof d.decision === 'string') bits.push(d.decision)
  if (d.onTime === false) bits.push(`late by ${d.daysLate} day(s)`)
  if (typeof d.rating === 'number') bits.push(`${d.rating}/5`)
  if (typeof d.text === 'string') bits.push(d.text)
  if (typeof d.resolution === 'string') bits.push(`→ ${d.resolution}`)
  if (typeof d.committedDate === 'string') bits.push(`committed ${d.committedDate}`)
  if (typeof d.percent === 'number') bits.push(`${d.percent}%`)
  if (typeof d.good === 'number') bits.push(`${d.good} into stock${d.rejected ? `, ${d.rejected} rejected at QC` : ''}`)
  if (typeof d.amount === 'number' && typeof d.paid === 'number') bits.push(`${formatMoneyGrouped(d.amount)} (paid ${formatMoneyGrouped(d.paid)})`)
  return bits.length ? `  ${bits.join('; ')}` : ''
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
  return (colour[status] ?? ((s: string) => s))(status)
}
