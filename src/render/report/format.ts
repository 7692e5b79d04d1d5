import { formatMoneyGrouped } from '../../domain/money.js'

/** Formatting shared by the human renderings of the status report. */

export const money = (minor: number): string => formatMoneyGrouped(minor)

/** A count with thousands separators: "530,616". */
export const int = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')

/** "83.3 %", or "—" when there is nothing to divide. */
export const percent = (rate: number | null): string => (rate === null ? '—' : `${(Math.round(rate * 1000) / 10).toFixed(1)} %`)

export const orDash = (v: number | string | null | undefined, f: (x: number) => string = String): string =>
  v === null || v === undefined ? '—' : typeof v === 'number' ? f(v) : v

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** "Thursday, 26 November 2026" for the heading (fixed English, whatever the locale). */
export function longDate(date: string): string {
  const d = new Date(`${date}T00:00:00Z`)
  return `${WEEKDAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`
}

/** "2026-11-26 22:00 UTC" from an ISO timestamp. */
export const stamp = (iso: string): string => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`

/** Pipeline status labels for people. */
export const STATUS_LABELS: Record<string, string> = {
  inquiry: 'inquiry',
  offered: 'offered',
  lost: 'lost',
  contracted: 'contracted',
  confirmed: 'confirmed',
  in_production: 'in production',
  ready: 'ready',
  shipping: 'shipping',
  shipped: 'shipped',
  completed: 'completed',
  cancelled: 'cancelled',
}

export const statusLabel = (s: string): string => STATUS_LABELS[s] ?? s

/** Rows of the "flow" table: label and key. */
export const FLOW_ROWS = [
  ['New inquiries', 'inquiries'],
  ['Contracts signed', 'contracts'],
  ['Sales orders confirmed', 'confirmations'],
  ['Shipments sent', 'shipments'],
  ['Deliveries', 'deliveries'],
] as const

export const bucketLabel = (label: string): string => (label === '>30' ? 'over 30 days' : `${label.replace('-', '–')} days`)
