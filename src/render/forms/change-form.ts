import type { LoadedChangeForm } from '../../read/forms/change-form.js'
import { baseModel, closedBanner, type FormLayout } from './form-model.js'
import { figures, ITEM_COLUMNS } from './line-table.js'
import { signature } from './people.js'
import { dash, deliveryText, sourceText } from './terms.js'

/** Each line's quantity before and after the change. */
const COLUMNS = [...ITEM_COLUMNS, figures('Qty from', '原数量'), figures('Qty to', '新数量'), figures('Change', '增减')]

const MC_DECISION: Record<string, string> = { agree: 'agreed 同意', agreed: 'agreed 同意', refuse: 'refused 不同意', refused: 'refused 不同意' }
const CUSTOMER_DECISION: Record<string, string> = { accept: 'accepted 接受', accepted: 'accepted 接受', reject: 'rejected 拒绝', rejected: 'rejected 拒绝' }

/**
 * 生产计划变更单: a customer change that production must absorb, taken to material control,
 * who agree (with a new date) or refuse; then the customer accepts or not.
 */
export const changeFormLayout: FormLayout<LoadedChangeForm> = {
  title: { en: 'Production Plan Change Form', zh: '生产计划变更单' },
  build(f) {
    const c = f.change
    const o = f.agg.order
    const customer = c.customerDecision ? (CUSTOMER_DECISION[c.customerDecision] ?? c.customerDecision) : null
    const mcNote = mcText(f)
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
      rows: rows(f),
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
  },
}

/** The lines from the change, with names and units from the order. */
function rows(f: LoadedChangeForm): string[][] {
  const names = new Map(f.agg.lines.map((l) => [l.sku, l]))
  return f.change.lines.map((l, i) => {
    const line = names.get(l.sku)
    const diff = l.qtyFrom === null ? '' : l.qtyTo - l.qtyFrom > 0 ? `+${l.qtyTo - l.qtyFrom}` : String(l.qtyTo - l.qtyFrom)
    return [String(i + 1), l.sku, line?.name ?? '', line?.unit ?? '', l.qtyFrom === null ? '—' : String(l.qtyFrom), String(l.qtyTo), diff]
  })
}

/** MC's decision: agreed (with the new date) or refused (with the reason), or still to decide. */
function mcText(f: LoadedChangeForm): string {
  const c = f.change
  const decision = c.mcDecision ? (MC_DECISION[c.mcDecision] ?? c.mcDecision) : null
  if (!decision) return 'to decide 待确认'
  return `${decision}${c.mcDecision?.startsWith('agree') && c.mcDate ? `, new date 新交期 ${c.mcDate}` : ''}${c.mcReason ? `: ${c.mcReason}` : ''}`
}
