import { addDays, type IsoDate } from './dates.js'
import { ValidationError } from './errors.js'
import { msg, type Msg } from './message.js'
import type { Minor } from './money.js'

/**
 * A customer's payment terms (付款方式, issue 20 §3), as `--terms` spells them:
 * - `prepaid`: everything before the sales order is signed (预付全款);
 * - `deposit:<pct>`: that share before the sales order, the balance before shipment (the seed's
 *   rule, 款到发货; `deposit:100` is what the desk did before terms existed);
 * - `monthly:<days>`: shipped on credit, due that many days after the end of the month it
 *   shipped in (月结 N 天);
 * - `instalments:<pct>@<days>,…`: shares due that many days after the contract was signed
 *   (分期付款), adding up to 100 %, each later than the one before.
 */
export type PaymentTerms =
  | { kind: 'prepaid' }
  | { kind: 'deposit'; percent: number }
  | { kind: 'monthly'; days: number }
  | { kind: 'instalments'; parts: readonly Instalment[] }

export interface Instalment {
  percent: number
  days: number
}

/** The terms of a desk that has set none: the whole amount before the sales order. */
export const DEFAULT_TERMS: PaymentTerms = { kind: 'deposit', percent: 100 }

const MAX_DAYS = 3650
const WHOLE = /^\d{1,4}$/

function whole(text: string | undefined, max: number): number | null {
  if (text === undefined || !WHOLE.test(text)) return null
  const n = Number(text)
  return n <= max ? n : null
}

/** Parses `--terms`; one clear reason when it is not terms. */
export function parsePaymentTerms(text: string, field: string): PaymentTerms {
  const s = String(text).trim().toLowerCase()
  const bad = (reason: Msg = msg('money.notTerms', {})) => new ValidationError(field, text, reason)
  if (s === 'prepaid') return { kind: 'prepaid' }
  const colon = s.indexOf(':')
  const kind = colon < 0 ? s : s.slice(0, colon)
  const rest = colon < 0 ? undefined : s.slice(colon + 1)
  if (kind === 'deposit') {
    const percent = whole(rest, 100)
    if (percent === null) throw bad()
    return { kind: 'deposit', percent }
  }
  if (kind === 'monthly') {
    const days = whole(rest, MAX_DAYS)
    if (days === null) throw bad()
    return { kind: 'monthly', days }
  }
  if (kind === 'instalments' && rest) {
    const parts: Instalment[] = []
    for (const piece of rest.split(',')) {
      const [p, d, extra] = piece.trim().split('@')
      const percent = whole(p, 100)
      const days = whole(d, MAX_DAYS)
      if (percent === null || percent === 0 || days === null || extra !== undefined) throw bad()
      const last = parts[parts.length - 1]
      if (last && days <= last.days) throw bad(msg('money.instalmentsOrder', {}))
      parts.push({ percent, days })
    }
    const sum = parts.reduce((a, p) => a + p.percent, 0)
    if (sum !== 100) throw bad(msg('money.instalmentsSum', { sum }))
    return { kind: 'instalments', parts }
  }
  throw bad()
}

/** The canonical spelling, the one `--json` and the audit trail keep (`deposit:30`). */
export function formatPaymentTerms(t: PaymentTerms): string {
  switch (t.kind) {
    case 'prepaid':
      return 'prepaid'
    case 'deposit':
      return `deposit:${t.percent}`
    case 'monthly':
      return `monthly:${t.days}`
    case 'instalments':
      return `instalments:${t.parts.map((p) => `${p.percent}@${p.days}`).join(',')}`
  }
}

/** When a share falls due: before the sales order, before shipment, or on a date. */
export type DueWhen = { at: 'before_order' } | { at: 'before_shipment' } | { at: 'date'; date: IsoDate }

export interface DueShare {
  amount: Minor
  when: DueWhen
}

/** The last day of the month `date` falls in. */
export function endOfMonth(date: IsoDate): IsoDate {
  const [y, m] = date.split('-').map(Number) as [number, number]
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10)
}

/**
 * What is due when, for an order of `total` under `terms`. `signed` is the contract's date
 * (instalments count from it), `shipped` the shipment's (a monthly account counts from its
 * month's end; before shipping nothing is dated yet). Shares are whole fen: each is rounded
 * up like a deposit, the last takes what is left, so they add up to the total exactly.
 */
export function dueSchedule(terms: PaymentTerms, total: Minor, dates: { signed: IsoDate | null; shipped: IsoDate | null }): DueShare[] {
  switch (terms.kind) {
    case 'prepaid':
      return [{ amount: total, when: { at: 'before_order' } }]
    case 'deposit': {
      const first = Math.ceil((total * terms.percent) / 100)
      const shares: DueShare[] = []
      if (first > 0) shares.push({ amount: first, when: { at: 'before_order' } })
      if (total - first > 0) shares.push({ amount: total - first, when: { at: 'before_shipment' } })
      return shares
    }
    case 'monthly':
      return [{ amount: total, when: dates.shipped ? { at: 'date', date: addDays(endOfMonth(dates.shipped), terms.days) } : { at: 'before_shipment' } }]
    case 'instalments': {
      let left = total
      return terms.parts.map((p, i) => {
        const amount = i === terms.parts.length - 1 ? left : Math.min(left, Math.ceil((total * p.percent) / 100))
        left -= amount
        const when: DueWhen = dates.signed ? { at: 'date', date: addDays(dates.signed, p.days) } : p.days === 0 ? { at: 'before_order' } : { at: 'before_shipment' }
        return { amount, when }
      })
    }
  }
}
