import { RefusedError } from '../domain/errors.js'
import { evaluateChange, planDifferences, type ChangePlan, type ChangeRequestSpec } from '../domain/change-plan.js'
import { lineAmount } from '../domain/money.js'
import { DOCUMENT_KINDS, documentNumber } from '../domain/numbering.js'
import { leastLoaded } from '../domain/production-status.js'
import { appendEvent } from '../store/queries/events.js'
import { findOrderRow, orderLines } from '../store/queries/orders.js'
import { mcWorkload } from '../store/queries/production.js'
import { releaseReserved, reserveStock } from '../store/queries/stock.js'
import type { OrderRow } from '../store/schema.js'
import { immediate, type Tx } from '../store/transaction.js'
import { changeGuardUpdate } from './change-update.js'
import { changeInStatus } from './change-guard.js'
import { loadChangeState } from './change-state.js'
import { requirePermission, type ServiceContext } from './context.js'
import { updateOrder } from './order-guard.js'

export interface ConfirmChangeResult {
  change: string
  status: 'applied' | 'terminated'
  orderStatus: string
  revision: number
}

/**
 * The customer's answer. Reject: the change ends and nothing changes. Accept: the change is
 * re-evaluated (a decision on stale data is refused, saying what changed) and propagates in
 * one transaction — lines and total, reservations, production orders, promised date,
 * revision, a new revision of the contract; a cancellation cancels the order.
 */
export async function confirmChange(
  ctx: ServiceContext,
  input: { change: string; decision: 'accept' | 'reject' },
): Promise<ConfirmChangeResult> {
  requirePermission(ctx, 'inquiry.write', 'confirming a change')
  return immediate(ctx.db, async (tx) => {
    const c = await changeInStatus(tx, input.change, ['offered', 'mc_agreed'], 'confirm')
    const order = (await findOrderRow(tx, c.order_number))!
    const at = ctx.now()
    if (input.decision === 'reject') {
      await changeGuardUpdate(tx, c, { status: 'terminated', customer_decision: 'reject', customer_by: ctx.actor.name, updated_at: at })
      await appendEvent(tx, {
        at,
        businessDate: ctx.today,
        actor: ctx.actor.name,
        action: 'change.confirm',
        entity: 'change',
        ref: c.number,
        orderId: order.id,
        data: { change: c.number, decision: 'reject' },
      })
      return { change: c.number, status: 'terminated', orderStatus: order.status, revision: order.revision }
    }

    const spec: ChangeRequestSpec = { items: JSON.parse(c.items), date: c.requested_date, cancel: c.cancel === 1 }
    const stored = JSON.parse(c.plan) as ChangePlan
    const sent = await tx.selectFrom('shipments').select('number').where('order_id', '=', order.id).where('status', 'in', ['sent', 'delivered']).executeTakeFirst()
    let plan: ChangePlan
    const diffs: string[] = []
    if (sent) diffs.push(`goods have left (${sent.number})`)
    else if (!['contracted', 'confirmed', 'in_production', 'ready', 'shipping'].includes(order.status)) diffs.push(`the order is now ${order.status}`)
    try {
      plan = evaluateChange(await loadChangeState(tx, order, ctx.today, spec.items.map((i) => i.sku)), spec)
      diffs.push(...planDifferences(stored, plan))
    } catch (e) {
      diffs.push((e as Error).message)
      plan = stored
    }
    if (diffs.length > 0) {
      const since = await tx
        .selectFrom('events')
        .select(['action', 'ref', 'actor'])
        .where('order_id', '=', order.id)
        .where('id', '>', (eb) =>
          eb.selectFrom('events').select((e) => e.fn.max('id').as('m')).where('ref', '=', c.number).where('action', '=', 'change.request'),
        )
        .where('entity', '!=', 'change')
        .orderBy('id')
        .execute()
      const what = since.map((e) => `${e.action} ${e.ref} by ${e.actor}`).join(', ')
      throw new RefusedError(
        `order ${order.number} changed since change ${c.number} was evaluated (revision ${c.evaluated_revision} → ${order.revision}${what ? `: ${what}` : ''}): ${diffs.join('; ')}; end it with \`orderdesk change confirm ${c.number} --customer reject\` and request it again`,
        'stale',
        { differences: diffs },
      )
    }

    const promised = c.status === 'mc_agreed' ? c.mc_date : plan.promisedDate
    const updated = await applyPlan(ctx, tx, order, plan, { promised, requestedDate: spec.date, at, change: c.number })
    await changeGuardUpdate(tx, c, {
      status: 'applied',
      customer_decision: 'accept',
      customer_by: ctx.actor.name,
      revision_after: updated.revision,
      promised_to: updated.promised_date,
      updated_at: at,
    })
    await appendEvent(tx, {
      at,
      businessDate: ctx.today,
      actor: ctx.actor.name,
      action: 'change.confirm',
      entity: 'change',
      ref: c.number,
      orderId: order.id,
      from: updated.status !== order.status ? order.status : null,
      to: updated.status !== order.status ? updated.status : null,
      data: {
        change: c.number,
        decision: 'accept',
        revision: { from: order.revision, to: updated.revision },
        total: { from: order.total, to: updated.total },
        promisedDate: { from: order.promised_date, to: updated.promised_date },
        lines: plan.lines.map((l) => ({ sku: l.sku, from: l.from, to: l.to, reserve: l.reserve, release: l.release, produce: l.produce })),
        cancel: plan.cancel,
      },
    })
    return { change: c.number, status: 'applied', orderStatus: updated.status, revision: updated.revision }
  })
}

