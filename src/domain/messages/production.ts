import type { ProductionStep } from '../production-status.js'

/** A column of the production tables: MC's queue (`production list`) and what `order confirm` dispatched. */
export type ProductionColumn =
  | 'mo'
  | 'order'
  | 'customer'
  | 'sku'
  | 'product'
  | 'qty'
  | 'done'
  | 'due'
  | 'committed'
  | 'progress'
  | 'status'
  | 'mc'
  | 'age'
  | 'productionOrder'
  | 'dispatchedTo'

/** The parameters of the production messages: each key a message, each value what its words need. */
export interface ProductionMessages {
  /** See the production orders (after "production order X not found"). */
  'production.seeList': Record<string, never>
  /** A step refused because of the production order's status. */
  'production.wrongState': { step: ProductionStep; number: string; status: string }
  'production.dateBeforeToday': { today: string }
  'production.qtyNotPositive': Record<string, never>
  'production.qtyOverRemaining': { number: string; remaining: number }
  'production.rejectedRange': { qty: number }
  'production.notMc': Record<string, never>
  /** No MC user to re-dispatch to (all others busy or none but the one who rejected it). */
  'production.noOtherMc': Record<string, never>
  'production.scoreRange': Record<string, never>
  'production.reasonEmpty': Record<string, never>
  'production.percentRange': Record<string, never>

  // the commands (cli/commands/production)
  /** The prompt of `production accept` without --date. */
  'production.askDate': Record<string, never>
  'production.accepted': { number: string; date: string; orderStatus: string }
  /** MC's date is after the one promised to the customer. */
  'production.atRisk': { date: string }
  'production.dispatched': { number: string; assignee: string }
  /** Done: goods into the warehouse (`production done`), what QC rejected and what remains. */
  'production.reported': { number: string; good: number; rejected: number; remaining: number }
  /** After the last goods: the order can be shipped. */
  'production.orderReady': Record<string, never>
  /** `--rejected` that is not a whole number. */
  'production.rejectedWhole': Record<string, never>
  /** `--status` naming no production status. */
  'production.statusOneOf': { statuses: readonly string[] }
  'production.askPercent': Record<string, never>
  /** What the percent prompt takes. */
  'production.percentHint': Record<string, never>
  'production.progressed': { number: string; percent: number }
  'production.askScore': Record<string, never>
  /** What the score prompt takes. */
  'production.scoreHint': Record<string, never>
  'production.rated': { number: string; score: number }
  /** The prompt of `production reject` without --reason. */
  'production.askReason': Record<string, never>
  /** The reason prompt given nothing. */
  'production.sayWhy': Record<string, never>
  'production.rejected': { number: string; reason: string }
  /** Next after a rejection: the clerk dispatches it again. */
  'production.nextDispatch': { number: string }

  // the tables (render/production-queue.ts, render/dispatched-production.ts)
  /** `production list` found none. */
  'production.noneMatch': Record<string, never>
  'production.column': { column: ProductionColumn }
  /** How long ago a production order was dispatched (a cell of `production list`). */
  'production.ageDays': { days: number }

  // issue 19: production sign-off and reopen
  /** An MC (or clerk) step on a production order no manager has signed yet: `production sign` first. */
  'production.awaitingSignoff': { step: ProductionStep; number: string }
  /** `production sign`: the manager signed it, it is in force and with its MC user. */
  'production.signed': { number: string; by: string; assignee: string }
  /** Next after signing: MC accepts it. */
  'production.nextAcceptSigned': { number: string; assignee: string }
  /** `production reopen --qty` more than was reported done. */
  'production.reopenOverDone': { number: string; done: number }
  /** `production reopen` of a production order with nothing reported done. */
  'production.nothingDone': { number: string }
  /** `production reopen` when the order's goods are on an outbound slip or gone (`status`: the order's). */
  'production.reopenGoodsLeft': { number: string; order: string; status: string }
  /** `production reopen` of a cancelled order's production: the goods went back to free stock with the cancellation. */
  'production.reopenOrderCancelled': { number: string; order: string }
  /** `production reopen` when less than `qty` is still reserved for the order line (released by a change). */
  'production.reopenNotReserved': { number: string; sku: string; reserved: number; qty: number }
  /** `--manager` naming a user who is not a manager. */
  'production.notManager': Record<string, never>
  /** The prompt of `production reopen` without --manager. */
  'production.askManager': Record<string, never>
  /** The prompt of `production reopen` without --qty. */
  'production.askReopenQty': Record<string, never>
  /** The prompt of `production reopen` without --reason. */
  'production.askReopenReason': Record<string, never>
  /** `production reopen`: done. */
  'production.reopened': { number: string; qty: number; doneQty: number; remaining: number; by: string }
}
