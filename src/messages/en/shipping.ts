import type { ShippingMessages } from '../../domain/messages/shipping.js'
import { formatMoney } from '../../domain/money.js'
import type { Words } from '../words.js'

const SLIP_COLUMN: Record<ShippingMessages['shipping.slipColumn']['column'], string> = { slip: 'Outbound slip', sku: 'SKU', qty: 'Qty' }

/** The shipping messages in English. */
export const shipping: Words<ShippingMessages> = {
  'shipping.dateBeforeToday': (p) => `the ship date must not be before today (${p.today})`,
  'shipping.unpaidReasonEmpty': () => 'say why it may ship unpaid',
  'shipping.allOnShipment': (p) => `everything on order ${p.order} is already on a shipment; next: orderdesk ship send ${p.order}`,
  'shipping.notPaid': (p) =>
    `order ${p.order} is not paid (${p.status}: ${formatMoney(p.paid)} of ${formatMoney(p.total)}); record the payment with \`orderdesk payment record ${p.order} --amount ${formatMoney(p.total - p.paid)}\`, or a manager may ship it with --allow-unpaid --reason`,
  'shipping.notOnOrder': (p) => `shipment ${p.shipment} is not on order ${p.order}`,
  'shipping.nothingWaiting': (p) => `order ${p.order} has no shipment waiting to go; plan one with \`orderdesk ship ${p.order} --date <date>\``,
  'shipping.alreadyGone': (p) => `shipment ${p.shipment} is already ${p.status}`,
  'shipping.deliveryAfterToday': (p) => `a delivery cannot be after today (${p.today})`,
  'shipping.nothingOnTheWay': (p) => `order ${p.order} has no shipment on the way; send it first with \`orderdesk ship send ${p.order}\``,
  'shipping.notOnTheWay': (p) => `shipment ${p.shipment} is ${p.status}, not on the way`,
  'shipping.beforeSent': (p) => `before the goods left (${p.sent})`,
  'shipping.nothingLeft': () => 'everything on this order is already on a shipment',
  'shipping.productNotOnOrder': () => 'that product is not on the order',
  'shipping.onlyLeft': (p) => `only ${p.available} of ${p.sku} remain to ship`,
  'shipping.reasonNeedsOverride': () => 'goes with --allow-unpaid',
  'shipping.askDate': () => 'Ship date agreed with the customer',
  'shipping.askUnpaidReason': () => 'Why may it ship before full payment?',
  'shipping.slipIssued': (p) => `outbound slip ${p.slip} issued for order ${p.order}, ship date ${p.date}${p.unpaid ? ' (approved to ship before full payment)' : ''}`,
  'shipping.nextSend': (p) => `orderdesk ship send ${p.order}   (logistics, when the goods leave)`,
  'shipping.sent': (p) => `shipment ${p.shipment} sent; order ${p.order} is ${p.status}`,
  'shipping.nextDeliver': (p) => `orderdesk ship deliver ${p.order}   (when it arrives)`,
  'shipping.delivered': (p) => `shipment ${p.shipment} delivered ${p.onTime ? 'on time' : `${p.daysLate} day(s) late`}; order ${p.order} is ${p.status}`,
  'shipping.nextFeedback': (p) => `orderdesk feedback add ${p.order} --rating <1-5>   (satisfaction survey)`,
  'shipping.slipColumn': (p) => SLIP_COLUMN[p.column],
}
