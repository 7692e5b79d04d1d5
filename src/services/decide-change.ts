import { ValidationError } from '../domain/errors.js'
import type { IsoDate } from '../domain/dates.js'
import { appendEvent } from '../store/queries/events.js'
import { immediate } from '../store/transaction.js'
import { changeGuardUpdate } from './change-update.js'
import { changeInStatus } from './change-guard.js'
import { requirePermission, type ServiceContext } from './context.js'

/**
 * MC answers a production plan change form: agree with a new delivery date (4.2.1, the
 * customer decides next) or refuse with a reason (4.2.2: the change ends, the order is as before).
 */
export async function decideChange(
  ctx: ServiceContext,
  input: { change: string; decision: 'agree' | 'refuse'; date?: IsoDate | null; reason?: string | null },
): Promise<{ change: string; status: 'mc_agreed' | 'terminated' }> {
  requirePermission(ctx, 'production.work', 'deciding a plan change')
  if (input.decision === 'agree' && !input.date) throw new ValidationError('date', '', 'MC agrees with a new delivery date (--date)')
  if (input.decision === 'agree' && input.date! < ctx.today) throw new ValidationError('date', input.date, `must not be before today (${ctx.today})`)
  if (input.decision === 'refuse' && !input.reason?.trim()) throw new ValidationError('reason', input.reason ?? '', 'say why MC refuses')
  return immediate(ctx.db, async (tx) => {
    const c = await changeInStatus(tx, input.change, ['pending_mc'], 'decide')
    const status = input.decision === 'agree' ? 'mc_agreed' : 'terminated'
    const at = ctx.now()
    await changeGuardUpdate(tx, c, {
      status,
      mc_decision: input.decision,
      mc_date: input.date ?? null,
      mc_reason: input.reason ?? null,
      mc_by: ctx.actor.name,
      promised_to: input.decision === 'agree' ? input.date! : c.promised_to,
      updated_at: at,
    })
    await appendEvent(tx, {
      at,
      businessDate: ctx.today,
      actor: ctx.actor.name,
      action: 'change.decide',
      entity: 'change',
      ref: c.number,
      orderId: c.order_id,
      data: { change: c.number, form: c.form_number, decision: input.decision, date: input.date ?? null, reason: input.reason ?? null },
    })
    return { change: c.number, status }
  })
}
