import { RefusedError, ValidationError } from '../domain/errors.js'
import { msg } from '../domain/message.js'
import type { ServiceContext } from './context.js'
import { orderStep } from './record-step.js'

/** The manager sends an offer back to the clerk (status stays `offered`: re-check or re-price). */
export async function rejectQuote(ctx: ServiceContext, input: { number: string; reason: string; expectedRevision?: number }): Promise<void> {
  if (ctx.actor.role !== 'manager') {
    throw new RefusedError(msg('user.needsManager', { user: ctx.actor.name, role: ctx.actor.role, command: 'quote reject' }), 'forbidden')
  }
  const reason = input.reason.trim()
  if (!reason) throw new ValidationError('reason', input.reason, msg('common.empty', {}))
  await orderStep(
    ctx,
    input.number,
    'rejectQuote',
    async () => ({
      patch: { quote_rejected_reason: reason, quote_rejected_by: ctx.actor.name, quote_approved_by: null, quote_approved_date: null, quote_approved_revision: null, quote_approved_offer: null },
      event: { action: 'quote.reject', data: { reason } },
      result: undefined,
    }),
    { expectedRevision: input.expectedRevision },
  )
}
