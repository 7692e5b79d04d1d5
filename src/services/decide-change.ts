import { ValidationError } from '../domain/errors.js'
import type { IsoDate } from '../domain/dates.js'
import { msg } from '../domain/message.js'
import { changeStep } from './change-guard.js'
import { requirePermission, type ServiceContext } from './context.js'

/**
 * MC answers a production plan change form: agree with a new delivery date (4.2.1, the
 * customer decides next) or refuse with a reason (4.2.2: the change ends, the order is as before).
 */
export async function decideChange(
  ctx: ServiceContext,
  input: { change: string; decision: 'agree' | 'refuse'; date?: IsoDate | null; reason?: string | null },
): Promise<{ change: string; status: 'mc_agreed' | 'terminated' }> {
  requirePermission(ctx, 'production.work', 'change.decide')
  if (input.decision === 'agree' && !input.date) throw new ValidationError('date', '', msg('change.dateNeeded', {}))
  if (input.decision === 'agree' && input.date! < ctx.today) throw new ValidationError('date', input.date, msg('change.dateBeforeToday', { today: ctx.today }))
  if (input.decision === 'refuse' && !input.reason?.trim()) throw new ValidationError('reason', input.reason ?? '', msg('change.reasonNeeded', {}))
  const date = input.date ?? null
  const reason = input.reason ?? null
  return changeStep(ctx, input.change, 'decide', async (_tx, c) => {
    const status = input.decision === 'agree' ? 'mc_agreed' : 'terminated'
    return {
      patch: { status, mc_decision: input.decision, mc_date: date, mc_reason: reason, mc_by: ctx.actor.name, promised_to: input.decision === 'agree' ? date : c.promised_to },
      event: { action: 'change.decide', data: { change: c.number, form: c.form_number, decision: input.decision, date, reason } },
      result: { change: c.number, status },
    }
  })
}
