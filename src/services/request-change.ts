import type { Insertable } from 'kysely'
import { MissingFlagsError, RefusedError, ValidationError } from '../domain/errors.js'
import { evaluateChange, lineItems, offerOf, type ChangePlan, type ChangeRequestSpec } from '../domain/change-plan.js'
import { freeInChange, freeLines, type FreeGrant, type FreeLine } from '../domain/free-lines.js'
import type { Minor } from '../domain/money.js'
import { msg, sayForScripts } from '../domain/message.js'
import type { ApprovalReason } from '../domain/quote-approval.js'
import { DOCUMENT_KINDS, documentNumber } from '../domain/numbering.js'
import { insertChangeRequest, openChangeOf } from '../store/queries/changes.js'
import { nextOrderSeq } from '../store/queries/order-seq.js'
import { findProduct } from '../store/queries/products.js'
import { changeQuoteReasons } from '../store/queries/quote-check.js'
import { firstSentShipment } from '../store/queries/shipments.js'
import type { ChangeRequestsTable, OrderRow } from '../store/schema.js'
import type { Tx } from '../store/transaction.js'
import { loadChangeState } from './change-state.js'
import { requirePermission, type ServiceContext } from './context.js'
import { orderStep } from './record-step.js'

export interface RequestChangeInput extends ChangeRequestSpec {
  number: string
  /** `--line n=qty[@price]`: lines of the order by their number (issue 19). */
  lines?: { line: number; qty: number; price: Minor | null }[]
  /** `--free --reason`: a line the change puts at a zero price is a sample (else refused). */
  free?: FreeGrant | null
  channel: string
  sourceRef?: string | null
  note?: string | null
}

export interface RequestChangeResult {
  change: string
  status: 'offered' | 'pending_mc'
  form: string | null
  plan: ChangePlan
  /** The lines the change puts at no charge (with `free`). */
  free: FreeLine[]
  /** Why the new offer needs a manager's quotation approval before the change can be confirmed (empty: it needs none). */
  approvalReasons: ApprovalReason[]
}

/**
 * The customer asks for a change (SPEC §1 step 4). It is evaluated at once: stock absorbs it
 * (`offered`: tell the customer the new date) or a production plan change form goes to MC
 * (`pending_mc`). Nothing about the order changes until the customer accepts.
 */
export async function requestChange(ctx: ServiceContext, input: RequestChangeInput): Promise<RequestChangeResult> {
  requirePermission(ctx, 'inquiry.write', 'change.request')
  if ((input.channel === 'phone' || input.channel === 'fax') && !input.sourceRef?.trim()) {
    throw new MissingFlagsError([msg('change.sourceRefFlag', { channel: input.channel })])
  }
  return orderStep(ctx, input.number, 'requestChange', async (tx, order, at) => {
    await mayChange(tx, order, input)
    const state = await loadChangeState(tx, order, ctx.today, input.items.map((i) => i.sku))
    const spec = { ...input, items: [...input.items, ...lineItems(state, input.lines ?? [])] }
    const plan = evaluateChange(state, spec)
    const free = freeLines(freeInChange(state, plan), input.free ?? null)
    const offer = offerOf(state, plan)
    const approvalReasons = await changeQuoteReasons(tx, order, { totalFrom: plan.totalFrom, totalTo: offer.total, priced: offer.priced })
    const change = documentNumber(order.number, DOCUMENT_KINDS.change_request, await nextOrderSeq(tx, order.id, 'change'))
    const form = plan.needsMc ? documentNumber(order.number, DOCUMENT_KINDS.change_form, await nextOrderSeq(tx, order.id, 'changeForm')) : null
    const status = plan.needsMc ? 'pending_mc' : 'offered'
    await insertChangeRequest(tx, { ...changeRow(ctx, order, spec, { change, status, form, plan, free, approvalReasons }, at), approval_reasons: JSON.stringify(approvalReasons) })
    return {
      event: {
        action: 'change.request',
        entity: 'change',
        ref: change,
        data: {
          change,
          status,
          form,
          cancel: input.cancel,
          date: input.date,
          items: spec.items,
          reasons: plan.reasons,
          sourceRef: input.sourceRef ?? null,
          ...(free.length ? { free: { lines: free, reason: input.free!.reason } } : {}),
          ...(approvalReasons.length ? { approvalReasons: approvalReasons.map((r) => sayForScripts(msg('order.approvalReason', r))) } : {}),
        },
      },
      result: { change, status, form, plan, free, approvalReasons },
      // the production plan change form goes to MC
      ...(form ? { issues: [{ form: 'change-form' as const, ref: form }] } : {}),
    }
  })
}

/** The change request as evaluated now: the plan, and the order's revision and date it was evaluated against. */
function changeRow(
  ctx: ServiceContext,
  order: OrderRow,
  input: RequestChangeInput,
  { change, status, form, plan }: RequestChangeResult,
  at: string,
): Insertable<ChangeRequestsTable> {
  return {
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
  }
}

/** Refuses a change once goods have left, while another change is open, or for a product there is not. */
async function mayChange(tx: Tx, order: OrderRow, input: RequestChangeInput): Promise<void> {
  const sent = await firstSentShipment(tx, order.id)
  if (sent) throw new RefusedError(msg('change.goodsSent', { order: order.number, shipment: sent.number }), 'goods_sent')
  const open = await openChangeOf(tx, order.id)
  if (open) throw new RefusedError(msg('change.alreadyOpen', { order: order.number, change: open.number, status: open.status }), 'change_open')
  for (const it of input.items) {
    if (!(await findProduct(tx, it.sku))) throw new ValidationError('item', it.sku, msg('change.noSuchProduct', {}))
  }
}
