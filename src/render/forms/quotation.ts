import type { ApprovalReason } from '../../domain/quote-approval.js'
import { tr } from '../../messages/index.js'
import type { LoadedQuotation } from '../../read/forms/quotation.js'
import { banner, baseModel, closedBanner, dateOr, field, orderMeta, type FormLayout } from './form-model.js'
import { linesTotal, priceRows } from './line-table.js'
import { person, signature, signNote } from './people.js'
import { deliveryText, paymentText, sourceText } from './terms.js'

/** 报价单: prices, the offered delivery date, payment terms if known, validity and the manager's approval. */
export const quotationLayout: FormLayout<LoadedQuotation> = {
  build(f) {
    const o = f.agg.order
    const q = f.quote
    const approval = q.approval
    return baseModel(f, {
      banner: quoteBanner(f),
      meta: [field('quoteDate', q.offered.date), ...orderMeta(f, o.revision), field('validUntil', q.validUntil), field('deliveryPeriod', dateOr(o.promised_date))],
      rows: priceRows(f.lines),
      totals: [field('total', linesTotal(f.lines))],
      terms: [
        field('deliveryPeriod', deliveryText(o.promised_date, o.requested_date)),
        ...byLine(f),
        field('payment', paymentText(o.payment_method, o.payment_due)),
        ...(o.deposit_pct !== null && o.payment_method ? [field('deposit', tr('form.depositPercent', { pct: o.deposit_pct }))] : []),
        field('validity', tr('form.validity', { days: q.validityDays, checked: q.checked.date })),
        field('approval', approvalText(f)),
        field('source', sourceText(f)),
        ...(q.accepted ? [field('accepted', tr('form.acceptedBy', { contract: q.accepted.number, signed: q.accepted.signed_at ?? '' }))] : []),
      ],
      notes: q.seq > 1 ? [tr('form.noteRevisedOffer', { seq: q.seq })] : [],
      signatures: [
        signature(f, 'clerk', q.offered, signNote('offered')),
        signature(
          f,
          'manager',
          approval.status === 'approved' ? q.approved : null,
          approval.status === 'not_required' ? signNote('approvalNotRequired') : approval.status === 'approved' ? signNote('approved') : null,
        ),
        signature(f, 'customer', null, q.accepted ? tr('form.acceptedOn', { date: q.accepted.signed_at ?? '' }) : null),
      ],
    })
  },
}

/** Why the offer needs the manager's approval, in the language in use. */
/** The approval reasons in words, one each. */
const words = (reasons: readonly ApprovalReason[]) => reasons.map((r) => tr('order.approvalReason', r))

function approvalText(f: LoadedQuotation): string {
  const q = f.quote
  const approval = q.approval
  if (approval.status === 'approved' && q.approved) {
    // what the manager approved: the reasons and total they saw, not the offer as it is now
    const offer = q.approved.offer
    const approved = tr('form.approvedBy', { who: person(f, q.approved.by), date: q.approved.date, reasons: words(offer?.reasons ?? approval.reasons) })
    const total = f.lines.reduce((a, l) => a + l.amount, 0)
    return offer && offer.total !== total ? tr('form.approvedTotal', { approved, total: offer.total, now: total }) : approved
  }
  if (approval.status === 'pending') return tr('form.approvalPending', { reasons: words(approval.reasons) })
  if (approval.status === 'rejected' && q.rejected) {
    return tr('form.approvalRejectedBy', { who: person(f, q.rejected.by), date: q.rejected.date, reason: q.rejected.reason ?? '' })
  }
  return tr('form.approvalNotRequired')
}

/** Closed, a draft awaiting approval, rejected, or expired (unless the customer accepted in time). */
function quoteBanner(f: LoadedQuotation): string | null {
  const q = f.quote
  const closed = closedBanner(f)
  if (closed) return closed
  if (q.approval.status === 'pending') return banner('quoteDraft')
  if (q.approval.status === 'rejected') return banner('quoteRejected')
  if (!q.accepted && f.today > q.validUntil) return tr('form.bannerQuoteExpired', { validUntil: q.validUntil })
  return null
}

/** Each line's source and date, when the lines have different dates. */
function byLine(f: LoadedQuotation): { label: string; value: string }[] {
  const dates = [...new Set(f.lines.map((l) => l.date).filter(Boolean))]
  if (dates.length <= 1) return []
  const perLine = f.lines.map((l) => tr('form.lineDate', { no: l.no, sku: l.sku, produced: l.source === 'production', date: l.date || null }))
  return perLine.length ? [field('byLine', perLine.join('\n'))] : []
}
