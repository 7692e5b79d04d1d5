import { ValidationError } from '../domain/errors.js'
import type { Channel } from '../domain/channels.js'
import type { IsoDate } from '../domain/dates.js'
import type { ItemSpec } from '../domain/item-spec.js'
import { lineAmount, type BasisPoints } from '../domain/money.js'
import { orderCounterKey, orderNumber } from '../domain/numbering.js'
import { nextCounter } from '../store/queries/counters.js'
import { findCustomer } from '../store/queries/customers.js'
import { appendEvent } from '../store/queries/events.js'
import { findProductsBySku } from '../store/queries/products.js'
import { immediate } from '../store/transaction.js'
import { requirePermission, type ServiceContext } from './context.js'

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
  requirePermission(ctx, 'inquiry.write', 'recording an inquiry')
  if (input.items.length === 0) throw new ValidationError('item', '', 'at least one --item sku=qty is needed')
  const orderDate = input.orderDate ?? ctx.today
  if (input.requestedDate && input.requestedDate < orderDate) {
    throw new ValidationError('requested', input.requestedDate, `must not be before the order date ${orderDate}`)
  }
  return immediate(ctx.db, async (tx) => {
    const customer = await findCustomer(tx, input.customer)
    if (!customer) throw new ValidationError('customer', input.customer, 'no such customer (see `orderdesk customer list`)')
    const products = new Map((await findProductsBySku(tx, input.items.map((i) => i.sku))).map((p) => [p.sku, p]))
    const lines = input.items.map((item, i) => {
      const p = products.get(item.sku)
      if (!p) throw new ValidationError('sku', item.sku, 'no such product (see `orderdesk product list`)')
      const unitPrice = item.price ?? p.price
      const discountBp = item.discountBp ?? 0
      return {
        line_no: i + 1,
        product_id: p.id,
        qty: item.qty,
        unit_price: unitPrice,
        discount_bp: discountBp,
        amount: lineAmount(item.qty, unitPrice, discountBp),
      }
    })
    const total = lines.reduce((s, l) => s + l.amount, 0)
    if (!Number.isSafeInteger(total)) throw new ValidationError('total', total, 'too large')
    const number = orderNumber(orderDate, await nextCounter(tx, orderCounterKey(orderDate)))
    const at = ctx.now()
    const { id } = await tx
      .insertInto('orders')
      .values({
        number,
        customer_id: customer.id,
        status: 'inquiry',
        revision: 1,
        channel: input.channel,
        source_ref: input.sourceRef ?? null,
        rush: input.rush ? 1 : 0,
        note: input.note ?? null,
        order_date: orderDate,
        requested_date: input.requestedDate ?? null,
        promised_date: null,
        total,
        ext_ref: input.extRef ?? null,
        created_by: ctx.actor.name,
        created_at: at,
        updated_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await tx
      .insertInto('order_lines')
      .values(lines.map((l) => ({ ...l, order_id: id })))
      .execute()
    await appendEvent(tx, {
      at,
      businessDate: ctx.today,
      actor: ctx.actor.name,
      action: 'inquiry.new',
      entity: 'order',
      ref: number,
      orderId: id,
      from: null,
      to: 'inquiry',
      data: {
        customer: customer.code,
        channel: input.channel,
        sourceRef: input.sourceRef ?? null,
        total,
        lines: input.items.map((i) => ({ sku: i.sku, qty: i.qty })),
      },
    })
    return { number }
  })
}
