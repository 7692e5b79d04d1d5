import type { OrderColumn, OrderField, OrderMessages, OrderSection } from '../../domain/messages/order.js'
import { formatMoney, formatMoneyGrouped as grouped } from '../../domain/money.js'
import { STEPS, type NextSituation, type StepName } from '../../domain/order-status.js'
import { nextCommand } from '../next-command.js'
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
  // issue 19: payments
  refundPayment: 'refund money on',
  voidPayment: 'void a payment of',
  receiveReturn: 'receive a return for',
  // issue 19: countersign and attachments
  countersignContract: "record the customer's signed contract of",
  countersignConfirmation: "record the customer's signed confirmation of",
  attach: 'attach a file to',
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

const COLUMN: Record<OrderColumn, string> = {
  order: 'Order',
  status: 'Status',
  customer: 'Customer',
  total: 'Total',
  paid: 'Paid',
  requested: 'Requested',
  promised: 'Promised',
  next: 'Next',
  lineNo: '#',
  sku: 'SKU',
  product: 'Product',
  qty: 'Qty',
  unit: 'Unit',
  price: 'Price',
  discount: 'Disc.',
  amount: 'Amount',
  source: 'Source',
  short: 'Short',
  date: 'Date',
  method: 'Method',
  reference: 'Reference',
  by: 'By',
  number: 'Number',
  done: 'Done',
  qcRejected: 'QC rej.',
  mc: 'MC',
  due: 'Due',
  committed: 'Committed',
  progress: 'Progress',
  slip: 'Slip',
  shipDate: 'Ship date',
  goods: 'Goods',
  carrier: 'Carrier',
  tracking: 'Tracking',
  sent: 'Sent',
  delivered: 'Delivered',
  // issue 19: payments
  voided: 'Voided',
  // issue 19: refundforms
  kind: 'Kind',
}

const FIELD: Record<OrderField, string> = {
  customer: 'Customer',
  contact: 'Contact',
  channel: 'Channel',
  dates: 'Dates',
  total: 'Total',
  delivered: 'Delivered',
  contract: 'Contract',
  quotation: 'Quotation',
  note: 'Note',
  lost: 'Lost',
}

const SECTION: Record<OrderSection, string> = {
  payments: 'Payments',
  productionOrders: 'Production orders',
  shipments: 'Shipments',
  invoices: 'Invoices',
  feedback: 'Feedback',
  complaints: 'Complaints',
  changes: 'Changes',
  documents: 'Documents',
  timeline: 'Timeline',
  // issue 19: payments
  returns: 'Returns',
  // issue 19: countersign and attachments
  countersignatures: 'Signed copies returned (countersigned)',
  attachments: 'Attachments',
}

