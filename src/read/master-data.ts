/** The customers and products a clerk looks up, lists and picks from at a prompt. */
export { findCustomer, listCustomers, searchCustomers } from '../store/queries/customers.js'
export { findProduct, findProductsBySku, listProducts, searchProducts } from '../store/queries/products.js'
export type { Customer, Product } from '../store/schema.js'
export { masterHistory, type HistoryEntry, type HistoryValue } from './master-history.js'
