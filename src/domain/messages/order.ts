import type { Minor } from '../money.js'
import type { NextAction, NextSituation, WrongState } from '../order-status.js'

/** The parameters of the order messages: each key a message, each value what its words need. */
export interface OrderMessages {
  /** A payment larger than the order's balance, without `--allow-overpay`. */
  'order.overpayment': { order: string; amount: Minor; total: Minor; paid: Minor }
  /** A payment dated after the business date. */
  'order.paymentAfterToday': { today: string }
  'order.amountNotPositive': Record<string, never>
  /** A step refused because of the order's status, naming what to run instead. */
  'order.wrongState': WrongState
  /** The command to run next for an order (only when `hasCommand`). */
  'order.nextCommand': NextAction
  /** What comes next for an order, in a few words. */
  'order.nextHint': { situation: NextSituation }
  /** See the orders (after "order X not found"). */
  'order.seeList': Record<string, never>
  /** The order changed since the user looked at it. */
  'order.stale': { order: string; revision: number; saw: number }
  'order.changedMeanwhile': { order: string }
}
