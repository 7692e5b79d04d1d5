import type { ShippingMessages } from '../../domain/messages/shipping.js'
import { formatMoney } from '../../domain/money.js'
import type { Words } from '../words.js'

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
}
