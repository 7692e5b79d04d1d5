import { formatMoneyGrouped, type Minor } from '../../domain/money.js'
import { depositAmount } from '../../domain/payment-status.js'
import type { FormBase } from '../../read/forms/form-data.js'

/** How the forms write values: money, a missing value, and the terms of delivery and payment. */
export const money = (m: Minor): string => formatMoneyGrouped(m)

export const dash = (v: string | null | undefined): string => (v === null || v === undefined || v === '' ? '—' : v)

/** `transfer, due 2026-12-03`, or `to be agreed 待定`. */
export function paymentText(method: string | null, due: string | null): string {
  if (!method) return 'to be agreed 待定'
  return `${method}${due ? `, due 付款期限 ${due}` : ''}`
}

export function depositText(total: Minor, pct: number | null): string {
  const p = pct ?? 100
  return `${p} % = ${money(depositAmount(total, pct))}`
}

/** `phone, REC-0042`. */
export function sourceText(f: FormBase): string {
  const o = f.agg.order
  return [o.channel, o.source_ref].filter(Boolean).join(', ')
}

export function deliveryText(promised: string | null, requested: string | null): string {
  if (!promised) return requested ? `requested 要求 ${requested}` : '—'
  return `by ${promised}${requested ? `   (requested 要求 ${requested})` : ''}`
}
