import { formatMoney } from '../domain/money.js'
import type { ChangePlan } from '../domain/change-plan.js'
import type { Msg } from '../domain/message.js'
import { change as english } from '../messages/en/change.js'
import type { ChangeView } from '../read/changes.js'
import { changeApprovalStatus, type ApprovalReason, type ApprovedOffer } from '../domain/quote-approval.js'
import { order as englishOrder } from '../messages/en/order.js'

/** A plan as a change request stores it: an older desk's reasons are words already. */
type StoredPlan = Omit<ChangePlan, 'reasons'> & { reasons: (Msg<'change.reason'> | string)[] }

/**
 * Why MC must be asked, as `--json` has always given it: the English words in every language
 * (scripts read them, as they read codes).
 */
const reasonText = (r: Msg<'change.reason'> | string): string => (typeof r === 'string' ? r : english['change.reason'](r.params))

/** A change request as JSON: what was asked, what it means, who decided what. */
export function changeJson(c: ChangeView) {
  const plan = JSON.parse(c.plan) as StoredPlan
  return {
    number: c.number,
    order: c.order_number,
    customer: c.customer_code,
    status: c.status,
    form: c.form_number,
    cancel: c.cancel === 1,
    channel: c.channel,
    sourceRef: c.source_ref,
    note: c.note,
    requestedDate: { from: plan.dateFrom, to: c.requested_date },
    promisedDate: { from: c.promised_from, to: c.promised_to },
    needsMc: plan.needsMc,
    reasons: plan.reasons.map(reasonText),
    lines: plan.lines.map((l) => ({
      sku: l.sku,
      from: l.from,
      to: l.to,
      unitPrice: formatMoney(l.unitPrice),
      reserve: l.reserve,
      release: l.release,
      produce: l.produce,
      // issue 19: the line's number on the order (null for a new line, and in plans made before)
      lineNo: l.lineNo ?? null,
    })),
    total: { from: formatMoney(plan.totalFrom), to: formatMoney(plan.totalTo) },
    mc: c.mc_decision ? { decision: c.mc_decision, date: c.mc_date, reason: c.mc_reason, by: c.mc_by } : null,
    customerDecision: c.customer_decision ? { decision: c.customer_decision, by: c.customer_by } : null,
    revision: { evaluated: c.evaluated_revision, before: c.revision_before, after: c.revision_after },
    createdBy: c.created_by,
    createdDate: c.created_date,
    approval: changeApproval(c),
  }
}

// issue 19: approvals bind to what was approved

/** The change's new offer and the quotation approval (reasons in English words, as `--json` gives them). */
function changeApproval(c: ChangeView) {
  const a = changeApprovalOf(c)
  return {
    status: a.status,
    reasons: a.reasons.map((r) => englishOrder['order.approvalReason'](r)),
    approvedBy: c.approved_by,
    approvedAt: c.approved_date,
    total: a.offer ? formatMoney(a.offer.total) : null,
    // issue 19: changereject
    rejectedBy: c.rejected_by,
    rejectedDate: c.rejected_date,
    rejectedReason: c.rejected_reason,
  }
}

/** Why the change's new offer needs approval (as evaluated when it was requested, or when approved), and where that stands. */
export function changeApprovalOf(c: ChangeView) {
  const offer = c.approved_offer ? (JSON.parse(c.approved_offer) as ApprovedOffer) : null
  const reasons = offer?.reasons ?? (c.approval_reasons ? (JSON.parse(c.approval_reasons) as ApprovalReason[]) : [])
  const open = c.status === 'offered' || c.status === 'pending_mc' || c.status === 'mc_agreed'
  return { status: changeApprovalStatus({ reasons, approvedBy: c.approved_by, open, rejectedBy: c.rejected_by }), reasons, offer }
}
