import { RefusedError, ValidationError } from '../domain/errors.js'
import type { IsoDate } from '../domain/dates.js'
import { msg } from '../domain/message.js'
import { formatMoney, type Minor } from '../domain/money.js'
import { paymentStatus, type PaymentStatus } from '../domain/payment-status.js'
import { insertPayment, nextPaymentNumber } from '../store/queries/payments.js'
import { requirePermission, type ServiceContext } from './context.js'
import { orderStep } from './record-step.js'

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
): Promise<{ paid: Minor; total: Minor; paymentStatus: PaymentStatus; payment: string }> {
  requirePermission(ctx, 'payment.record', 'payment.record')
  if (input.amount <= 0) throw new ValidationError('amount', formatMoney(input.amount), msg('order.amountNotPositive', {}))
  const date = input.date ?? ctx.today
  if (date > ctx.today) throw new ValidationError('date', date, msg('order.paymentAfterToday', { today: ctx.today }))
  return orderStep(ctx, input.number, 'recordPayment', async (tx, order, at) => {
    const paid = order.paid + input.amount
    if (paid > order.total && !input.allowOverpay) {
      throw new RefusedError(msg('order.overpayment', { order: order.number, amount: input.amount, total: order.total, paid: order.paid }), 'overpayment', {
        balance: formatMoney(order.total - order.paid),
      })
    }
    const payment = await nextPaymentNumber(tx, order.id, order.number)
    await insertPayment(tx, { number: payment, order_id: order.id, amount: input.amount, method: input.method ?? null, ref: input.ref ?? null, paid_date: date, recorded_by: ctx.actor.name, created_at: at })
    const status = paymentStatus({ total: order.total, paid, depositPct: order.deposit_pct, refunded: order.refunded, status: order.status })
    return {
      patch: { paid },
      event: { action: 'payment.record', data: { amount: input.amount, method: input.method ?? null, ref: input.ref ?? null, date, paid, paymentStatus: status, payment } },
      result: { paid, total: order.total, paymentStatus: status, payment },
    }
  })
}
