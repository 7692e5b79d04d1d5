import type { Minor } from '../money.js'
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
  'shipping.alreadyGone': { shipment: string; status: string }
  'shipping.deliveryAfterToday': { today: string }
  /** No sent shipment to record the delivery of. */
  'shipping.nothingOnTheWay': { order: string }
  'shipping.notOnTheWay': { shipment: string; status: string }
  'shipping.beforeSent': { sent: string }
}
