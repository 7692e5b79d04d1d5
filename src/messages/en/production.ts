import type { ProductionColumn, ProductionMessages } from '../../domain/messages/production.js'
import { PRODUCTION_STEPS, type ProductionStep } from '../../domain/production-status.js'
import type { Words } from '../words.js'

/** What each step does, for "cannot … production order X". */
const VERB: Record<ProductionStep, string> = {
  accept: 'accept',
  reject: 'reject',
  progress: 'report progress on',
  done: 'report goods done for',
  dispatch: 'dispatch',
  rate: 'rate',
  sign: 'sign',
  reopen: 'reopen',
}

const COLUMN: Record<ProductionColumn, string> = {
  mo: 'MO',
  order: 'Order',
  customer: 'Customer',
  sku: 'SKU',
  product: 'Product',
  qty: 'Qty',
  done: 'Done',
  due: 'Due',
  committed: 'Committed',
  progress: 'Progress',
  status: 'Status',
  mc: 'MC',
  age: 'Age',
  productionOrder: 'Production order',
  dispatchedTo: 'Dispatched to',
}

/** The production messages in English. */
export const production: Words<ProductionMessages> = {
  'production.seeList': () => 'see `orderdesk production list`',
  'production.wrongState': (p) => {
    const s = PRODUCTION_STEPS[p.step]
    return `cannot ${VERB[p.step]} production order ${p.number}: it is ${p.status} (\`${s.command}\` needs ${s.from.join(' or ')})`
  },
  'production.dateBeforeToday': (p) => `must not be before today (${p.today})`,
  'production.qtyNotPositive': () => 'must be a positive whole number',
  'production.qtyOverRemaining': (p) => `only ${p.remaining} remain on ${p.number}`,
  'production.rejectedRange': (p) => `must be a whole number from 0 to ${p.qty}`,
  'production.notMc': () => 'must be a user with role mc',
  'production.noOtherMc': () => 'there is no other MC user to dispatch to; give one with --assign',
  'production.scoreRange': () => 'must be a whole number from 1 to 5',
  'production.reasonEmpty': () => 'must not be empty',
  'production.percentRange': () => 'must be a whole number from 0 to 100',

  'production.askDate': () => 'Committed completion date',
  'production.accepted': (p) => `production order ${p.number} accepted, completion by ${p.date}; order is ${p.orderStatus}`,
  'production.atRisk': (p) => `${p.date} is after the date promised to the customer: the order is flagged at risk for the clerk`,
  'production.dispatched': (p) => `production order ${p.number} dispatched to ${p.assignee}`,
  'production.reported': (p) =>
    `${p.good} into the warehouse for ${p.number}${p.rejected ? `, ${p.rejected} rejected at QC` : ''}; ${p.remaining ? `${p.remaining} still to make` : 'production order done'}`,
  'production.orderReady': () => 'goods in warehouse: the order is ready to ship (clerk: agree the ship date)',
  'production.rejectedWhole': () => 'must be a whole number',
  'production.statusOneOf': (p) => `must be one of ${p.statuses.join(', ')}`,
  'production.askPercent': () => 'Percent done',
  'production.percentHint': () => '0 to 100',
  'production.progressed': (p) => `production order ${p.number} at ${p.percent}%`,
  'production.askScore': () => 'Score 1-5',
  'production.scoreHint': () => '1 to 5',
  'production.rated': (p) => `production order ${p.number} rated ${p.score}/5`,
  'production.askReason': () => 'Why?',
  'production.sayWhy': () => 'say why',
  'production.rejected': (p) => `production order ${p.number} rejected: ${p.reason}`,
  'production.nextDispatch': (p) => `orderdesk production dispatch ${p.number} --assign <mc user>   (clerk)`,

  'production.noneMatch': () => 'no production orders match',
  'production.column': (p) => COLUMN[p.column],
  'production.ageDays': (p) => `${p.days}d`,

  // issue 19: production sign-off and reopen
  'production.awaitingSignoff': (p) =>
    `cannot ${VERB[p.step]} production order ${p.number}: it is awaiting a manager's sign-off and not in force yet — a manager runs \`orderdesk production sign ${p.number}\` first`,
  'production.signed': (p) => `production order ${p.number} signed by ${p.by}: in force, with ${p.assignee}`,
  'production.nextAcceptSigned': (p) => `orderdesk production accept ${p.number} --date <date>   (${p.assignee}, MC)`,
  'production.reopenOverDone': (p) => `only ${p.done} reported done on ${p.number}`,
  'production.nothingDone': (p) => `nothing is reported done on production order ${p.number}: there is no completion to take back`,
  'production.reopenGoodsLeft': (p) =>
    `cannot take goods of ${p.number} back: order ${p.order} is ${p.status} and its goods are on an outbound slip or gone — once they are back, record a return (\`orderdesk return receive ${p.order}\`)`,
  'production.reopenOrderCancelled': (p) =>
    `cannot take goods of ${p.number} back: order ${p.order} is cancelled and its goods went back to free stock — correct the stock with \`orderdesk stock adjust\``,
  'production.reopenNotReserved': (p) =>
    `cannot take ${p.qty} of ${p.sku} back on ${p.number}: only ${p.reserved} is still reserved for the order line (a change released the rest) — correct free stock with \`orderdesk stock adjust\``,
  'production.notManager': () => 'must be a user with role manager',
  'production.askManager': () => 'Manager who signs off the correction',
  'production.askReopenQty': () => 'Quantity to take back',
  'production.askReopenReason': () => 'Why is the completion taken back?',
  'production.reopened': (p) =>
    `${p.qty} taken back out of the warehouse on ${p.number} (signed off by ${p.by}): ${p.doneQty} done, ${p.remaining} still to make`,
}
