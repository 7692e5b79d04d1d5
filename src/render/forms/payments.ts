import { tr } from '../../messages/index.js'
import type { FormBase } from '../../read/forms/form-data.js'
import type { FormColumn, PaymentList } from './form-model.js'
import { money } from './terms.js'

type Column = 'number' | 'date' | 'kind' | 'method' | 'amount'
const column = (c: Column, align: 'left' | 'right', more: Partial<FormColumn> = {}): FormColumn => ({
  header: tr('form.paymentColumn', { column: c }).split('\n'),
  align,
  ...more,
})

/**
 * Issue 19 (refunds with the forms showing them): the order's payments and refunds as of the
 * day printed — a later procedure fact, taken from the desk now, never from the stored copy —
 * each with its number, date, kind, method and bank reference and amount (a refund its own
 * negative line, a voided one marked and not counted), then what was received, refunded and
 * net paid, and the balance still due or the money due back against the order's total now.
 */
export function paymentList(f: FormBase): PaymentList | null {
  const now = f.paymentsNow
  if (!now) return null
  let received = 0
  let refunded = 0
  const rows = now.payments.map((p) => {
    const voided = p.voided_at !== null
    if (!voided) {
      if (p.kind === 'refund') refunded += p.amount
      else received += p.amount
    }
    const amount = p.kind === 'refund' ? -p.amount : p.amount
    return {
      voided,
      cells: [
        p.number,
        p.paid_date,
        tr('form.paymentKind', { kind: p.kind, voided }),
        tr('form.paymentMethodRef', { method: p.method ? tr('name.paymentMethod', { method: p.method }) : null, ref: p.ref }),
        money(amount),
      ],
    }
  })
  const net = received - refunded
  const balance = now.total - net
  const sum = (s: 'received' | 'refunded' | 'netPaid' | 'balanceDue' | 'refundDue', v: number) => ({ label: tr('form.paymentSum', { sum: s }), value: money(v) })
  return {
    title: tr('form.paymentsTitle', { date: now.date }),
    columns: [column('number', 'left', { code: true }), column('date', 'left', { code: true }), column('kind', 'left'), column('method', 'left', { flex: true, wrap: true }), column('amount', 'right')],
    rows,
    empty: tr('form.noPayments'),
    sums: [sum('received', received), sum('refunded', refunded), sum('netPaid', net), balance < 0 ? sum('refundDue', -balance) : sum('balanceDue', balance)],
  }
}
