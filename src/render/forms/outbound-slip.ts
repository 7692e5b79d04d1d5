import { paymentStatus } from '../../domain/payment-status.js'
import { tr } from '../../messages/index.js'
import type { LoadedOutboundSlip } from '../../read/forms/outbound-slip.js'
import { baseModel, closedBanner, dash, dateOr, field, none, orderMeta, type FormLayout } from './form-model.js'
import { paymentList } from './payments.js'
import { linesTotal, priceRows } from './line-table.js'
import { customerParty, labelled, person, signature, signNote } from './people.js'

/** 货物出库单: what leaves the warehouse on one shipment, issued by the clerk, sent by logistics. */
export const outboundSlipLayout: FormLayout<LoadedOutboundSlip> = {
  build(f) {
    const o = f.agg.order
    const sh = f.shipment
    const c = f.agg.customer
    const pay = paymentStatus({ total: o.total, paid: o.paid, depositPct: o.deposit_pct, refunded: o.refunded, status: o.status })
    const override = sh.unpaid_approved_by
    // a manager who issued the slip to let it ship unpaid signs as manager, not as clerk
    const issuedByClerk = f.planned && f.people.get(f.planned.by)?.role !== 'manager'
    return baseModel(f, {
      banner: closedBanner(f),
      meta: [
        field('slipIssued', dateOr(f.planned?.date)),
        ...orderMeta(f, o.revision),
        field('shipDate', sh.ship_date),
        field('status', tr('name.shipmentStatus', { status: sh.status })),
        field('carrier', dash(sh.carrier)),
        field('tracking', dash(sh.tracking)),
      ],
      parties: [
        customerParty(f),
        { label: tr('form.label', { label: 'shipTo' }), lines: [c.contact ?? c.name, sh.address ?? c.address ?? none(), ...(c.phone ? [labelled('phone', c.phone)] : [])] },
      ],
      rows: priceRows(f.lines),
      // issue 19: refundforms — the payments as of the day printed
      payments: paymentList(f),
      totals: [field('slipTotal', linesTotal(f.lines))],
      terms: [
        field('slipPayment', tr('form.slipPaid', { paid: o.paid, total: o.total, status: tr('name.paymentStatus', { status: pay }) })),
        ...(override ? [field('unpaidRelease', tr('form.unpaidApprovedBy', { who: person(f, override), reason: sh.unpaid_reason ?? '' }))] : []),
        field('promised', dateOr(o.promised_date)),
        ...(sh.sent_date ? [field('sent', sh.sent_date)] : []),
        ...(sh.delivered_date ? [field('delivered', tr('form.deliveredOn', { date: sh.delivered_date, late: sh.on_time === 0 }))] : []),
      ],
      notes: [tr('form.note', { note: 'outboundSlip' })],
      signatures: [
        signature(f, 'clerk', issuedByClerk ? f.planned : null, signNote('issued')),
        ...(override ? [signature(f, 'manager', f.planned && !issuedByClerk ? f.planned : { by: override, date: f.planned?.date ?? '' }, signNote('unpaidRelease'))] : []),
        signature(f, 'logistics', f.sent, f.sent ? signNote('sent') : null),
        signature(f, 'customer', null, f.delivered ? tr('form.receivedOn', { date: f.delivered.date }) : signNote('received')),
      ],
    })
  },
}
