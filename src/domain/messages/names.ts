import type { Channel } from '../channels.js'
import type { ChangeStatus } from '../change-status.js'
import type { OrderStatus } from '../order-status.js'
import type { PaymentStatus } from '../payment-status.js'
import type { ProductionStatus } from '../production-status.js'
import type { Role } from '../roles.js'
import type { ShipmentStatus } from '../shipment-status.js'

/**
 * The names people read for the codes the desk stores: statuses, roles, channels, payment
 * methods, units and audit actions. JSON and CSV keep the code; a screen, a form or a
 * report shows the name. In English most names are the code itself, as they always were.
 * A value from a file or an older desk that is not a known code is shown as it is.
 */
export interface NameMessages {
  'name.orderStatus': { status: OrderStatus | string }
  'name.paymentStatus': { status: PaymentStatus | string }
  'name.productionStatus': { status: ProductionStatus | string }
  'name.changeStatus': { status: ChangeStatus | string }
  'name.shipmentStatus': { status: ShipmentStatus | string }
  /** A complaint's status: open | resolved. */
  'name.complaintStatus': { status: string }
  'name.role': { role: Role | string }
  /** How the order reached the desk (`--channel`). */
  'name.channel': { channel: Channel | string }
  /** How a payment was made (`payment record --method`). */
  'name.paymentMethod': { method: string }
  /** A product's unit as stored (`pcs`, `m3`, `sheet` …); an unknown unit is shown as it is. */
  'name.unit': { unit: string }
  /** A timeline's action as the audit trail stores it (`order.confirm`, `ship.send` …). */
  'name.action': { action: string }
  /** Where an order line's goods come from after the stock check: stock | production. */
  'name.source': { source: string }
  /**
   * An amount of money for people, in a sentence or beside a label (not in a table's cells,
   * whose header names the currency): English as it always showed it (grouped `1,234.50`, or
   * plain `1234.50` where it was plain), Chinese `¥1,234.50`.
   */
  'name.money': { minor: number; grouped?: boolean }
}
