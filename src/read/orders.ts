/**
 * What the order screens show (`order show`, `order list`, the `order` key of every command
 * that changes one): the order with everything hanging off it, its quotation check, lists.
 */
export { findOrderRow, listOrders, loadOrder, type OrderAggregate } from '../store/queries/orders.js'
export { approvedOfferOf, checkQuote, type QuoteCheck } from '../store/queries/quote-check.js'
export type { ComplaintRow, EventRow, OrderRow } from '../store/schema.js'
