import type { StockMessages } from '../../domain/messages/stock.js'
import type { Words } from '../words.js'

/** The stock messages in English. */
export const stock: Words<StockMessages> = {
  'stock.belowReserved': (p) => `cannot adjust ${p.sku} by ${p.qty}: on hand would be ${p.onHand}, but ${p.reserved} are reserved for orders`,
  'stock.lostReason': (p) => (p.why === 'mc_refused' ? `${p.sku} cannot be produced: ${p.reason}` : `${p.sku} is short by ${p.shortfall} and is not producible`),
  'stock.gone': (p) =>
    `stock for ${p.sku} has gone since the offer: order ${p.order} needs ${p.needed}, ${Math.max(0, p.available)} available; run \`orderdesk stock check ${p.order}\` again`,

  'stock.headSku': () => 'SKU',
  'stock.headName': () => 'Name',
  'stock.headProduct': () => 'Product',
  'stock.headOnHand': () => 'On hand',
  'stock.headReserved': () => 'Reserved',
  'stock.headAvailable': () => 'Available',
  'stock.headOrdered': () => 'Ordered',
  'stock.headShortfall': () => 'Shortfall',
  'stock.headSource': () => 'Source',
  'stock.headDate': () => 'Date',

  'stock.askSku': () => 'SKU',
  'stock.askReceivedQty': () => 'Quantity received',
  'stock.received': (p) => `received ${p.qty} ${p.unit} of ${p.sku}; on hand ${p.onHand}, available ${p.available}`,
  'stock.askChange': () => 'Change (+n / -n)',
  'stock.askReason': () => 'Reason',
  'stock.adjusted': (p) => `adjusted ${p.sku} by ${p.qty > 0 ? '+' : ''}${p.qty}; on hand ${p.onHand}, available ${p.available}`,
  'stock.signedQty': () => 'must be a non-zero whole number like +5 or -3',

  'stock.checkTitle': (p) => `Stock check for order ${p.order} (${p.customer} ${p.name})`,
  'stock.tellOffer': (p) => {
    const against = p.requested ? (p.daysLate > 0 ? ` — ${p.daysLate} day(s) after the requested ${p.requested}` : ` — the requested ${p.requested} can be met`) : ''
    return `Tell the customer: we can deliver by ${p.date}${against}; agree the payment time and method, then sign the contract.`
  },
  'stock.tellLost': (p) => `Tell the customer we cannot supply: ${p.reason}. The inquiry is closed as lost.`,
  'stock.reasonWithoutSku': () => '--reason goes with --not-producible <sku>',
  'stock.askWhyNotProducible': () => 'Why can it not be produced?',
  'stock.shortNote': (p) => `Order ${p.order}: ${p.count} product(s) short — ask MC when they can be made.`,
  'stock.askMcAnswer': (p) => `${p.sku}: short by ${p.shortfall} (${p.available} available). MC's answer?`,
  'stock.canMakeBy': (p) => `can make it by ${p.date} (lead time)`,
  'stock.canMakeOther': () => 'can make it by another date',
  'stock.cannotProduce': () => 'cannot produce it',
  'stock.askCompletion': (p) => `Completion date for ${p.sku}`,
  'stock.dateOnly': () => 'a date YYYY-MM-DD',
  'stock.offered': (p) => `order ${p.order} offered: delivery by ${p.date}`,
  'stock.ifAccepts': (p) => `${p.command}   (customer accepts)`,
  'stock.ifDeclines': (p) => `${p.command}   (customer declines)`,
}
