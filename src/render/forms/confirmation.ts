import type { LoadedConfirmation } from '../../read/forms/confirmation.js'
import { baseModel, closedBanner, orderMeta, type FormLayout } from './form-model.js'
import { priceRows } from './line-table.js'
import { signature } from './people.js'
import { deliveryText, depositText, money, paymentText, sourceText } from './terms.js'

/** 订单确认书: the confirmation sent to the customer once the contract is signed. */
export const confirmationLayout: FormLayout<LoadedConfirmation> = {
  title: { en: 'Order Confirmation', zh: '订单确认书' },
  build(f) {
    const o = f.agg.order
    const c = f.contract
    const latest = !c.supersededBy
    const notes = [
      `Thank you for your order. We confirm it as below, under contract ${c.doc.number} of ${c.doc.signed_at ?? ''}. Please check and return a signed copy. 感谢惠顾，兹确认贵方订单如下，请核对后签字回传。`,
    ]
    if (c.amended) notes.push(`This confirmation shows the order as changed since the contract (revision ${c.revision}). 本确认书已按订单变更更新。`)
    return baseModel(f, {
      banner: c.supersededBy ? `SUPERSEDED 已取代 — contract ${c.supersededBy} replaces ${c.doc.number}` : closedBanner(f),
      numberLabel: '确认书编号',
      meta: [
        { label: 'Date 日期', value: c.doc.signed_at ?? '' },
        ...orderMeta(f, c.revision),
        { label: 'Contract 合同号', value: c.doc.number },
        { label: 'Your ref 贵方编号', value: o.source_ref ?? o.ext_ref ?? '—' },
      ],
      rows: priceRows(c.lines),
      totals: [
        { label: 'Total 合计', value: money(c.total) },
        ...(latest ? [{ label: 'Paid 已付', value: money(o.paid) }, { label: 'Balance 余额', value: money(c.total - o.paid) }] : []),
      ],
      terms: [
        { label: 'Delivery 交货日期', value: deliveryText(c.promisedDate, o.requested_date) },
        { label: 'Payment 付款方式', value: paymentText(c.paymentMethod, c.paymentDue) },
        { label: 'Deposit 定金', value: depositText(c.total, c.depositPct) },
        { label: 'Source 来源', value: sourceText(f) },
      ],
      notes,
      signatures: [
        signature(f, 'clerk', c.doc.signed_by ? { by: c.doc.signed_by, date: c.doc.signed_at ?? '' } : null, 'confirmed 确认'),
        signature(f, 'customer', null, 'acknowledged 回签'),
      ],
    })
  },
}