const FLAG = { rush: 'RUSH', atRisk: 'AT RISK', productionRejected: 'PRODUCTION REJECTED' } as const

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

  'order.statusOneOf': (p) => `must be one of ${p.statuses.join(', ')}`,
  'order.confirmed': (p) => `sales order ${p.salesOrder} signed by ${p.by}; order ${p.order} is ${p.status}`,
  'order.allFromStock': () => 'every line is reserved from stock: ready to ship',
  'order.nextAccept': () => 'orderdesk production accept <mo> --date <date>   (MC)',
  'order.paymentRecorded': (p) => `payment of ${grouped(p.amount)} recorded for order ${p.order}: paid ${grouped(p.paid)} of ${grouped(p.total)} (${p.status})`,
  'order.nextConfirm': (p) => `orderdesk order confirm ${p.order}   (a manager signs the sales order)`,
  'order.promptAmount': () => 'Amount received',
  'order.moreThanZero': () => 'more than 0',
  'order.promptInvoiceNumber': () => 'Invoice number',
  'order.invoiceRecorded': (p) => `invoice ${p.invoice} of ${grouped(p.amount)} recorded for order ${p.order}; invoiced ${grouped(p.invoiced)} of ${grouped(p.total)}`,
  'order.noneMatch': () => 'no orders match',
  'order.column': (p) => COLUMN[p.column],
  'order.field': (p) => FIELD[p.field],
  'order.title': (p) => `Order ${p.order}`,
  'order.revision': (p) => `revision ${p.revision}`,
  'order.flag': (p) => FLAG[p.flag],
  'order.contactValue': (p) => p.parts.join(', '),
  'order.channelValue': (p) => `${p.channel}${p.sourceRef ? `  (source ${p.sourceRef})` : ''}`,
  'order.datesValue': (p) => `ordered ${p.ordered}   requested ${p.requested ?? '—'}   promised ${p.promised ?? '—'}`,
  'order.totalsValue': (p) =>
    `${grouped(p.total)}   paid ${grouped(p.paid)}   invoiced ${grouped(p.invoiced)}   balance due ${grouped(p.balance)}   payment ${p.payment}`,
  'order.deliveredValue': (p) => `${p.date} (${p.onTime ? 'on time' : 'late'})`,
  'order.contractValue': (p) => `${p.number}  ${p.method}, due ${p.due}, deposit ${p.depositPct} %`,
  'order.quoteValue': (p) => {
    if (p.status === 'approved') return `approved by ${p.by} ${p.date} (${p.reasons.join('; ')})`
    if (p.status === 'rejected') return `rejected by ${p.by}: ${p.reason}`
    return `needs a manager's approval (${p.reasons.join('; ')})`
  },
  'order.section': (p) => SECTION[p.section],
  'order.rejectedCell': (p) => `${p.status}: ${p.reason}`,
  'order.deliveredLate': (p) => `${p.date} (late)`,
  'order.shippedUnpaid': (p) => `${p.slip} shipped before full payment, approved by ${p.by}: ${p.reason}`,
  'order.invoicesValue': (p) => p.invoices.map((i) => `${i.number} ${grouped(i.amount)} (${i.date})`).join(', '),
  'order.feedbackValue': (p) => `${p.rating}/5${p.comment ? ` “${p.comment}”` : ''} (${p.by} ${p.date})`,
  'order.complaintLine': (p) => `#${p.id} ${p.status}  ${p.opened} ${p.text}${p.resolution ? `  → ${p.resolution} (${p.by} ${p.date})` : ''}`,
  'order.changeLine': (p) => {
    const what = p.cancel ? 'cancel the order' : [...p.lines.map((l) => `${l.sku} ${l.from}→${l.to}`), ...(p.date ? [`date → ${p.date}`] : [])].join(', ')
    const mc = p.mc ? `; MC ${p.mc.decision}${p.mc.date ? ` ${p.mc.date}` : ''}${p.mc.reason ? ` (${p.mc.reason})` : ''}` : ''
    const customer = p.customer ? `; customer ${p.customer}` : ''
    const revision = p.revision ? `; revision ${p.revision.before} → ${p.revision.after}` : ''
    return `${p.number}${p.form ? ` (form ${p.form})` : ''}  ${p.status}  ${what}${mc}${customer}${revision}`
  },
  'order.documentLine': (p) => `${p.kind.replace('_', ' ')} ${p.number}  ${p.status}${p.signedBy ? `, signed by ${p.signedBy} ${p.signedAt}` : ''}`,
  'order.decision': (p) => p.decision,
  'order.nextLine': (p) => `Next: ${p.command}   (${p.hint})`,
  'order.eventPromised': (p) => `promised ${p.date}`,
  'order.eventLate': (p) => `late by ${p.days} day(s)`,
  'order.eventCommitted': (p) => `committed ${p.date}`,
  'order.eventIntoStock': (p) => `${p.good} into stock${p.rejected ? `, ${p.rejected} rejected at QC` : ''}`,
  'order.eventPayment': (p) => `${grouped(p.amount)} (paid ${grouped(p.paid)})`,
  'order.eventDetails': (p) => p.parts.join('; '),
  // issue 19: payments
  'order.refundTooLarge': (p) =>
    `refund of ${grouped(p.amount)} is more than order ${p.order} can give back: paid ${grouped(p.paid)}, total ${grouped(p.total)}, due back ${grouped(p.due)}`,
  'order.refundRecorded': (p) => `refund ${p.payment} of ${grouped(p.amount)} recorded for order ${p.order}: paid ${grouped(p.paid)} of ${grouped(p.total)} (${p.status})`,
  'order.voidReasonNeeded': () => 'say why the payment is voided',
  'order.seePayments': () => 'the payment numbers are in: orderdesk order show <order>',
  'order.paymentAlreadyVoided': (p) => `payment ${p.payment} was already voided by ${p.by} on ${p.date} (${p.reason}); nothing was changed`,
  'order.voidBelowZero': (p) =>
    `voiding ${p.payment} (${grouped(p.amount)}) would leave less than nothing paid (paid ${grouped(p.paid)}): void the refund first`,
  'order.paymentVoided': (p) =>
    `${p.kind} ${p.payment} of ${grouped(p.amount)} voided on order ${p.order}: paid ${grouped(p.paid)} of ${grouped(p.total)} (${p.status})`,
  'order.promptVoidReason': () => 'Why is it voided',
  'order.promptRefundAmount': () => 'Amount to refund',
  'order.nextRefund': (p) => `orderdesk payment refund ${p.order} --amount ${formatMoney(p.amount)}   (money to give back)`,
  'order.voidedCell': (p) => `voided by ${p.by} ${p.date}: ${p.reason}`,
  'order.refundAmountCell': (p) => `-${grouped(p.amount)}`,
  'order.refundedValue': (p) => `refunded ${grouped(p.refunded)}`,
  'order.returnReasonNeeded': () => 'say why the goods came back',
  'order.returnItemsNeeded': () => 'name the goods that came back: --item <sku>=<qty>',
  'order.returnQtyNotPositive': () => 'a quantity of at least 1',
  'order.returnTooMany': (p) => `only ${p.available} of ${p.sku} were delivered and not yet returned`,
  'order.returnOutcomeBoth': () => 'either --refund or --remake, not both',
  'order.promptReturnOutcome': () => 'What does the customer get',
  'order.promptReturnReason': () => 'Why did the goods come back',
  'order.returnOutcomeChoice': (p) => (p.outcome === 'refund' ? 'a refund of their value' : 'the goods made again'),
  'order.returnRecorded': (p) => {
    const goods = p.parts.map((x) => `${x.sku} × ${x.qty} (${x.number}${x.productionOrder ? `, remake ${x.productionOrder}` : ''})`).join(', ')
    const where = p.disposition === 'scrap' ? 'recorded as scrap' : 'back into stock'
    const what = p.outcome === 'refund' ? `${grouped(p.amount)} to refund` : 'to be made again'
    return `return for order ${p.order}: ${goods} ${where}; ${what}; order ${p.status}`
  },
  'order.returnLine': (p) =>
    `${p.number}  ${p.date}  ${p.sku} × ${p.qty}  ${p.disposition === 'scrap' ? 'scrap' : 'into stock'}  ${p.outcome === 'refund' ? `refund ${grouped(p.amount)}` : `remake ${p.productionOrder ?? ''}`}  ${p.reason} (${p.by})`,

  // issue 19: approvals bind to what was approved
  'order.quoteApprovedAt': (p) => `${p.approved}; total approved ${formatMoney(p.total)}, now ${formatMoney(p.now)}`,
  'order.eventApprovedTotal': (p) => `total ${grouped(p.total)}`,

  // issue 19: production sign-off and reopen
  'order.eventTakenBack': (p) => `${p.qty} taken back out of stock, signed off by ${p.by}`,
  // issue 19: refundforms
  'order.paymentKindCell': (p) => (p.kind === 'refund' ? 'refund' : p.kind === 'payment' ? 'payment' : p.kind),
  'order.paymentSums': (p) =>
    `received ${grouped(p.received)}   refunded ${grouped(p.refunded)}   net paid ${grouped(p.net)}   ${p.balance < 0 ? `refund due ${grouped(-p.balance)}` : `balance due ${grouped(p.balance)}`}`,
}
