import { RefusedError, ValidationError } from '../domain/errors.js'
import type { IsoDate } from '../domain/dates.js'
import { formatMoney, type Minor } from '../domain/money.js'
import { paymentStatus, type PaymentStatus } from '../domain/payment-status.js'
import { appendEvent } from '../store/queries/events.js'
import { immediate } from '../store/transaction.js'
import { requirePermission, type ServiceContext } from './context.js'
import { orderForStep, updateOrder } from './order-guard.js'

export interface RecordPaymentInput {
  number: string
  amount: Minor
  method?: string | null
  ref?: string | null
  date?: IsoDate
  allowOverpay?: boolean
}

/** Money arrived for a contracted order. Payments add up; over-payment needs `--allow-overpay`. */
export async function recordPayment(
  ctx: ServiceContext,
  input: RecordPaymentInput,
): Promise<{ paid: Minor; total: Minor; paymentStatus: PaymentStatus }> {
  requirePermission(ctx, 'payment.record', 'recording a payment')
  if (input.amount <= 0) throw new ValidationError('amount', formatMoney(input.amount), 'must be more than 0')
  const date = input.date ?? ctx.today
  if (date > ctx.today) throw new ValidationError('date', date, `a payment cannot arrive after today (${ctx.today})`)
  return immediate(ctx.db, async (tx) => {
    const order = await orderForStep(tx, input.number, 'recordPayment')
    const paid = order.paid + input.amount
    if (paid > order.total && !input.allowOverpay) {
      throw new RefusedError(
        `payment of ${formatMoney(input.amount)} would over-pay order ${order.number}: total ${formatMoney(order.total)}, paid ${formatMoney(order.paid)}, balance ${formatMoney(order.total - order.paid)}; use --allow-overpay if the money really came`,
        'overpayment',
        { balance: formatMoney(order.total - order.paid) },
      )
    }
    const at = ctx.now()
    await tx
      .insertInto('payments')
      .values({ order_id: order.id, amount: input.amount, method: input.method ?? null, ref: input.ref ?? null, paid_date: date, recorded_by: ctx.actor.name, created_at: at })
      .execute()
    await updateOrder(tx, order, { paid }, at)
    const status = paymentStatus({ total: order.total, paid, depositPct: order.deposit_pct })
    await appendEvent(tx, {
      at,
      businessDate: ctx.today,
      actor: ctx.actor.name,
      action: 'payment.record',
      entity: 'order',
      ref: order.number,
      orderId: order.id,
      data: { amount: input.amount, method: input.method ?? null, ref: input.ref ?? null, date, paid, paymentStatus: status },
    })
    return { paid, total: order.total, paymentStatus: status }
  })
}
