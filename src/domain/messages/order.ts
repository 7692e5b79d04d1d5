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

  // The cli's words for orders, payments and invoices (`order`, `payment`, `invoice`).

  /** `order list --status` naming a status that is not one. */
  'order.statusOneOf': { statuses: readonly string[] }
  /** `order confirm` done (`status`: the order's status, named). */
  'order.confirmed': { salesOrder: string; by: string; order: string; status: string }
  /** `order confirm` when stock covers every line: nothing goes to MC. */
  'order.allFromStock': Record<string, never>
  /** After `order confirm` dispatched production: MC accepts each production order. */
  'order.nextAccept': Record<string, never>
  /** `payment record` done (`status`: the payment status, named). */
  'order.paymentRecorded': { amount: Minor; order: string; paid: Minor; total: Minor; status: string }
  /** After a payment that meets the deposit: the manager confirms. */
  'order.nextConfirm': { order: string }
  /** `payment record`'s prompt for the amount, and its check. */
  'order.promptAmount': Record<string, never>
  'order.moreThanZero': Record<string, never>
  /** `invoice issue`'s prompt for the invoice number. */
  'order.promptInvoiceNumber': Record<string, never>
  /** `invoice issue` done. */
  'order.invoiceRecorded': { invoice: string; amount: Minor; order: string; invoiced: Minor; total: Minor }
  /** `order list` with nothing to show. */
  'order.noneMatch': Record<string, never>
  /** A column header of `order list` and of `order show`'s tables. */
  'order.column': { column: OrderColumn }
  /** A label of `order show`'s header lines. */
  'order.field': { field: OrderField }
  /** `order show`'s title, and the order's revision beside it. */
  'order.title': { order: string }
  'order.revision': { revision: number }
  /** A flag beside the title. */
  'order.flag': { flag: 'rush' | 'atRisk' | 'productionRejected' }
  /** `order show`'s values beside the labels (statuses, channels and methods given named). */
  'order.contactValue': { parts: readonly string[] }
  'order.channelValue': { channel: string; sourceRef: string | null }
  'order.datesValue': { ordered: string; requested: string | null; promised: string | null }
  'order.totalsValue': { total: Minor; paid: Minor; invoiced: Minor; balance: Minor; payment: string }
  'order.deliveredValue': { date: string; onTime: boolean }
  'order.contractValue': { number: string; method: string; due: string | null; depositPct: number | null }
  /** The quotation's approval: approved (with why it needed one), sent back, or waiting. */
  'order.quoteValue':
    | { status: 'approved'; by: string | null; date: string | null; reasons: readonly string[] }
    | { status: 'rejected'; by: string | null; reason: string | null }
    | { status: 'pending'; reasons: readonly string[] }
  /** A section heading of `order show`. */
  'order.section': { section: OrderSection }
  /** A production order's status cell when MC rejected it (`status` named). */
  'order.rejectedCell': { status: string; reason: string | null }
  /** A shipment delivered late, its Delivered cell. */
  'order.deliveredLate': { date: string }
  /** A shipment that left before the order was paid, and who allowed it. */
  'order.shippedUnpaid': { slip: string; by: string | null; reason: string }
  /** The invoices beside their heading. */
  'order.invoicesValue': { invoices: readonly { number: string; amount: Minor; date: string }[] }
  /** The customer's feedback beside its heading. */
  'order.feedbackValue': { rating: number; comment: string | null; by: string; date: string }
  /** A complaint's line (`status` named). */
  'order.complaintLine': { id: number; status: string; opened: string; text: string; resolution: string | null; by: string | null; date: string | null }
  /** A change request's line (`status` named; the decisions as codes). */
  'order.changeLine': {
    number: string
    form: string | null
    status: string
    cancel: boolean
    lines: readonly { sku: string; from: number; to: number }[]
    date: string | null
    mc: { decision: string; date: string | null; reason: string | null } | null
    customer: string | null
    revision: { before: number | null; after: number } | null
  }
  /** A document's line: a contract or a sales order, its status and who signed it. */
  'order.documentLine': { kind: string; number: string; status: string; signedBy: string | null; signedAt: string | null }
  /** A decision code in the timeline (MC: agree | refuse; customer: accept | reject). */
  'order.decision': { decision: string }
  /** The last line of `order show` (`command` coloured). */
  'order.nextLine': { command: string; hint: string }
  /** The timeline's details of an event, and how they are put together. */
  'order.eventPromised': { date: string }
  'order.eventLate': { days: number }
  'order.eventCommitted': { date: string }
  'order.eventIntoStock': { good: number; rejected: number }
  'order.eventPayment': { amount: Minor; paid: Minor }
  'order.eventDetails': { parts: readonly string[] }
  // issue 19: payments
  /** A refund larger than what the order can give back (`due`: paid beyond the total, never more than paid). */
  'order.refundTooLarge': { order: string; amount: Minor; paid: Minor; total: Minor; due: Minor }
  /** `payment refund` done (cli). */
  'order.refundRecorded': { amount: Minor; order: string; payment: string; paid: Minor; total: Minor; status: string }
  /** `payment void` without a reason. */
  'order.voidReasonNeeded': Record<string, never>
  /** After "payment X not found": where the numbers are. */
  'order.seePayments': Record<string, never>
  /** A payment voided already (voiding twice). */
  'order.paymentAlreadyVoided': { payment: string; by: string; date: string; reason: string }
  /** Voiding a payment whose money was already refunded would leave less than nothing paid. */
  'order.voidBelowZero': { payment: string; amount: Minor; paid: Minor }
  /** `payment void` done (cli). */
  'order.paymentVoided': { payment: string; kind: 'payment' | 'refund'; amount: Minor; order: string; paid: Minor; total: Minor; status: string }
  /** Prompt for the reason of a void. */
  'order.promptVoidReason': Record<string, never>
  /** Prompt for the amount to refund. */
  'order.promptRefundAmount': Record<string, never>
  /** The next step when money is due back: the refund. */
  'order.nextRefund': { order: string; amount: Minor }
  /** A payments row that was voided (order show's last column). */
  'order.voidedCell': { by: string; date: string; reason: string }
  /** A refund's amount in the payments table (shown less). */
  'order.refundAmountCell': { amount: Minor }
  /** The order's refunds in the header (after the totals), when there were any. */
  'order.refundedValue': { refunded: Minor }
  /** `return receive` without a reason / without items / with a quantity of 0. */
  'order.returnReasonNeeded': Record<string, never>
  'order.returnItemsNeeded': Record<string, never>
  'order.returnQtyNotPositive': Record<string, never>
  /** More coming back than was delivered and not yet returned. */
  'order.returnTooMany': { sku: string; available: number }
  /** Both --refund and --remake (or neither, when not on a terminal: MissingFlags). */
  'order.returnOutcomeBoth': Record<string, never>
  /** The choice on a terminal: refund or remake. */
  'order.promptReturnOutcome': Record<string, never>
  'order.promptReturnReason': Record<string, never>
  'order.returnOutcomeChoice': { outcome: 'refund' | 'remake' }
  /** `return receive` done (cli). */
  'order.returnRecorded': {
    order: string
    parts: readonly { number: string; sku: string; qty: number; productionOrder: string | null }[]
    disposition: 'stock' | 'scrap'
    outcome: 'refund' | 'remake'
    amount: Minor
    status: string
  }
  /** One return in order show's returns section. */
  'order.returnLine': { number: string; sku: string; qty: number; date: string; disposition: string; outcome: string; amount: Minor; productionOrder: string | null; reason: string; by: string }

  // issue 19: approvals bind to what was approved
  /** The quotation's approval in `order show` (`approved`: order.quoteValue's words), when the total has changed since: the total approved and the total now. */
  'order.quoteApprovedAt': { approved: string; total: Minor; now: Minor }
  /** The total a quotation approval saw, in the timeline. */
  'order.eventApprovedTotal': { total: Minor }

  // issue 19: production sign-off and reopen
  /** A timeline detail of `production reopen`: goods taken back out of stock, and the manager who signed it off. */
  'order.eventTakenBack': { qty: number; by: string }
  // issue 19: refundforms
  /** What a payment line is in `order show`: `payment` (money received) or `refund` (money back). */
  'order.paymentKindCell': { kind: string }
  /** The sums under `order show`'s payments: received, refunded, net paid, and the balance due (negative: the refund due). */
  'order.paymentSums': { received: Minor; refunded: Minor; net: Minor; balance: Minor }
}

