import type { ApprovalReason } from '../../domain/quote-approval.js'
import { tr } from '../../messages/index.js'
import type { LoadedQuotation } from '../../read/forms/quotation.js'
import { baseModel, closedBanner, orderMeta, type FormLayout } from './form-model.js'
import { linesTotal, priceRows } from './line-table.js'
import { person, signature } from './people.js'
import { dash, deliveryText, paymentText, sourceText } from './terms.js'

/** 报价单: prices, the offered delivery date, payment terms if known, validity and the manager's approval. */
export const quotationLayout: FormLayout<LoadedQuotation> = {
  title: { en: 'Quotation', zh: '报价单' },
  build(f) {
    const o = f.agg.order
    const q = f.quote
    const approval = q.approval
    return baseModel(f, {
      banner: banner(f),
      numberLabel: '报价单号',
      meta: [
        { label: 'Date 报价日期', value: q.offered.date },
        ...orderMeta(f, o.revision),
        { label: 'Valid until 有效期至', value: q.validUntil },
        { label: 'Delivery 交货期', value: dash(o.promised_date) },
      ],
      rows: priceRows(f.lines),
      totals: [{ label: 'Total 合计', value: linesTotal(f.lines) }],
      terms: [
        { label: 'Delivery 交货期', value: deliveryText(o.promised_date, o.requested_date) },
        ...byLine(f),
        { label: 'Payment 付款方式', value: paymentText(o.payment_method, o.payment_due) },
        ...(o.deposit_pct !== null && o.payment_method ? [{ label: 'Deposit 定金', value: `${o.deposit_pct} %` }] : []),
        { label: 'Validity 有效期', value: `${q.validityDays} days from the stock check of ${q.checked.date} 自库存核对起${q.validityDays}天` },
        { label: 'Approval 审批', value: approvalText(f) },
        { label: 'Source 来源', value: sourceText(f) },
        ...(q.accepted ? [{ label: 'Accepted 已接受', value: `contract 合同 ${q.accepted.number} signed ${q.accepted.signed_at ?? ''}` }] : []),
      ],
      notes: q.seq > 1 ? [`Revised offer no. ${q.seq}; it replaces the earlier ones. 第${q.seq}次报价，替代之前的报价。`] : [],
      signatures: [
        signature(f, 'clerk', q.offered, 'offered 报价'),
        signature(f, 'manager', approval.status === 'approved' ? q.approved : null, approval.status === 'not_required' ? 'approval not required' : approval.status === 'approved' ? 'approved 批准' : null),
        signature(f, 'customer', null, q.accepted ? `accepted ${q.accepted.signed_at ?? ''}` : null),
      ],
    })
  },
}

/** Why the offer needs the manager's approval, in the language in use. */
const why = (reasons: readonly ApprovalReason[]) => reasons.map((r) => tr('order.approvalReason', r)).join('; ')

function approvalText(f: LoadedQuotation): string {
  const q = f.quote
  const approval = q.approval
  if (approval.status === 'approved' && q.approved) {
    return `approved by ${person(f, q.approved.by)} ${q.approved.date}${approval.reasons.length ? ` (${why(approval.reasons)})` : ''}`
  }
  if (approval.status === 'pending') return `awaiting the manager's approval 待审批 (${why(approval.reasons)})`
  if (approval.status === 'rejected' && q.rejected) return `rejected by ${person(f, q.rejected.by)} ${q.rejected.date}: ${q.rejected.reason ?? ''}`
  return 'not required 无需审批'
}

/** Closed, a draft awaiting approval, rejected, or expired (unless the customer accepted in time). */
function banner(f: LoadedQuotation): string | null {
  const q = f.quote
  const closed = closedBanner(f)
  if (closed) return closed
  if (q.approval.status === 'pending') return "DRAFT 草稿 — awaiting the sales manager's approval; not to be sent"
  if (q.approval.status === 'rejected') return 'REJECTED 已驳回 — not to be sent'
  if (!q.accepted && f.today > q.validUntil) return `EXPIRED 已过期 — valid until ${q.validUntil}`
  return null
}

/** Each line's source and date, when the lines have different dates. */
function byLine(f: LoadedQuotation): { label: string; value: string }[] {
  const dates = [...new Set(f.lines.map((l) => l.date).filter(Boolean))]
  if (dates.length <= 1) return []
  const perLine = f.lines.map((l) => `${l.no}. ${l.sku}: ${l.source === 'production' ? 'to be produced 生产' : 'from stock 现货'}, by ${dash(l.date)}`)
  return perLine.length ? [{ label: 'By line 分行交期', value: perLine.join('\n') }] : []
}
