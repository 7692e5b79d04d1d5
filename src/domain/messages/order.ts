import type { Minor } from '../money.js'
import type { NextAction, NextSituation, WrongState } from '../order-status.js'
import type { ApprovalReason } from '../quote-approval.js'

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
  /** An inquiry without items. */
  'order.itemsNeeded': Record<string, never>
  /** A requested delivery date before the order date. */
  'order.requestedBeforeOrderDate': { orderDate: string }
  /** A sku named for an order that has no line of it. */
  'order.skuNotOnOrder': { order: string }
  /** `quote reprice` without a new price. */
  'order.pricesNeeded': Record<string, never>
  /** Why an offer needs the manager's approval. */
  'order.approvalReason': ApprovalReason
  'order.approvalNotRequired': { order: string }
  'order.alreadyApproved': { order: string }
  /** The contract refused: the manager sent the quotation back. */
  'order.quoteRejected': { order: string; by: string | null; reason: string | null }
  /** The contract refused: the quotation waits for the manager's approval (`reasons` in words). */
  'order.approvalNeeded': { order: string; reasons: string[] }
  'order.paymentMethodRule': { max: number }
  'order.depositRule': Record<string, never>
  /** The sales order refused: the contract's deposit has not arrived. */
  'order.depositMissing': { order: string; paid: Minor; deposit: Minor; depositPct: number; total: Minor }
  /** `--assign` names a user who is not MC. */
  'order.assignNotMc': Record<string, never>
  /** Production to dispatch and no MC user to take it. */
  'order.noMcUser': Record<string, never>
  'order.invoiceNumberRule': Record<string, never>
  'order.invoiceExists': Record<string, never>
  'order.fullyInvoiced': { order: string; invoiced: Minor }
  /** An invoice larger than what is not invoiced yet. */
  'order.overInvoice': { order: string; amount: Minor; open: Minor }
}
