import type { Minor } from '../money.js'
import type { OrderStatus } from '../order-status.js'
import type { PaymentStatus } from '../payment-status.js'

/** The parameters of the shipping messages: each key a message, each value what its words need. */
export interface ShippingMessages {
  'shipping.dateBeforeToday': { today: string }
  'shipping.unpaidReasonEmpty': Record<string, never>
  /** Everything ordered is on a shipment already. */
  'shipping.allOnShipment': { order: string }
  /** Not fully paid, without a manager's --allow-unpaid. */
  'shipping.notPaid': { order: string; status: PaymentStatus; paid: Minor; total: Minor }
  'shipping.notOnOrder': { shipment: string; order: string }
  /** No planned shipment to send. */
  'shipping.nothingWaiting': { order: string }
  /** `status`: the shipment's (planned | sent | delivered). */
  'shipping.alreadyGone': { shipment: string; status: string }
  'shipping.deliveryAfterToday': { today: string }
  /** No sent shipment to record the delivery of. */
  'shipping.nothingOnTheWay': { order: string }
  /** `status`: the shipment's (planned | sent | delivered). */
  'shipping.notOnTheWay': { shipment: string; status: string }
  'shipping.beforeSent': { sent: string }
  /** An `--item` list on an order whose every line is on a shipment already. */
  'shipping.nothingLeft': Record<string, never>
  /** An `--item` for a product the order does not have. */
  'shipping.productNotOnOrder': Record<string, never>
  /** An `--item` asking for more than is left to ship of that product. */
  'shipping.onlyLeft': { sku: string; available: number }
  /** `--reason` given without `--allow-unpaid`. */
  'shipping.reasonNeedsOverride': Record<string, never>
  /** The prompt for `--date` of `ship <order>`. */
  'shipping.askDate': Record<string, never>
  /** The prompt for `--reason` of `--allow-unpaid`. */
  'shipping.askUnpaidReason': Record<string, never>
  /** `ship <order>` done: the outbound slip issued (`unpaid`: with a manager's --allow-unpaid). */
  'shipping.slipIssued': { slip: string; order: string; date: string; unpaid: boolean }
  /** The next step after the slip: the literal command and who runs it when. */
  'shipping.nextSend': { order: string }
  /** `ship send` done: the goods left; `status` the order's now. */
  'shipping.sent': { shipment: string; order: string; status: OrderStatus | string }
  /** The next step after sending: the literal command and when. */
  'shipping.nextDeliver': { order: string }
  /** `ship deliver` done: arrived on time or `daysLate` days late; `status` the order's now. */
  'shipping.delivered': { shipment: string; onTime: boolean; daysLate: number; order: string; status: OrderStatus | string }
  /** The next step after the last delivery: the satisfaction survey. */
  'shipping.nextFeedback': { order: string }
  /** A column header of the outbound slip's lines (`ship <order>`). */
  'shipping.slipColumn': { column: 'slip' | 'sku' | 'qty' }
}
