import { NotFoundError, RefusedError, ValidationError } from '../domain/errors.js'
import { msg } from '../domain/message.js'
import { findComplaint, resolveComplaintRow } from '../store/queries/after-sales.js'
import { immediate } from '../store/transaction.js'
import { requirePermission, type ServiceContext } from './context.js'
import { recordEvent } from './record-step.js'

/** Closes a complaint with its resolution. */
export async function resolveComplaint(ctx: ServiceContext, input: { id: number; resolution: string }): Promise<{ order: string }> {
  requirePermission(ctx, 'aftersales', 'complaint.resolve')
  const resolution = input.resolution.trim()
  if (!resolution) throw new ValidationError('resolution', input.resolution, msg('aftersales.empty', {}))
  return immediate(ctx.db, async (tx) => {
    const c = await findComplaint(tx, input.id)
    if (!c) throw new NotFoundError('complaint', String(input.id), msg('aftersales.seeComplaints', {}))
    if (c.status !== 'open') throw new RefusedError(msg('aftersales.alreadyResolved', { id: c.id, resolution: c.resolution }), 'wrong_state')
    const at = ctx.now()
    await resolveComplaintRow(tx, c.id, { resolution, resolvedBy: ctx.actor.name, resolvedDate: ctx.today })
    await recordEvent(tx, ctx, at, { action: 'complaint.resolve', entity: 'complaint', ref: String(c.id), orderId: c.order_id, data: { complaint: c.id, resolution } })
    return { order: c.order_number }
  })
}
