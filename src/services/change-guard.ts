import type { Updateable } from 'kysely'
import { NotFoundError, RefusedError } from '../domain/errors.js'
import { msg } from '../domain/message.js'
import { findChange, updateChangeIfStatus, type ChangeView } from '../store/queries/changes.js'
import type { ChangeRequestsTable } from '../store/schema.js'
import { immediate, type Tx } from '../store/transaction.js'
import type { ServiceContext } from './context.js'
import { recordIssuingEvent, type IssuedDocument } from './issue-documents.js'

/** The steps on a change, with the statuses each needs. */
const NEEDS = { confirm: ['offered', 'mc_agreed'], decide: ['pending_mc'], approve: ['offered', 'pending_mc', 'mc_agreed'] } as const

/** What the body of a change step hands back: the change's patch, its event, and the result. */
export interface ChangeStepOutcome<T> {
  /** Columns of the change to set (its `updated_at` is set too). */
  patch: Updateable<ChangeRequestsTable>
  /** The event, less what the step fills itself: entity `change`, its number, its order. */
  event: { action: string; data: Record<string, unknown>; from?: string | null; to?: string | null }
  result: T
  // issue 19: issued documents
  /** The documents the step issues (a new contract revision, production orders): see orderStep. */
  issues?: readonly IssuedDocument[]
}

/**
 * One step on one change (MC's decision, the customer's answer): take the write lock, load the
 * change (by its number or its form's) and refuse unless `step` may run on it, let the body do
 * what is its own, update the change — only if it is still as it was read — and record the event.
 */
export async function changeStep<T>(
  ctx: ServiceContext,
  number: string,
  step: keyof typeof NEEDS,
  body: (tx: Tx, c: ChangeView, at: string) => Promise<ChangeStepOutcome<T>>,
): Promise<T> {
  return immediate(ctx.db, async (tx) => {
    const c = await changeInStatus(tx, number, step)
    const at = ctx.now()
    const out = await body(tx, c, at)
    if (!(await updateChangeIfStatus(tx, c, { ...out.patch, updated_at: at }))) throw new RefusedError(msg('change.changedMeanwhile', { change: c.number }), 'stale')
    await recordIssuingEvent(tx, ctx, at, { entity: 'change', ref: c.number, orderId: c.order_id, ...out.event }, out.issues)
    return out.result
  })
}

/** Loads a change (by its number or its form's number) and refuses unless `step` may run on it. */
async function changeInStatus(tx: Tx, number: string, step: keyof typeof NEEDS): Promise<ChangeView> {
  const c = await findChange(tx, number)
  if (!c) throw new NotFoundError('change', number, msg('change.seeList', {}))
  const needs: readonly string[] = NEEDS[step]
  if (!needs.includes(c.status)) {
    // issue 19: changereject — a change whose new offer a manager rejected says so
    if (c.rejected_by) {
      throw new RefusedError(msg('change.rejectedEnded', { change: c.number, by: c.rejected_by, date: c.rejected_date ?? '', reason: c.rejected_reason ?? '' }), 'wrong_state', {
        change: c.number,
        status: c.status,
        rejectedBy: c.rejected_by,
      })
    }
    throw new RefusedError(msg('change.wrongState', { step, change: c.number, status: c.status, needs: [...needs] }), 'wrong_state', { change: c.number, status: c.status })
  }
  return c
}
