/** What MC's queue shows (`production list`) and a production order after a step. */
export { findProductionOrder, listProductionOrders, type ProductionOrderView } from '../store/queries/production.js'
