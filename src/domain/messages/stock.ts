import type { LostReason } from '../stock-check.js'

/** The parameters of the stock messages: each key a message, each value what its words need. */
export interface StockMessages {
  /** A count correction that would take on-hand below what is reserved. */
  'stock.belowReserved': { sku: string; qty: number; onHand: number; reserved: number }
  /** Why the stock check lost an inquiry (kept on the order as its lost reason). */
  'stock.lostReason': LostReason
  /** At the contract: stock the offer counted on was taken meanwhile. */
  'stock.gone': { sku: string; order: string; needed: number; available: number }

  // the headers of the stock tables (`stock show|receive|adjust`, `stock check`, the inquiry lines)
  'stock.headSku': Record<string, never>
  /** A product's name (the stock table). */
  'stock.headName': Record<string, never>
  /** The product of an order line. */
  'stock.headProduct': Record<string, never>
  'stock.headOnHand': Record<string, never>
  'stock.headReserved': Record<string, never>
  'stock.headAvailable': Record<string, never>
  /** The quantity a line orders (`stock check`). */
  'stock.headOrdered': Record<string, never>
  'stock.headShortfall': Record<string, never>
  /** Where a line's goods come from: stock or production. */
  'stock.headSource': Record<string, never>
  'stock.headDate': Record<string, never>

  // stock receive | adjust | show
  'stock.askSku': Record<string, never>
  'stock.askReceivedQty': Record<string, never>
  /** Done: goods received (`unit` worded by `name.unit`). */
  'stock.received': { sku: string; qty: number; unit: string; onHand: number; available: number }
  'stock.askChange': Record<string, never>
  'stock.askReason': Record<string, never>
  /** Done: the count corrected by a signed quantity. */
  'stock.adjusted': { sku: string; qty: number; onHand: number; available: number }
  /** `stock adjust --qty` that is not `+n` or `-n`. */
  'stock.signedQty': Record<string, never>

  // stock check
  /** The heading of the check: the order and its customer. */
  'stock.checkTitle': { order: string; customer: string; name: string }
  /** What to tell the customer when the check offers: the date (`date` may carry emphasis), and how it stands to the requested one. */
  'stock.tellOffer': { date: string; requested: string | null; daysLate: number }
  /** What to tell the customer when the check lost the inquiry. */
  'stock.tellLost': { reason: string }
  /** `--reason` without `--not-producible`. */
  'stock.reasonWithoutSku': Record<string, never>
  'stock.askWhyNotProducible': Record<string, never>
  /** Before MC's answers are asked: how many products are short. */
  'stock.shortNote': { order: string; count: number }
  /** MC's answer for one short line (a pick list follows). */
  'stock.askMcAnswer': { sku: string; shortfall: number; available: number }
  /** MC's answers: the lead-time date, another date, or none. */
  'stock.canMakeBy': { date: string }
  'stock.canMakeOther': Record<string, never>
  'stock.cannotProduce': Record<string, never>
  'stock.askCompletion': { sku: string }
  /** A prompt's hint: the answer is no date. */
  'stock.dateOnly': Record<string, never>
  /** Done: the inquiry is offered with a delivery date. */
  'stock.offered': { order: string; date: string }
  /** The next command when the customer accepts, and when they decline. */
  'stock.ifAccepts': { command: string }
  'stock.ifDeclines': { command: string }
}
