import type { OrderMessages } from '../../domain/messages/order.js'
import { formatMoney } from '../../domain/money.js'
import { STEPS, type NextAction, type NextSituation, type StepName } from '../../domain/order-status.js'
import type { Words } from '../words.js'

/** What each step does, for "cannot … order X". */
const DOES: Record<StepName, string> = {
  checkStock: 'check stock for',
  markLost: 'check stock for',
  dropInquiry: 'drop',
  signContract: 'sign the contract for',
  approveQuote: 'approve the quotation of',
  rejectQuote: 'reject the quotation of',
  repriceQuote: 're-price',
  recordPayment: 'record a payment for',
  confirm: 'confirm',
  planShipment: 'ship',
  sendShipment: 'send the goods of',
  deliverShipment: 'record the delivery of',
  issueInvoice: 'invoice',
  requestChange: 'change',
  addFeedback: 'record feedback for',
  openComplaint: 'open a complaint about',
}

/** The command to run next, by situation ({order}: the order's number); none where the order has ended. */
const NEXT_COMMAND: Record<NextSituation, string | null> = {
  inquiry: 'orderdesk stock check {order}',
  offered: 'orderdesk contract sign {order}',
  lost: null,
  contracted: 'orderdesk payment record {order}',
  confirmed: 'orderdesk production list',
  in_production: 'orderdesk production list',
  ready: 'orderdesk ship {order} --date <date>',
  shipping: 'orderdesk ship send {order}',
  shipped: 'orderdesk ship deliver {order}',
  completed: null,
  cancelled: null,
  productionIssue: 'orderdesk production list --status rejected',
  depositReceived: 'orderdesk order confirm {order}',
  atRisk: 'orderdesk order show {order}',
  unknown: null,
}

const NEXT_HINT: Record<NextSituation, string> = {
  inquiry: 'check stock and offer a date',
  offered: 'customer to accept: sign the contract, or drop the inquiry',
  lost: 'ended before a contract',
  contracted: 'record the payment, then a manager confirms the sales order',
  confirmed: 'waiting for material control to accept the production orders',
  in_production: 'in production',
  ready: 'goods in the warehouse: agree the ship date and issue the outbound slip',
  shipping: 'logistics to send the goods',
  shipped: 'record the delivery',
  completed: 'complete',
  cancelled: 'cancelled',
  productionIssue: 'MC rejected a production order: re-dispatch it (production dispatch) or change the order',
  depositReceived: 'deposit received: a manager signs the sales order',
  atRisk: 'at risk: MC committed a date after the promised date; tell the customer',
  unknown: '',
}

const nextCommand = (n: NextAction) => (NEXT_COMMAND[n.situation] ?? '').replace('{order}', n.order)

/** The order messages in English. */
export const order: Words<OrderMessages> = {
  'order.overpayment': (p) =>
    `payment of ${formatMoney(p.amount)} would over-pay order ${p.order}: total ${formatMoney(p.total)}, paid ${formatMoney(p.paid)}, balance ${formatMoney(p.total - p.paid)}; use --allow-overpay if the money really came`,
  'order.paymentAfterToday': (p) => `a payment cannot arrive after today (${p.today})`,
  'order.amountNotPositive': () => 'must be more than 0',
  'order.wrongState': (p) => {
    const s = STEPS[p.step]
    const instead = p.next.hasCommand ? `; next for this order: ${nextCommand(p.next)}` : ''
    return `cannot ${DOES[p.step]} order ${p.order}: it is ${p.status} (\`${s.command}\` needs ${s.from.join(' or ')})${instead}`
  },
  'order.nextCommand': nextCommand,
  'order.nextHint': (p) => NEXT_HINT[p.situation],
  'order.seeList': () => 'see `orderdesk order list`',
  'order.stale': (p) => `order ${p.order} changed meanwhile (revision ${p.revision}, you saw ${p.saw}); look at it again with \`orderdesk order show ${p.order}\``,
  'order.changedMeanwhile': (p) => `order ${p.order} changed meanwhile; try again`,
  'order.itemsNeeded': () => 'at least one --item sku=qty is needed',
  'order.requestedBeforeOrderDate': (p) => `must not be before the order date ${p.orderDate}`,
  'order.skuNotOnOrder': (p) => `not on order ${p.order}`,
  'order.pricesNeeded': () => 'give at least one --item sku=price',
  'order.approvalReason': (p) =>
    p.kind === 'total' ? `total ${formatMoney(p.total)} is above ${formatMoney(p.above)}` : `${p.sku} is ${p.offBp / 100}% below list (max ${p.maxBp / 100}%)`,
  'order.approvalNotRequired': (p) => `order ${p.order} needs no approval under the current settings; sign the contract`,
  'order.alreadyApproved': (p) => `order ${p.order} is already approved`,
  'order.quoteRejected': (p) =>
    `the quotation for order ${p.order} was rejected by ${p.by}: ${p.reason}; re-price (\`orderdesk quote reprice\`) or re-check, then ask for approval`,
  'order.approvalNeeded': (p) =>
    `the quotation for order ${p.order} needs a manager's approval first (${p.reasons.join('; ')}); ask a manager to run \`orderdesk quote approve ${p.order}\``,
  'order.paymentMethodRule': (p) => `must be 1 to ${p.max} characters`,
  'order.depositRule': () => 'must be a whole percent from 0 to 100',
  'order.depositMissing': (p) =>
    `the deposit for order ${p.order} has not arrived: ${formatMoney(p.paid)} paid of the ${formatMoney(p.deposit)} required (${p.depositPct} % of ${formatMoney(p.total)}); record it with \`orderdesk payment record ${p.order} --amount ${formatMoney(p.deposit - p.paid)}\``,
  'order.assignNotMc': () => 'must be a user with role mc',
  'order.noMcUser': () => 'there is no MC user to dispatch production to; add one with `orderdesk user add <name> --role mc`',
  'order.invoiceNumberRule': () => 'letters, digits, . _ / - (at most 40)',
  'order.invoiceExists': () => 'an invoice with that number exists',
  'order.fullyInvoiced': (p) => `order ${p.order} is fully invoiced (${formatMoney(p.invoiced)})`,
  'order.overInvoice': (p) => `invoice of ${formatMoney(p.amount)} is more than the ${formatMoney(p.open)} not yet invoiced on order ${p.order}`,
}
