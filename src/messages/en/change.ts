import type { ChangeReason, PlanLineKey } from '../../domain/change-plan.js'
import type { ChangeColumn, ChangeDifference, ChangeMessages } from '../../domain/messages/change.js'
import type { ApprovalReason } from '../../domain/quote-approval.js'
import type { Words } from '../words.js'
import { names } from './names.js'
import { order } from './order.js'

const money = (minor: number) => names['name.money']({ minor, grouped: true })
/** Why an offer needs a quotation approval, in words (issue 19). */
const approval = (reasons: readonly ApprovalReason[]) => reasons.map((r) => order['order.approvalReason'](r)).join('; ')

const reason = (r: ChangeReason): string => {
  switch (r.kind) {
    case 'more':
      return `${r.sku}: ${r.qty} more to make`
    case 'less':
      return `${r.sku}: ${r.qty} less to make`
    case 'newProduct':
      return `${r.sku}: new product, ${r.qty} to make`
    case 'underWay':
      return `${r.sku}: production under way (${r.qty} still to make)`
    case 'dateTooEarly':
      return `the date ${r.date} is before production can finish (${r.ready})`
  }
}

const planLine = (l: PlanLineKey) => `${l.sku}:${l.from}->${l.to} reserve ${l.reserve} release ${l.release} produce ${l.produce}`

const difference = (d: ChangeDifference): string => {
  switch (d.kind) {
    case 'goodsLeft':
      return `goods have left (${d.shipment})`
    case 'orderNow':
      return `the order is now ${d.status}`
    case 'mcNow':
      return 'production must now change'
    case 'stockNow':
      return 'stock can now absorb it'
    case 'lines':
      return `was [${d.was.map(planLine).join('; ')}], now [${d.now.map(planLine).join('; ')}]`
    case 'total':
      return `total was ${d.from}, now ${d.to}`
    case 'said':
      return d.text
  }
}

const COLUMN: Record<ChangeColumn, string> = {
  change: 'Change',
  order: 'Order',
  customer: 'Customer',
  status: 'Status',
  form: 'Form',
  what: 'What',
  promised: 'Promised',
  sku: 'SKU',
  from: 'From',
  to: 'To',
  reserve: 'Reserve',
  release: 'Release',
  make: 'Make ±',
}

