import { NotFoundError, RefusedError, ValidationError } from '../domain/errors.js'
import { msg } from '../domain/message.js'
import { formatMoney, type Minor } from '../domain/money.js'
import { paymentStatus, type PaymentStatus } from '../domain/payment-status.js'
import { findPayment, markPaymentVoided } from '../store/queries/payments.js'
import { requirePermission, type ServiceContext } from './context.js'
import { orderStep } from './record-step.js'

export interface VoidPaymentInput {
  /** `26-00001-PM2` */
  payment: string
  reason: string
}

export interface VoidPaymentResult {
  payment: string
  kind: 'payment' | 'refund'
  amount: Minor
  order: string
  paid: Minor
  total: Minor
  paymentStatus: PaymentStatus
}

/**
 * A mistyped payment (or refund) is reversed, never deleted (issue 19): the row stays, marked
 * voided with who, when and why, and the order's `paid` loses what it added (a voided refund
 * gives it back). Audited as `payment.void`, on the order's timeline. Voiding twice is refused,
 * and so is voiding a payment whose money was already refunded (void the refund first).
 */
export async function voidPayment(ctx: ServiceContext, input: VoidPaymentInput): Promise<VoidPaymentResult> {
  requirePermission(ctx, 'payment.refund', 'payment.void')
  const reason = input.reason.trim()
  if (!reason) throw new ValidationError('reason', input.reason, msg('order.voidReasonNeeded', {}))
  const seen = await findPayment(ctx.db, input.payment)
  if (!seen) throw new NotFoundError('payment', input.payment, msg('order.seePayments', {}))
  const orderNumber = input.payment.replace(/-PM\d+$/, '')
  return orderStep(ctx, orderNumber, 'voidPayment', async (tx, order, at) => {
    const p = await findPayment(tx, input.payment)
    if (!p || p.order_id !== order.id) throw new NotFoundError('payment', input.payment, msg('order.seePayments', {}))
    if (p.voided_at) {
      throw new RefusedError(msg('order.paymentAlreadyVoided', { payment: p.number, by: p.voided_by ?? '', date: p.voided_date ?? '', reason: p.void_reason ?? '' }), 'already_voided', {
        payment: p.number,
      })
    }
    const kind = p.kind === 'refund' ? 'refund' : 'payment'
    const paid = kind === 'refund' ? order.paid + p.amount : order.paid - p.amount
    if (paid < 0) {
      throw new RefusedError(msg('order.voidBelowZero', { payment: p.number, amount: p.amount, paid: order.paid }), 'void_below_zero', { paid: formatMoney(order.paid) })
    }
    const refunded = kind === 'refund' ? (order.refunded ?? 0) - p.amount : order.refunded
    await markPaymentVoided(tx, p.id, { at, date: ctx.today, by: ctx.actor.name, reason })
    const status = paymentStatus({ total: order.total, paid, depositPct: order.deposit_pct, refunded, status: order.status })
    return {
      patch: kind === 'refund' ? { paid, refunded } : { paid },
      event: { action: 'payment.void', data: { payment: p.number, kind, amount: p.amount, reason, paid, paymentStatus: status } },
      result: { payment: p.number, kind, amount: p.amount, order: order.number, paid, total: order.total, paymentStatus: status },
    }
  })
}
