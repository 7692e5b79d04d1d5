import type { Tx } from '../tx.js'

/** An order's own numbered series. */
export type OrderSeries = 'shipment' | 'change' | 'changeForm' | 'contract'

/**
 * The next number in one of an order's own series (its 1st, 2nd, … shipment, change request,
 * change form, contract), counted inside the caller's write transaction (which holds the
 * desk's write lock, so two clerks cannot take the same number).
 *
 * @example
 * const seq = await nextOrderSeq(tx, order.id, 'shipment') // 1 for the order's first shipment
 * documentNumber(order.number, DOCUMENT_KINDS.outbound_slip, seq)
 */
export async function nextOrderSeq(tx: Tx, orderId: number, series: OrderSeries): Promise<number> {
  const row = await countOf(tx, orderId, series).executeTakeFirstOrThrow()
  return Number(row.n) + 1
}

function countOf(tx: Tx, orderId: number, series: OrderSeries) {
  switch (series) {
    case 'shipment':
      return tx.selectFrom('shipments').select((eb) => eb.fn.countAll<number>().as('n')).where('order_id', '=', orderId)
    case 'change':
      return tx.selectFrom('change_requests').select((eb) => eb.fn.countAll<number>().as('n')).where('order_id', '=', orderId)
    case 'changeForm':
      return tx.selectFrom('change_requests').select((eb) => eb.fn.countAll<number>().as('n')).where('order_id', '=', orderId).where('form_number', 'is not', null)
    case 'contract':
      return tx.selectFrom('documents').select((eb) => eb.fn.countAll<number>().as('n')).where('order_id', '=', orderId).where('kind', '=', 'contract')
  }
}