/** The columns of the order tables (`order list`, `order show`'s lines, payments, production, shipments). */
export type OrderColumn =
  | 'order'
  | 'status'
  | 'customer'
  | 'total'
  | 'paid'
  | 'requested'
  | 'promised'
  | 'next'
  | 'lineNo'
  | 'sku'
  | 'product'
  | 'qty'
  | 'unit'
  | 'price'
  | 'discount'
  | 'amount'
  | 'source'
  | 'short'
  | 'date'
  | 'method'
  | 'reference'
  | 'by'
  | 'number'
  | 'done'
  | 'qcRejected'
  | 'mc'
  | 'due'
  | 'committed'
  | 'progress'
  | 'slip'
  | 'shipDate'
  | 'goods'
  | 'carrier'
  | 'tracking'
  | 'sent'
  | 'delivered'
  // issue 19: payments
  | 'voided'
  // issue 19: refundforms
  | 'kind'

/** The labels of `order show`'s header. */
export type OrderField = 'customer' | 'contact' | 'channel' | 'dates' | 'total' | 'delivered' | 'contract' | 'quotation' | 'note' | 'lost'

/** The sections of `order show`. */
export type OrderSection =
  | 'payments'
  | 'productionOrders'
  | 'shipments'
  | 'invoices'
  | 'feedback'
  | 'complaints'
  | 'changes'
  | 'documents'
  | 'timeline'
  // issue 19: payments
  | 'returns'
  // issue 19: countersign and attachments
  | 'countersignatures'
  | 'attachments'
