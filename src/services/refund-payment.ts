import { RefusedError, ValidationError } from '../domain/errors.js'
import type { IsoDate } from '../domain/dates.js'
import { msg } from '../domain/message.js'
import { formatMoney, type Minor } from '../domain/money.js'
import { paymentStatus, type PaymentStatus } from '../domain/payment-status.js'
import { insertPayment, nextPaymentNumber } from '../store/queries/payments.js'
import { requirePermission, type ServiceContext } from './context.js'
import { orderStep } from './record-step.js'

export interface RefundPaymentInput {
  number: string
  amount: Minor
  ref?: string | null
  reason?: string | null
  date?: IsoDate
}

/**
 * Money goes back to the customer (issue 19): after a cancellation, a reduced change or a
 * return, when more was paid than the order's total. A refund is a payment row of kind
 * `refund` with its own number; the order's `paid` is net of it. No more than is due back
 * (what was paid beyond the total) can be refunded, and never more than was paid.
 */
export async function refundPayment(
  ctx: ServiceContext,
  input: RefundPaymentInput,
): Promise<{ paid: Minor; total: Minor; paymentStatus: PaymentStatus; payment: string }> {
  requirePermission(ctx, 'payment.refund', 'payment.refund')
  if (input.amount <= 0) throw new ValidationError('amount', formatMoney(input.amount), msg('order.amountNotPositive', {}))
  const date = input.date ?? ctx.today
  if (date > ctx.today) throw new ValidationError('date', date, msg('order.paymentAfterToday', { today: ctx.today }))
  return orderStep(ctx, input.number, 'refundPayment', async (tx, order, at) => {
    const due = Math.max(0, Math.min(order.paid, order.paid - order.total))
    if (input.amount > due) {
      throw new RefusedError(msg('order.refundTooLarge', { order: order.number, amount: input.amount, paid: order.paid, total: order.total, due }), 'refund_too_large', {
        paid: formatMoney(order.paid),
        due: formatMoney(due),
      })
    }
    const payment = await nextPaymentNumber(tx, order.id, order.number)
    await insertPayment(tx, {
      number: payment,
      kind: 'refund',
      order_id: order.id,
      amount: input.amount,
      method: null,
      ref: input.ref ?? null,
      paid_date: date,
      recorded_by: ctx.actor.name,
      created_at: at,
    })
    const paid = order.paid - input.amount
    const refunded = (order.refunded ?? 0) + input.amount
    const status = paymentStatus({ total: order.total, paid, depositPct: order.deposit_pct, refunded, status: order.status })
    return {
      patch: { paid, refunded },
      event: { action: 'payment.refund', data: { payment, amount: input.amount, ref: input.ref ?? null, reason: input.reason ?? null, date, paid, paymentStatus: status } },
      result: { paid, total: order.total, paymentStatus: status, payment },
    }
  })
}
