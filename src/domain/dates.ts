import { ValidationError } from './errors.js'
import { msg } from './message.js'

/**
 * Business dates are plain `YYYY-MM-DD` strings (no time zone); they compare as strings.
 *
 * @example
 * addDays('2026-11-26', 7) // '2026-12-03'
 */
export type IsoDate = string

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/

export function isValidDate(text: string): boolean {
  const m = DATE_RE.exec(text)
  if (!m) return false
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  return d.toISOString().slice(0, 10) === text
}

/** Validates a date given by the user; also accepts `today`, `tomorrow` and `+N` (days from today). */
export function parseDate(text: string, field: string, today: IsoDate): IsoDate {
  const s = String(text).trim().toLowerCase()
  if (s === 'today') return today
  if (s === 'tomorrow') return addDays(today, 1)
  const rel = /^\+(\d{1,4})d?$/.exec(s)
  if (rel) return addDays(today, Number(rel[1]))
  if (!isValidDate(s)) throw new ValidationError(field, text, msg('common.notADate', {}))
  return s
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10)
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000)
}

export function maxDate(dates: IsoDate[]): IsoDate | null {
  let best: IsoDate | null = null
  for (const d of dates) if (best === null || d > best) best = d
  return best
}
