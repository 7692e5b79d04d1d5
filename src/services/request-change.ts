import { MissingFlagsError, RefusedError, ValidationError } from '../domain/errors.js'
import { evaluateChange, type ChangePlan, type ChangeRequestSpec } from '../domain/change-plan.js'
import { DOCUMENT_KINDS, documentNumber } from '../domain/numbering.js'
import { appendEvent } from '../store/queries/events.js'
import { OPEN_CHANGE } from '../store/queries/changes.js'
import { nextOrderSeq } from '../store/queries/order-seq.js'
import { immediate } from '../store/transaction.js'
import { loadChangeState } from './change-state.js'
import { requirePermission, type ServiceContext } from './context.js'
import { orderForStep } from './order-guard.js'

export interface RequestChangeInput extends ChangeRequestSpec {
  number: string
  channel: string
  sourceRef?: string | null
  note?: string | null
}

export interface RequestChangeResult {
  change: string
  status: 'offered' | 'pending_mc'
  form: string | null
  plan: ChangePlan
}

/**
 * The customer asks for a change (SPEC §1 step 4). It is evaluated at once: stock absorbs it
 * (`offered`: tell the customer the new date) or a production plan change form goes to MC
 * (`pending_mc`). Nothing about the order changes until the customer accepts.
 */
export async function requestChange(ctx: ServiceContext, input: RequestChangeInput): Promise<RequestChangeResult> {
  requirePermission(ctx, 'inquiry.write', 'requesting a change')
  if ((input.channel === 'phone' || input.channel === 'fax') && !input.sourceRef?.trim()) {
    throw new MissingFlagsError([`--source-ref (the ${input.channel === 'fax' ? 'fax number' : 'call recording'} the change came in on)`])
  }
  return immediate(ctx.db, async (tx) => {
    const order = await orderForStep(tx, input.number, 'requestChange')
    const sent = await tx.selectFrom('shipments').select('number').where('order_id', '=', order.id).where('status', 'in', ['sent', 'delivered']).executeTakeFirst()
    if (sent) {
      throw new RefusedError(`order ${order.number} cannot be changed: goods have left (${sent.number}); open a complaint or a new order instead`, 'goods_sent')
    }
    const open = await tx
      .selectFrom('change_requests')
      .select(['number', 'status'])
      .where('order_id', '=', order.id)
      .where('status', 'in', [...OPEN_CHANGE])
      .executeTakeFirst()
    if (open) {
      throw new RefusedError(`order ${order.number} already has an open change ${open.number} (${open.status}); finish it first`, 'change_open')
    }
    for (const it of input.items) {
      const p = await tx.selectFrom('products').select('id').where('sku', '=', it.sku).executeTakeFirst()
      if (!p) throw new ValidationError('item', it.sku, 'no such product')
    }
    const state = await loadChangeState(tx, order, ctx.today, input.items.map((i) => i.sku))
    const plan = evaluateChange(state, input)
    const seq = await nextOrderSeq(tx, order.id, 'change')
    const change = documentNumber(order.number, DOCUMENT_KINDS.change_request, seq)
    const formSeq = plan.needsMc ? await nextOrderSeq(tx, order.id, 'changeForm') : 0
    const form = plan.needsMc ? documentNumber(order.number, DOCUMENT_KINDS.change_form, formSeq) : null
    const status = plan.needsMc ? 'pending_mc' : 'offered'
    const at = ctx.now()
    await tx
      .insertInto('change_requests')
      .values({
        number: change,
        order_id: order.id,
        status,
        items: JSON.stringify(input.items),
        requested_date: input.date,
        cancel: input.cancel ? 1 : 0,
        channel: input.channel,
        source_ref: input.sourceRef ?? null,
        note: input.note ?? null,
        plan: JSON.stringify(plan),
        evaluated_revision: order.revision,
        form_number: form,
        promised_from: order.promised_date,
        promised_to: plan.promisedDate,
        mc_decision: null,
        mc_date: null,
        mc_reason: null,
        mc_by: null,
        customer_decision: null,
        customer_by: null,
        revision_before: order.revision,
        revision_after: null,
        created_by: ctx.actor.name,
        created_date: ctx.today,
        created_at: at,
        updated_at: at,
      })
      .execute()
    await appendEvent(tx, {
      at,
      businessDate: ctx.today,
      actor: ctx.actor.name,
      action: 'change.request',
      entity: 'change',
      ref: change,
      orderId: order.id,
      data: { change, status, form, cancel: input.cancel, date: input.date, items: input.items, reasons: plan.reasons, sourceRef: input.sourceRef ?? null },
    })
    return { change, status, form, plan }
  })
}
