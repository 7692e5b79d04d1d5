import { chineseAmount } from '../../domain/chinese-amount.js'
import type { LoadedContract } from '../../read/forms/contract.js'
import { baseModel, closedBanner, orderMeta, type FormLayout } from './form-model.js'
import { priceRows } from './line-table.js'
import { customerParty, person, signature } from './people.js'
import { deliveryText, depositText, money, paymentText, sourceText } from './terms.js'

/** 销售合同: the signed sales contract, with the total in capital numerals (大写金额). */
export const contractLayout: FormLayout<LoadedContract> = {
  title: { en: 'Sales Contract', zh: '销售合同' },
  build(f) {
    const o = f.agg.order
    const c = f.contract
    const notes: string[] = []
    if (c.amended) notes.push(`Amended: this contract was signed at revision ${c.doc.revision}; it shows the order as changed since (revision ${c.revision}). 本合同已按变更修订。`)
    if (c.supersededBy) notes.push(`Superseded by contract ${c.supersededBy}. 本合同已被 ${c.supersededBy} 取代。`)
    notes.push('The goods are delivered by the date above against payment as agreed; quantities and prices as listed. 供方按上述交期交货，需方按约定付款。')
    return baseModel(f, {
      banner: c.supersededBy ? `SUPERSEDED 已取代 — see ${c.supersededBy}` : closedBanner(f),
      numberLabel: '合同编号',
      meta: [
        ...orderMeta(f, c.revision),
        { label: 'Signed 签订日期', value: c.doc.signed_at ?? '' },
        { label: 'Delivery 交货日期', value: c.promisedDate ?? '—' },
      ],
      parties: [customerParty(f, 'Buyer 需方')],
      rows: priceRows(c.lines),
      totals: [{ label: 'Total 合计', value: money(c.total) }],
      amountInWords: chineseAmount(c.total),
      terms: [
        { label: 'Payment 付款方式', value: paymentText(c.paymentMethod, c.paymentDue) },
        { label: 'Deposit 定金', value: depositText(c.total, c.depositPct) },
        { label: 'Delivery 交货日期', value: deliveryText(c.promisedDate, o.requested_date) },
        { label: 'Source 来源', value: sourceText(f) },
        ...(f.quoteApproved ? [{ label: 'Quotation 报价审批', value: `approved by ${person(f, f.quoteApproved.by)} ${f.quoteApproved.date}` }] : []),
      ],
      notes,
      signatures: [
        signature(f, 'clerk', c.doc.signed_by ? { by: c.doc.signed_by, date: c.doc.signed_at ?? '' } : null, 'for the seller 供方代表'),
        ...(f.quoteApproved ? [signature(f, 'manager', f.quoteApproved, 'quotation approved 报价审批')] : []),
        signature(f, 'customer', null, 'for the buyer 需方代表 (signature and seal 签字盖章)'),
      ],
    })
  },
}
