import type { StepName } from '../domain/order-status.js'
import type { OrderRow, OrderUpdate, User } from '../store/schema.js'
import { appendEvent, type NewEvent } from '../store/queries/events.js'
import { immediate, type Tx } from '../store/transaction.js'
import type { ServiceContext } from './context.js'
import { recordIssuingEvent, type IssuedDocument } from './issue-documents.js'
import { orderForStep, updateOrder } from './order-guard.js'

/** What a step says of itself in the audit trail; who, when and on which business date come from the context. */
export type StepEvent = Omit<NewEvent, 'at' | 'businessDate' | 'actor'>

/** Who acts and on which business date: a use case's context, or less where there is no desk user yet (the first user, the demo data). */
export type EventContext = Pick<ServiceContext, 'today'> & { actor: Pick<User, 'name'> }

/**
 * Appends the audit event of a step the acting user does now, inside the caller's transaction:
 * the one place the event's envelope is filled. The rows the transaction wrote are sealed into
 * the transaction's last event when it commits (store/audit-seal.ts, through `immediate`), so
 * a step that records its event here is covered by `audit verify`'s state check.
 */
export async function recordEvent(tx: Tx, ctx: EventContext, at: string, e: StepEvent): Promise<void> {
  await appendEvent(tx, { at, businessDate: ctx.today, actor: ctx.actor.name, ...e })
}

/** What the body of an order step hands back: the order's patch, its event, and the result. */
export interface OrderStepOutcome<T> {
  /** Columns of the order to change (its revision is bumped); none: the order row stays as it is. */
  patch?: OrderUpdate
  /**
   * The event, less what the step fills itself: the order's id, from/to status, and — unless
   * the step is about a thing of the order's (a shipment, a change, a complaint) — entity
   * `order` and the order's number as its ref.
   */
  event: { action: string; data?: Record<string, unknown> | null; from?: string | null; to?: string | null; entity?: string; ref?: string }
  result: T
  // issue 19: issued documents
  /** The documents the step issues: stored as their forms show them once the step is written, their hashes in its event. */
  issues?: readonly IssuedDocument[]
}

/**
 * One step on one order, in the shape every such use case has: take the write lock, load the
 * order and refuse unless `step` may run on it (and, when given, unless it is still the
 * revision the user saw), let the body write what is its own, patch the order, record the event.
 *
 * @example
 * return orderStep(ctx, number, 'recordPayment', async (tx, order, at) => {
 *   await insertPayment(tx, { ... })
 *   return { patch: { paid }, event: { action: 'payment.record', data: { amount } }, result: { paid } }
 * })
 */
export async function orderStep<T>(
  ctx: ServiceContext,
  number: string,
  step: StepName,
  body: (tx: Tx, order: OrderRow, at: string) => Promise<OrderStepOutcome<T>>,
  opts: { expectedRevision?: number } = {},
): Promise<T> {
  return immediate(ctx.db, async (tx) => {
    const order = await orderForStep(tx, number, step, opts.expectedRevision)
    const at = ctx.now()
    const out = await body(tx, order, at)
    const to = out.patch?.status
    if (out.patch) await updateOrder(tx, order, out.patch, at)
    const event: StepEvent = {
      entity: 'order',
      ref: order.number,
      orderId: order.id,
      ...(to !== undefined && to !== order.status ? { from: order.status, to } : {}),
      ...out.event,
    }
    await recordIssuingEvent(tx, ctx, at, event, out.issues)
    return out.result
  })
}
