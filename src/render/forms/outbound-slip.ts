import { paymentStatus } from '../../domain/payment-status.js'
import type { LoadedOutboundSlip } from '../../read/forms/outbound-slip.js'
import { baseModel, closedBanner, orderMeta, type FormLayout } from './form-model.js'
import { linesTotal, priceRows } from './line-table.js'
import { customerParty, person, signature } from './people.js'
import { dash, money } from './terms.js'

/** 货物出库单: what leaves the warehouse on one shipment, issued by the clerk, sent by logistics. */
export const outboundSlipLayout: FormLayout<LoadedOutboundSlip> = {
  title: { en: 'Goods Outbound Slip', zh: '货物出库单' },
  build(f) {
    const o = f.agg.order
    const sh = f.shipment
    const c = f.agg.customer
    const pay = paymentStatus({ total: o.total, paid: o.paid, depositPct: o.deposit_pct })
    const override = sh.unpaid_approved_by
    // a manager who issued the slip to let it ship unpaid signs as manager, not as clerk
    const issuedByClerk = f.planned && f.people.get(f.planned.by)?.role !== 'manager'
    return baseModel(f, {
      banner: closedBanner(f),
      numberLabel: '出库单号',
      meta: [
        { label: 'Issued 开单日期', value: dash(f.planned?.date) },
        ...orderMeta(f, o.revision),
        { label: 'Ship date 发货日期', value: sh.ship_date },
        { label: 'Status 状态', value: sh.status },
        { label: 'Carrier 承运', value: dash(sh.carrier) },
        { label: 'Tracking 运单号', value: dash(sh.tracking) },
      ],
      parties: [
        customerParty(f),
        { label: 'Ship to 收货', lines: [c.contact ?? c.name, sh.address ?? c.address ?? '—', ...(c.phone ? [`Tel 电话 ${c.phone}`] : [])] },
      ],
      rows: priceRows(f.lines),
      totals: [{ label: 'Slip total 本单合计', value: linesTotal(f.lines) }],
      terms: [
        { label: 'Payment 付款', value: `paid 已付 ${money(o.paid)} of ${money(o.total)} (${pay})` },
        ...(override ? [{ label: 'Unpaid release 欠款放行', value: `approved by ${person(f, override)}: ${sh.unpaid_reason ?? ''}` }] : []),
        { label: 'Promised 交货日期', value: dash(o.promised_date) },
        ...(sh.sent_date ? [{ label: 'Sent 发出', value: sh.sent_date }] : []),
        ...(sh.delivered_date ? [{ label: 'Delivered 送达', value: `${sh.delivered_date}${sh.on_time === 0 ? ' (late 延迟)' : ''}` }] : []),
      ],
      notes: ['Received in good order; please sign and return. 货物验收无误，请签收回单。'],
      signatures: [
        signature(f, 'clerk', issuedByClerk ? f.planned : null, 'issued 开单'),
        ...(override ? [signature(f, 'manager', f.planned && !issuedByClerk ? f.planned : { by: override, date: f.planned?.date ?? '' }, 'unpaid release 放行')] : []),
        signature(f, 'logistics', f.sent, f.sent ? 'sent 发货' : null),
        signature(f, 'customer', null, f.delivered ? `received 签收 ${f.delivered.date}` : 'received 签收'),
      ],
    })
  },
}
