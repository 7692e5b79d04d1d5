import { insertProductionOrder } from '../store/queries/production.js'
import type { Tx } from '../store/transaction.js'
import type { ServiceContext } from './context.js'

/** MC's open work per user (`mcWorkload`), counted on as production is dispatched in one transaction. */
export type McLoad = { name: string; openCount: number; openQty: number }[]

/** A production order for one line's shortfall. */
export interface Shortfall {
  number: string
  orderId: number
  lineId: number
  productId: number
  qty: number
  /** The order's rush flag: rush work jumps MC's queue. */
  priority: number
  dueDate: string
}

/**
 * Dispatches a production order for a line's shortfall to `assignee`, signed by the acting
 * manager today, and counts it into `load`, so that the next one goes to whoever has least
 * (a sales order's confirmation, a change carried out).
 */
export async function dispatchShortfall(tx: Tx, ctx: ServiceContext, at: string, load: McLoad, assignee: string, s: Shortfall): Promise<void> {
  const w = load.find((x) => x.name === assignee)
  if (w) {
    w.openCount++
    w.openQty += s.qty
  }
  await insertProductionOrder(tx, {
    number: s.number,
    order_id: s.orderId,
    line_id: s.lineId,
    product_id: s.productId,
    qty: s.qty,
    assignee,
    priority: s.priority,
    due_date: s.dueDate,
    signed_by: ctx.actor.name,
    dispatched_date: ctx.today,
    created_at: at,
    updated_at: at,
  })
}