/** The change messages in English. */
export const change: Words<ChangeMessages> = {
  'change.seeList': () => 'see `orderdesk change list`',
  'change.wrongState': (p) => `cannot ${p.step} change ${p.change}: it is ${p.status} (needs ${p.needs.join(' or ')})`,
  'change.changedMeanwhile': (p) => `change ${p.change} changed meanwhile; look again`,
  'change.stale': (p) => {
    const what = p.since.map((e) => `${e.action} ${e.ref} by ${e.actor}`).join(', ')
    return `order ${p.order} changed since change ${p.change} was evaluated (revision ${p.revision.from} → ${p.revision.to}${what ? `: ${what}` : ''}): ${p.differences.map(difference).join('; ')}; end it with \`orderdesk change confirm ${p.change} --customer reject\` and request it again`
  },
  'change.difference': difference,
  'change.noMc': () => 'there is no MC user to dispatch production to',
  'change.dateNeeded': () => 'MC agrees with a new delivery date (--date)',
  'change.dateBeforeToday': (p) => `must not be before today (${p.today})`,
  'change.reasonNeeded': () => 'say why MC refuses',
  'change.sourceRefFlag': (p) => `--source-ref (the ${p.channel === 'fax' ? 'fax number' : 'call recording'} the change came in on)`,
  'change.goodsSent': (p) => `order ${p.order} cannot be changed: goods have left (${p.shipment}); open a complaint or a new order instead`,
  'change.alreadyOpen': (p) => `order ${p.order} already has an open change ${p.change} (${p.status}); finish it first`,
  'change.noSuchProduct': () => 'no such product',

  'change.reason': reason,
  'change.cancelAlone': () => 'a cancellation cannot also change lines or the date',
  'change.itemTwice': () => 'give each product once',
  'change.belowShipped': (p) => `${p.sku}: ${p.shipped} are already on a shipment; the quantity cannot go below that`,
  'change.notProducible': (p) => `${p.sku}: only ${p.available} more in stock and it cannot be produced; the change cannot be met`,
  'change.changesNothing': () => 'it changes nothing: give --item sku=qty, --date or --cancel',

  'change.sayWhat': () => 'say what changes: --item sku=qty, --date <date> or --cancel',
  'change.recordedFromStock': (p) => `change ${p.change} recorded: stock absorbs it; new total ${money(p.total)}, delivery by ${p.date}`,
  'change.recordedForMc': (p) => `change ${p.change} recorded: production must change (${p.reasons.map((r) => reason(r.params)).join('; ')}); plan change form ${p.form} sent to MC`,
  'change.nextDecide': (p) => `orderdesk change decide ${p.change} --mc agree --date <date> | --mc refuse --reason <text>   (MC)`,
  'change.nextTellCustomer': (p) => `tell the customer, then: orderdesk change confirm ${p.change} --customer accept|reject`,
  'change.reasonWithRefuse': () => 'goes with --mc refuse',
  'change.mcAgrees': (p) => `MC agrees to change ${p.change}: new delivery date ${p.date}`,
  'change.mcRefuses': (p) => `MC refuses change ${p.change}: ${p.reason}; the order stays as it was (tell the customer why)`,
  'change.applied': (p) => `change ${p.change} applied: order ${p.order} is ${p.orderStatus}, revision ${p.revision}, total ${money(p.total)}`,
  'change.ended': (p) => `change ${p.change} ended: the customer rejected it; order ${p.order} is as it was`,
  'change.noSuchOrder': () => 'no such order',

  'change.none': () => 'no changes',
  'change.column': (p) => COLUMN[p.column],
  'change.what': (p) =>
    p.cancel ? 'cancel' : [...p.lines.map((l) => `${l.sku} ${l.from}→${l.to}`), ...(p.date ? [`date→${p.date}`] : [])].join(', '),

  // issue 19: approvals bind to what was approved
  'change.approvalNeeded': (p) =>
    `the new offer of change ${p.change} needs a manager's quotation approval first (${approval(p.reasons)}); ask a manager to run \`orderdesk quote approve ${p.order}\`, then confirm the change again`,
  'change.approvalNotRequired': (p) =>
    `change ${p.change} needs no new quotation approval under the current settings; confirm it with the customer: \`orderdesk change confirm ${p.change} --customer accept|reject\``,
  'change.alreadyApproved': (p) => `the new offer of change ${p.change} is already approved by ${p.by}`,
  'change.offerApproved': (p) => `new offer of change ${p.change} (order ${p.order}) approved by ${p.by}: total ${money(p.total)} (${approval(p.reasons)})`,
  'change.needsApproval': (p) => `the new offer needs a manager's quotation approval before the change can be confirmed (${approval(p.reasons)}): orderdesk quote approve ${p.order}`,
  'change.approvalValue': (p) =>
    p.status === 'pending' ? `; waits for a manager's approval (${approval(p.reasons)})` : `; new offer approved by ${p.by} ${p.date ?? ''}, total ${money(p.total ?? 0)}`,
  'change.awaitingApproval': (p) => `${p.status}, awaiting approval`,
  // issue 19: changereject
  'change.noOpenChange': (p) => `order ${p.order} has no customer change open whose new offer waits for approval; see \`orderdesk change list --order ${p.order}\``,
  'change.offerRejected': (p) => `new offer of change ${p.change} (order ${p.order}) rejected by ${p.by}: ${p.reason}; the change ended, the order is as it was (tell the customer why)`,
  'change.rejectedEnded': (p) => `change ${p.change} ended: its new offer was rejected by ${p.by} ${p.date} (${p.reason}); request a new change if the customer still wants one`,
  'change.rejectedValue': (p) => `; new offer rejected by ${p.by} ${p.date}: ${p.reason}`,
}
