/**
 * Numbers people read aloud on the phone. An order is `YY-NNNNN` (year of intake and a
 * sequence within the year); its documents append a kind and a sequence.
 *
 * @example
 * orderNumber('2026-11-26', 42)         // '26-00042'
 * documentNumber('26-00042', 'CT', 1)   // '26-00042-CT1'
 */
export const DOCUMENT_KINDS = {
  contract: 'CT',
  sales_order: 'SO',
  production_order: 'MO',
  change_request: 'CR',
  change_form: 'CF',
  outbound_slip: 'OS',
} as const

export function orderNumber(businessDate: string, seq: number): string {
  return `${businessDate.slice(2, 4)}-${String(seq).padStart(5, '0')}`
}

export function documentNumber(order: string, prefix: string, seq: number): string {
  return `${order}-${prefix}${seq}`
}

/** Counter key for the year's order sequence. */
export function orderCounterKey(businessDate: string): string {
  return `order:${businessDate.slice(0, 4)}`
}
