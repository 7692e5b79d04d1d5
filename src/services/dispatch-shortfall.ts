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
  /** Signed by the acting manager (a sales order's confirmation, with PIN); else it waits for `production sign`. */
  signed: boolean
}

/**
 * Makes a production order for a line's shortfall for `assignee` and counts it into `load`, so
 * that the next one goes to whoever has least. Signed (`s.signed`: a manager's `order confirm`,
 * PIN checked) it is in force and dispatched today, signed by the acting manager; otherwise (a
 * change carried out by the clerk) it waits in `awaiting_signoff`, signed by nobody yet, until
 * a manager runs `production sign` (生产命令单，经本部门经理签字后生效执行).
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
    status: s.signed ? 'dispatched' : 'awaiting_signoff',
    signed_by: s.signed ? ctx.actor.name : null,
    dispatched_date: ctx.today,
    created_at: at,
    updated_at: at,
  })
}
