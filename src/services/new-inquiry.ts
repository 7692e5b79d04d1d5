import { ValidationError } from '../domain/errors.js'
import type { Channel } from '../domain/channels.js'
import type { IsoDate } from '../domain/dates.js'
import { freeLines, type FreeGrant, type FreeLine } from '../domain/free-lines.js'
import type { ItemSpec } from '../domain/item-spec.js'
import { msg } from '../domain/message.js'
import { lineAmount, type BasisPoints } from '../domain/money.js'
import { mergeRepeated, type MergedLine } from '../domain/repeated-lines.js'
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
  /** `--free --reason`: lines at a zero price are samples (else a zero price is refused). */
  free?: FreeGrant | null
}

export interface NewInquiryResult {
  number: string
  /** Products given more than once, each merged into one line (a notice for the clerk). */
  merged: MergedLine[]
  /** The lines at no charge (with `free`). */
  free: FreeLine[]
}

/**
 * Records a pre-order (SPEC §1 step 1): status `inquiry`, a new order number.
 * Prices default to the list price; the total is the sum of the line amounts. A product given
 * twice is one line (quantities added; at different prices refused); a zero price needs
 * `free` (issue 19), and the event says which lines are free and why.
 */
export async function newInquiry(ctx: ServiceContext, input: NewInquiryInput): Promise<NewInquiryResult> {
  requirePermission(ctx, 'inquiry.write', 'inquiry.new')
  if (input.items.length === 0) throw new ValidationError('item', '', msg('order.itemsNeeded', {}))
  const orderDate = input.orderDate ?? ctx.today
  if (input.requestedDate && input.requestedDate < orderDate) {
    throw new ValidationError('requested', input.requestedDate, msg('order.requestedBeforeOrderDate', { orderDate }))
  }
  return immediate(ctx.db, async (tx) => {
    const customer = await findCustomer(tx, input.customer)
    if (!customer) throw new ValidationError('customer', input.customer, msg('master.noSuchCustomer', {}))
    const { lines, merged } = await pricedLines(tx, input.items)
    const free = freeLines(lines.map((l) => ({ lineNo: l.line_no, sku: l.sku, qty: l.qty, unitPrice: l.unit_price, discountBp: l.discount_bp })), input.free ?? null)
    const total = lines.reduce((s, l) => s + l.amount, 0)
    if (!Number.isSafeInteger(total)) throw new ValidationError('total', total, msg('common.tooLarge', {}))
    const number = orderNumber(orderDate, await nextCounter(tx, orderCounterKey(orderDate)))
    const at = ctx.now()
    const id = await insertOrder(tx, orderRow(ctx, input, { number, customer, orderDate, total, at }), lines.map(({ sku: _, ...row }) => row))
    const items = lines.map((l) => ({ sku: l.sku, qty: l.qty }))
    const said = { ...(merged.length ? { merged: merged.map(({ sku, qty, parts }) => ({ sku, qty, parts })) } : {}), ...(free.length ? { free: { lines: free, reason: input.free!.reason } } : {}) }
    await recordEvent(tx, ctx, at, inquiryEvent(number, id, { customer: customer.code, channel: input.channel, sourceRef: input.sourceRef ?? null, total, lines: items, ...said }))
    return { number, merged, free }
  })
}

/** The event of a new inquiry (an order that starts as `inquiry`), with what it says of the order. */
export function inquiryEvent(number: string, orderId: number, data: Record<string, unknown>): StepEvent {
  return { action: 'inquiry.new', entity: 'order', ref: number, orderId, from: null, to: 'inquiry', data }
}

/**
 * The order's lines: each item's product, at its own price or the list price, less its
 * discount; one line per product (a repeated one merged, at another price refused).
 */
async function pricedLines(tx: Tx, items: NewInquiryInput['items']) {
  const products = new Map((await findProductsBySku(tx, items.map((i) => i.sku))).map((p) => [p.sku, p]))
  const entries = items.map((item) => {
    const p = products.get(item.sku)
    if (!p) throw new ValidationError('sku', item.sku, msg('master.noSuchProductSeeList', {}))
    return { sku: item.sku, productId: p.id, qty: item.qty, unitPrice: item.price ?? p.price, discountBp: item.discountBp ?? 0 }
  })
  const { lines, merged, clashes } = mergeRepeated(entries)
  const clash = clashes[0]
  if (clash) throw new ValidationError('item', clash.sku, msg('lines.priceClash', { sku: clash.sku, first: clash.first, other: clash.other }))
  const rows = lines.map((l, i) => {
    if (!Number.isSafeInteger(l.qty) || l.qty > 1_000_000_000) throw new ValidationError(`qty for ${l.sku}`, l.qty, msg('common.tooLarge', {}))
    return { line_no: i + 1, sku: l.sku, product_id: l.productId, qty: l.qty, unit_price: l.unitPrice, discount_bp: l.discountBp, amount: lineAmount(l.qty, l.unitPrice, l.discountBp) }
  })
  return { lines: rows, merged }
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
