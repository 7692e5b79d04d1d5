import type { LoadedForm } from '../../services/load-form.js'
import { baseModel, closedBanner, dash, deliveryText, signature, sourceText, type FormColumn, type FormModel } from './form-model.js'

const COLUMNS: FormColumn[] = [
  { en: '#', zh: '序', align: 'right' },
  { en: 'SKU', zh: '货号', align: 'left', wrap: true },
  { en: 'Product', zh: '品名', align: 'left', flex: true },
  { en: 'Unit', zh: '单位', align: 'left', wrap: true },
  { en: 'Qty from', zh: '原数量', align: 'right' },
  { en: 'Qty to', zh: '新数量', align: 'right' },
  { en: 'Change', zh: '增减', align: 'right' },
]

const MC_DECISION: Record<string, string> = { agree: 'agreed 同意', agreed: 'agreed 同意', refuse: 'refused 不同意', refused: 'refused 不同意' }
const CUSTOMER_DECISION: Record<string, string> = { accept: 'accepted 接受', accepted: 'accepted 接受', reject: 'rejected 拒绝', rejected: 'rejected 拒绝' }

/**
 * 生产计划变更单: a customer change that production must absorb, taken to material control,
 * who agree (with a new date) or refuse; then the customer accepts or not.
 */
export function changeForm(f: Extract<LoadedForm, { form: 'change-form' }>): FormModel {
  const c = f.change
  const o = f.agg.order
  const names = new Map(f.agg.lines.map((l) => [l.sku, l]))
  const rows = c.lines.map((l, i) => {
    const line = names.get(l.sku)
    const diff = l.qtyFrom === null ? '' : l.qtyTo - l.qtyFrom > 0 ? `+${l.qtyTo - l.qtyFrom}` : String(l.qtyTo - l.qtyFrom)
    return [String(i + 1), l.sku, line?.name ?? '', line?.unit ?? '', l.qtyFrom === null ? '—' : String(l.qtyFrom), String(l.qtyTo), diff]
  })
  const customer = c.customerDecision ? (CUSTOMER_DECISION[c.customerDecision] ?? c.customerDecision) : null
  const decision = c.mcDecision ? (MC_DECISION[c.mcDecision] ?? c.mcDecision) : null
  const mcNote = decision
    ? `${decision}${c.mcDecision?.startsWith('agree') && c.mcDate ? `, new date 新交期 ${c.mcDate}` : ''}${c.mcReason ? `: ${c.mcReason}` : ''}`
    : 'to decide 待确认'
  return baseModel(f, {
    banner: c.status === 'terminated' ? 'TERMINATED 已终止 — the change ended; the order stays as it was' : closedBanner(f),
    numberLabel: '变更单号',
    meta: [
      { label: 'Date 日期', value: dash(c.createdDate) },
      { label: 'Order 订单号', value: c.order },
      { label: 'Revision 版本', value: String(o.revision) },
      { label: 'Change 变更申请', value: c.change },
      { label: 'Status 状态', value: c.status },
    ],
    columns: COLUMNS,
    rows,
    terms: [
      ...(c.cancel ? [{ label: 'Cancel 取消', value: 'the customer cancels the order 客户取消订单' }] : []),
      { label: 'Delivery from 原交期', value: deliveryText(c.dateFrom, null) },
      { label: 'Delivery to 新交期', value: c.dateTo ? deliveryText(c.dateTo, c.requestedDate) : c.requestedDate ? `requested 要求 ${c.requestedDate}` : '—' },
      ...(c.reasons.length ? [{ label: 'Why MC 提交原因', value: c.reasons.join('\n') }] : []),
      { label: 'MC decision 物控意见', value: mcNote },
      ...(customer ? [{ label: 'Customer 客户意见', value: customer }] : []),
      { label: 'Source 来源', value: c.sourceRef ? `${c.sourceRef}` : sourceText(f) },
      ...(c.note ? [{ label: 'Note 备注', value: c.note }] : []),
    ],
    signatures: [
      signature(f, 'clerk', c.createdBy ? { by: c.createdBy, date: c.createdDate ?? '' } : null, 'requested 提出'),
      signature(f, 'mc', c.decidedBy ? { by: c.decidedBy, date: c.decidedDate ?? '' } : null, mcNote),
      signature(f, 'customer', null, customer),
    ],
  })
}
