import { RefusedError } from '../domain/errors.js'
import { msg, sayForScripts } from '../domain/message.js'
import type { ApprovalReason } from '../domain/quote-approval.js'
import { checkQuote } from '../store/queries/quote-check.js'
import type { ServiceContext } from './context.js'
import { requireOrderSignoff } from './manager-signoff.js'
import { orderStep } from './record-step.js'

/**
 * The sales manager approves an offer that is above the approval threshold or discount. The
 * audit event keeps the reasons in English words, as scripts read it; the result gives them
 * as values, for the cli to word.
 */
export async function approveQuote(ctx: ServiceContext, input: { number: string; pin: string | null; expectedRevision?: number }): Promise<{ reasons: ApprovalReason[] }> {
  await requireOrderSignoff(ctx, input.pin, 'quote approve', input.number)
  return orderStep(
    ctx,
    input.number,
    'approveQuote',
    async (tx, order) => {
      const q = await checkQuote(tx, order)
      if (q.status === 'not_required') throw new RefusedError(msg('order.approvalNotRequired', { order: order.number }), 'not_required')
      if (q.status === 'approved') throw new RefusedError(msg('order.alreadyApproved', { order: order.number }), 'already_approved')
      const revision = order.revision + 1 // the revision this step makes: the approval holds for it only
      return {
        patch: { quote_approved_by: ctx.actor.name, quote_approved_date: ctx.today, quote_approved_revision: revision, quote_rejected_reason: null, quote_rejected_by: null },
        event: { action: 'quote.approve', data: { reasons: q.reasons.map((r) => sayForScripts(msg('order.approvalReason', r))), revision } },
        result: { reasons: q.reasons },
        // the approved quotation is the one sent to the customer
        issues: [{ form: 'quotation', ref: order.number }],
      }
    },
    { expectedRevision: input.expectedRevision },
  )
}
