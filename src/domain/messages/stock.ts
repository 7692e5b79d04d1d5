import type { LostReason } from '../stock-check.js'

/** The parameters of the stock messages: each key a message, each value what its words need. */
export interface StockMessages {
  /** A count correction that would take on-hand below what is reserved. */
  'stock.belowReserved': { sku: string; qty: number; onHand: number; reserved: number }
  /** Why the stock check lost an inquiry (kept on the order as its lost reason). */
  'stock.lostReason': LostReason
  /** At the contract: stock the offer counted on was taken meanwhile. */
  'stock.gone': { sku: string; order: string; needed: number; available: number }
}
