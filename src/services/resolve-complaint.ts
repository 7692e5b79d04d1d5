import { NotFoundError, RefusedError, ValidationError } from '../domain/errors.js'
import { appendEvent } from '../store/queries/events.js'
import { immediate } from '../store/transaction.js'
import { requirePermission, type ServiceContext } from './context.js'

/** Closes a complaint with its resolution. */
export async function resolveComplaint(ctx: ServiceContext, input: { id: number; resolution: string }): Promise<{ order: string }> {
  requirePermission(ctx, 'aftersales', 'resolving a complaint')
  const resolution = input.resolution.trim()
  if (!resolution) throw new ValidationError('resolution', input.resolution, 'must not be empty')
  return immediate(ctx.db, async (tx) => {
    const c = await tx
      .selectFrom('complaints')
      .innerJoin('orders', 'orders.id', 'complaints.order_id')
      .selectAll('complaints')
      .select('orders.number as order_number')
      .where('complaints.id', '=', input.id)
      .executeTakeFirst()
    if (!c) throw new NotFoundError('complaint', String(input.id), 'see `orderdesk complaint list`')
    if (c.status !== 'open') throw new RefusedError(`complaint ${c.id} is already resolved (${c.resolution})`, 'wrong_state')
    const at = ctx.now()
    await tx
      .updateTable('complaints')
      .set({ status: 'resolved', resolution, resolved_by: ctx.actor.name, resolved_date: ctx.today })
      .where('id', '=', c.id)
      .execute()
    await appendEvent(tx, {
      at,
      businessDate: ctx.today,
      actor: ctx.actor.name,
      action: 'complaint.resolve',
      entity: 'complaint',
      ref: String(c.id),
      orderId: c.order_id,
      data: { complaint: c.id, resolution },
    })
    return { order: c.order_number }
  })
}
