import type { StockMessages } from '../../domain/messages/stock.js'
import type { Words } from '../words.js'

/** The stock messages in English. */
export const stock: Words<StockMessages> = {
  'stock.belowReserved': (p) => `cannot adjust ${p.sku} by ${p.qty}: on hand would be ${p.onHand}, but ${p.reserved} are reserved for orders`,
  'stock.lostReason': (p) => (p.why === 'mc_refused' ? `${p.sku} cannot be produced: ${p.reason}` : `${p.sku} is short by ${p.shortfall} and is not producible`),
  'stock.gone': (p) =>
    `stock for ${p.sku} has gone since the offer: order ${p.order} needs ${p.needed}, ${Math.max(0, p.available)} available; run \`orderdesk stock check ${p.order}\` again`,
}
