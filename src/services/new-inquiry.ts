import { ValidationError } from '../domain/errors.js'
import type { Channel } from '../domain/channels.js'
import type { IsoDate } from '../domain/dates.js'
import type { ItemSpec } from '../domain/item-spec.js'
import { msg } from '../domain/message.js'
import { lineAmount, type BasisPoints } from '../domain/money.js'
import { orderCounterKey, orderNumber } from '../domain/numbering.js'
import { nextCounter } from '../store/queries/counters.js'
import { findCustomer } from '../store/queries/customers.js'
import { insertOrder } from '../store/queries/orders.js'
import { findProductsBySku } from '../store/queries/products.js'
import type { Customer } from '../store/schema.js'
import { immediate, type Tx } from '../store/transaction.js'
import { requirePermission, type ServiceContext } from './context.js'
import { recordEvent, type StepEvent } from './record-step.js'

export interface NewInquiryInput {
  customer: string
  items: (ItemSpec & { discountBp?: BasisPoints })[]
  requestedDate?: IsoDate | null
  channel: Channel
  sourceRef?: string | null
  rush?: boolean
  note?: string | null
  orderDate?: IsoDate
  extRef?: string | null
}

/**
 * Records a pre-order (SPEC §1 step 1): status `inquiry`, a new order number.
 * Prices default to the list price; the total is the sum of the line amounts.
 */
export async function newInquiry(ctx: ServiceContext, input: NewInquiryInput): Promise<{ number: string }> {
  requirePermission(ctx, 'inquiry.write', 'inquiry.new')
  if (input.items.length === 0) throw new ValidationError('item', '', msg('order.itemsNeeded', {}))
  const orderDate = input.orderDate ?? ctx.today
  if (input.requestedDate && input.requestedDate < orderDate) {
    throw new ValidationError('requested', input.requestedDate, msg('order.requestedBeforeOrderDate', { orderDate }))
  }
  return immediate(ctx.db, async (tx) => {
    const customer = await findCustomer(tx, input.customer)
    if (!customer) throw new ValidationError('customer', input.customer, msg('master.noSuchCustomer', {}))
    const lines = await pricedLines(tx, input.items)
    const total = lines.reduce((s, l) => s + l.amount, 0)
    if (!Number.isSafeInteger(total)) throw new ValidationError('total', total, msg('common.tooLarge', {}))
    const number = orderNumber(orderDate, await nextCounter(tx, orderCounterKey(orderDate)))
    const at = ctx.now()
    const id = await insertOrder(tx, orderRow(ctx, input, { number, customer, orderDate, total, at }), lines)
    const items = input.items.map((i) => ({ sku: i.sku, qty: i.qty }))
    await recordEvent(tx, ctx, at, inquiryEvent(number, id, { customer: customer.code, channel: input.channel, sourceRef: input.sourceRef ?? null, total, lines: items }))
    return { number }
  })
}

/** The event of a new inquiry (an order that starts as `inquiry`), with what it says of the order. */
export function inquiryEvent(number: string, orderId: number, data: Record<string, unknown>): StepEvent {
  return { action: 'inquiry.new', entity: 'order', ref: number, orderId, from: null, to: 'inquiry', data }
}

/** The order's lines: each item's product, at its own price or the list price, less its discount. */
async function pricedLines(tx: Tx, items: NewInquiryInput['items']) {
  const products = new Map((await findProductsBySku(tx, items.map((i) => i.sku))).map((p) => [p.sku, p]))
  return items.map((item, i) => {
    const p = products.get(item.sku)
    if (!p) throw new ValidationError('sku', item.sku, msg('master.noSuchProductSeeList', {}))
    const unitPrice = item.price ?? p.price
    const discountBp = item.discountBp ?? 0
    return { line_no: i + 1, product_id: p.id, qty: item.qty, unit_price: unitPrice, discount_bp: discountBp, amount: lineAmount(item.qty, unitPrice, discountBp) }
  })
}

/** The new order's row: an inquiry at its first revision, nothing promised yet. */
function orderRow(
  ctx: ServiceContext,
  input: NewInquiryInput,
  o: { number: string; customer: Customer; orderDate: IsoDate; total: number; at: string },
) {
  return {
    number: o.number,
    customer_id: o.customer.id,
    status: 'inquiry',
    revision: 1,
    channel: input.channel,
    source_ref: input.sourceRef ?? null,
    rush: input.rush ? 1 : 0,
    note: input.note ?? null,
    order_date: o.orderDate,
    requested_date: input.requestedDate ?? null,
    promised_date: null,
    total: o.total,
    ext_ref: input.extRef ?? null,
    created_by: ctx.actor.name,
    created_at: o.at,
    updated_at: o.at,
  }
}
