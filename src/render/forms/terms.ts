import { formatMoneyGrouped, type Minor } from '../../domain/money.js'
import { depositAmount } from '../../domain/payment-status.js'
import { tr } from '../../messages/index.js'
import type { ClauseKind } from '../../domain/messages/form.js'
import type { TermKey } from '../../domain/settings.js'
import type { FormBase } from '../../read/forms/form-data.js'
import type { Clause } from './form-model.js'

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

const CLAUSES: readonly [TermKey, ClauseKind][] = [
  ['terms.quality', 'quality'],
  ['terms.delivery', 'delivery'],
  ['terms.breach', 'breach'],
  ['terms.disputes', 'disputes'],
]

/**
 * The contract's terms from the settings, numbered: on the contract every clause, an unset one
 * a blank line to fill in by hand (`blanks`), as a printed Chinese contract has them; on the
 * sales order only those set.
 */
export function termClauses(f: FormBase, opts: { blanks: boolean }): Clause[] {
  const set = CLAUSES.filter(([key]) => opts.blanks || f.contractTerms[key] !== null)
  return set.map(([key, clause], i) => ({ heading: tr('form.clause', { n: i + 1, clause }), text: f.contractTerms[key] }))
}
