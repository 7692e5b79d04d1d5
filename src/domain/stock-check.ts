import { addDays, maxDate, type IsoDate } from './dates.js'

/**
 * The clerk's stock check (SPEC §1 step 2) as a pure function: for every line, how much
 * stock covers it, the shortfall, and the date it can be ready; then whether the order
 * can be offered (promised date = the latest line date) or is lost.
 *
 * @example
 * evaluateStockCheck({ today: '2026-11-26', lines: [{ lineNo: 1, sku: 'A', qty: 10,
 *   producible: true, leadDays: 14 }], available: { A: 4 }, mcDates: { A: '2026-12-20' } })
 * // → line 1: stockQty 4, shortfall 6, source 'production', date '2026-12-20'; outcome 'offered'
 */
export interface CheckLineInput {
  lineNo: number
  sku: string
  qty: number
  producible: boolean
  leadDays: number
}

export interface CheckInput {
  today: IsoDate
  lines: CheckLineInput[]
  /** Available (on hand − reserved) per sku, before this order. */
  available: Record<string, number>
  /** MC's completion dates for shortfall skus. */
  mcDates: Record<string, IsoDate>
  /** Skus MC says cannot be produced, with the reason. */
  notProducible?: Record<string, string>
}

export interface CheckedLine {
  lineNo: number
  sku: string
  qty: number
  /** Available for this line when checked (after earlier lines of the same sku). */
  available: number
  stockQty: number
  shortfall: number
  source: 'stock' | 'production'
  /** Date the line can be ready; null when a production date is still missing. */
  date: IsoDate | null
  /** A production date proposed from the product's lead days. */
  proposedDate: IsoDate | null
}

/** Why an inquiry is lost: MC said the product cannot be produced (their reason), or it is short and not producible. */
export type LostReason = { why: 'mc_refused'; sku: string; reason: string } | { why: 'not_producible'; sku: string; shortfall: number }

export type CheckOutcome =
  | { kind: 'offered'; promisedDate: IsoDate }
  | { kind: 'lost'; lost: LostReason }
  | { kind: 'needs_dates'; skus: string[] }

export interface CheckResult {
  lines: CheckedLine[]
  outcome: CheckOutcome
}

export function evaluateStockCheck(input: CheckInput): CheckResult {
  const left: Record<string, number> = { ...input.available }
  const lines: CheckedLine[] = []
  let lost: CheckOutcome | null = null
  const missing: string[] = []

  for (const l of input.lines) {
    const available = Math.max(0, left[l.sku] ?? 0)
    const stockQty = Math.min(available, l.qty)
    left[l.sku] = available - stockQty
    const shortfall = l.qty - stockQty
    const proposedDate = shortfall > 0 ? addDays(input.today, Math.max(0, l.leadDays)) : null
    let date: IsoDate | null = input.today
    if (shortfall > 0) {
      const mcRefusal = input.notProducible?.[l.sku]
      if (mcRefusal !== undefined) {
        lost ??= { kind: 'lost', lost: { why: 'mc_refused', sku: l.sku, reason: mcRefusal } }
      } else if (!l.producible) {
        lost ??= { kind: 'lost', lost: { why: 'not_producible', sku: l.sku, shortfall } }
      }
      date = input.mcDates[l.sku] ?? null
      if (date === null && !missing.includes(l.sku)) missing.push(l.sku)
    }
    lines.push({
      lineNo: l.lineNo,
      sku: l.sku,
      qty: l.qty,
      available,
      stockQty,
      shortfall,
      source: shortfall > 0 ? 'production' : 'stock',
      date,
      proposedDate,
    })
  }

  if (lost) return { lines, outcome: lost }
  // Lines without a shortfall but whose product MC declared not producible are unaffected.
  if (missing.length > 0) return { lines, outcome: { kind: 'needs_dates', skus: missing } }
  const promisedDate = maxDate(lines.map((l) => l.date!)) ?? input.today
  return { lines, outcome: { kind: 'offered', promisedDate } }
}

/** What a checked line says in the audit event and in `--json` (its line number aside). */
export function lineFacts(l: CheckedLine): Pick<CheckedLine, 'sku' | 'qty' | 'available' | 'shortfall' | 'source' | 'date'> {
  return { sku: l.sku, qty: l.qty, available: l.available, shortfall: l.shortfall, source: l.source, date: l.date }
}

/** Skus in the order that are short, in line order (what MC must answer for). */
export function shortSkus(result: CheckResult): string[] {
  return [...new Set(result.lines.filter((l) => l.shortfall > 0).map((l) => l.sku))]
}