/** Carries an accepted change through lines, stock, production, dates, contract and status. */
async function applyPlan(
  ctx: ServiceContext,
  tx: Tx,
  order: OrderRow,
  plan: ChangePlan,
  o: { promised: string | null; requestedDate: string | null; at: string; change: string },
): Promise<OrderRow> {
  const lines = await orderLines(tx, order.id)
  const dispatched = (await tx.selectFrom('documents').select('id').where('order_id', '=', order.id).where('kind', '=', 'sales_order').executeTakeFirst()) !== undefined
  let nextLineNo = Math.max(0, ...lines.map((l) => l.line_no)) + 1
  let moSeq = Number((await tx.selectFrom('production_orders').select((eb) => eb.fn.countAll<number>().as('n')).where('order_id', '=', order.id).executeTakeFirstOrThrow()).n)
  const load = dispatched ? await mcWorkload(tx) : []
  const promised = o.promised ?? order.promised_date

  for (const pl of plan.lines) {
    const product = await tx.selectFrom('products').select(['id', 'sku']).where('sku', '=', pl.sku).executeTakeFirstOrThrow()
    let lineId = pl.lineId
    const existing = lines.find((l) => l.id === lineId)
    const amount = lineAmount(pl.to, pl.unitPrice, existing?.discount_bp ?? 0)
    if (existing) {
      const stockQty = Math.max(0, existing.stock_qty + pl.reserve - pl.release)
      const shortfall = Math.max(0, existing.shortfall + pl.produce)
      await tx
        .updateTable('order_lines')
        .set({
          qty: pl.to,
          unit_price: pl.unitPrice,
          amount,
          stock_qty: stockQty,
          shortfall,
          source: pl.to === 0 ? existing.source : shortfall > 0 ? 'production' : 'stock',
          line_date: pl.produce > 0 ? promised : existing.line_date,
        })
        .where('id', '=', existing.id)
        .execute()
    } else {
      const r = await tx
        .insertInto('order_lines')
        .values({
          order_id: order.id,
          line_no: nextLineNo++,
          product_id: product.id,
          qty: pl.to,
          unit_price: pl.unitPrice,
          discount_bp: 0,
          amount,
          source: pl.produce > 0 ? 'production' : 'stock',
          stock_qty: pl.reserve,
          shortfall: pl.produce,
          line_date: pl.produce > 0 ? promised : ctx.today,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      lineId = r.id
    }
    if (pl.reserve > 0) await reserveStock(tx, { orderId: order.id, lineId: lineId!, productId: product.id, qty: pl.reserve, at: o.at })
    if (pl.release > 0) await releaseReserved(tx, { orderId: order.id, lineId: lineId!, productId: product.id, qty: pl.release, at: o.at })
    if (!dispatched || pl.produce === 0) continue
    const open = await tx
      .selectFrom('production_orders')
      .selectAll()
      .where('line_id', '=', lineId!)
      .where('status', 'not in', ['done', 'cancelled'])
      .orderBy('id', 'desc')
      .execute()
    if (pl.produce > 0) {
      const po = open[0]
      if (po) {
        await tx
          .updateTable('production_orders')
          // MC agreed to the new date for the larger quantity: that is its commitment now
          .set({ qty: po.qty + pl.produce, due_date: promised ?? po.due_date, committed_date: po.committed_date && o.promised ? o.promised : po.committed_date, updated_at: o.at })
          .where('id', '=', po.id)
          .execute()
      } else {
        const assignee = leastLoaded(load)
        if (!assignee) throw new RefusedError('there is no MC user to dispatch production to', 'no_mc')
        const w = load.find((x) => x.name === assignee)!
        w.openCount++
        w.openQty += pl.produce
        await tx
          .insertInto('production_orders')
          .values({
            number: documentNumber(order.number, DOCUMENT_KINDS.production_order, ++moSeq),
            order_id: order.id,
            line_id: lineId!,
            product_id: product.id,
            qty: pl.produce,
            status: 'dispatched',
            assignee,
            priority: order.rush,
            due_date: promised ?? ctx.today,
            committed_date: null,
            reject_reason: null,
            signed_by: ctx.actor.name,
            dispatched_date: ctx.today,
            rating: null,
            rating_comment: null,
            rated_by: null,
            created_at: o.at,
            updated_at: o.at,
          })
          .execute()
      }
    } else if (plan.cancel) {
      // cancelling: open production orders are cancelled; goods already made were released above
      for (const po of open) await tx.updateTable('production_orders').set({ status: 'cancelled', updated_at: o.at }).where('id', '=', po.id).execute()
    } else {
      let cut = -pl.produce
      for (const po of open) {
        if (cut <= 0) break
        const canCut = po.qty - po.done_qty
        const take = Math.min(canCut, cut)
        const qty = po.qty - take
        const status = qty === po.done_qty ? (po.done_qty > 0 ? 'done' : 'cancelled') : po.status
        await tx.updateTable('production_orders').set({ qty, status, updated_at: o.at }).where('id', '=', po.id).execute()
        cut -= take
      }
    }
  }

  // planned (unsent) outbound slips no longer match the order: cancel them; the clerk plans again
  await tx.updateTable('shipments').set({ status: 'cancelled', updated_at: o.at }).where('order_id', '=', order.id).where('status', '=', 'planned').execute()

  const total = (await orderLines(tx, order.id)).reduce((s, l) => s + l.amount, 0)
  let status = order.status
  if (plan.cancel) status = 'cancelled'
  else if (order.status !== 'contracted') {
    const pos = await tx.selectFrom('production_orders').select('status').where('order_id', '=', order.id).where('status', 'not in', ['done', 'cancelled']).execute()
    if (pos.length === 0) status = 'ready'
    else status = pos.some((p) => p.status === 'accepted' || p.status === 'in_progress') ? 'in_production' : 'confirmed'
  }
  const updated = await updateOrder(
    tx,
    order,
    {
      status,
      total,
      promised_date: plan.cancel ? order.promised_date : promised,
      requested_date: o.requestedDate ?? order.requested_date,
      at_risk: 0,
    },
    o.at,
  )
  // the contract follows the change: a new revision supersedes the old one
  const contracts = await tx.selectFrom('documents').select(['id', 'seq']).where('order_id', '=', order.id).where('kind', '=', 'contract').orderBy('seq', 'desc').execute()
  if (contracts[0]) {
    await tx.updateTable('documents').set({ status: 'superseded' }).where('order_id', '=', order.id).where('kind', '=', 'contract').where('status', '=', 'signed').execute()
    const newLines = await orderLines(tx, order.id)
    await tx
      .insertInto('documents')
      .values({
        order_id: order.id,
        kind: 'contract',
        number: documentNumber(order.number, DOCUMENT_KINDS.contract, contracts[0].seq + 1),
        seq: contracts[0].seq + 1,
        revision: updated.revision,
        status: plan.cancel ? 'cancelled' : 'signed',
        data: JSON.stringify({
          total,
          promisedDate: updated.promised_date,
          paymentMethod: order.payment_method,
          paymentDue: order.payment_due,
          depositPct: order.deposit_pct,
          change: o.change,
          lines: newLines.map((l) => ({ sku: l.sku, qty: l.qty, unitPrice: l.unit_price, amount: l.amount, source: l.source })),
        }),
        created_by: ctx.actor.name,
        created_at: o.at,
        signed_by: ctx.actor.name,
        signed_at: ctx.today,
      })
      .execute()
  }
  return updated
}
