import { formatMoneyGrouped, type Minor } from '../../domain/money.js'
import { depositAmount } from '../../domain/payment-status.js'
import { tr } from '../../messages/index.js'
import type { FormBase } from '../../read/forms/form-data.js'

/** How the forms write values: money in the tables, and the terms of delivery and payment. */
export const money = (m: Minor): string => formatMoneyGrouped(m)

/** `transfer, due 2026-12-03` (银行转账，付款期限 …), or `to be agreed 待定`. */
export function paymentText(method: string | null, due: string | null): string {
  return tr('form.paymentTerms', { method: method ? tr('name.paymentMethod', { method }) : null, due })
}

export function depositText(total: Minor, pct: number | null): string {
  const p = pct ?? 100
  return tr('form.deposit', { pct: p, amount: depositAmount(total, pct) })
}

/** `phone, REC-0042` (电话，REC-0042). */
export function sourceText(f: FormBase): string {
  const o = f.agg.order
  return tr('form.sourceOf', { channel: o.channel ? tr('name.channel', { channel: o.channel }) : '', ref: o.source_ref })
}

export function deliveryText(promised: string | null, requested: string | null): string {
  return tr('form.deliveryTerms', { promised, requested })
}

/** A unit as the form names it (`pcs`, 件). */
export const unitName = (unit: string): string => tr('name.unit', { unit })
