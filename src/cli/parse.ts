import type * as z from 'zod/mini'
import { ValidationError } from '../domain/errors.js'
import { parseDate, type IsoDate } from '../domain/dates.js'
import { tr } from '../messages/index.js'

/** Commander collector for repeatable options (`--item a=1 --item b=2`). */
export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value]
}

/**
 * Validates a command's options with zod at the edge; the first problem becomes one
 * ValidationError naming the flag and the value (exit 2).
 */
export function validateOptions<S extends z.ZodMiniType>(schema: S, opts: unknown): z.infer<S> {
  const r = schema.safeParse(opts)
  if (r.success) return r.data
  const issue = r.error.issues[0]!
  const key = issue.path.map(String).join('.')
  const flag = `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`
  const value = issue.path.reduce<unknown>((o, k) => (o as Record<PropertyKey, unknown> | undefined)?.[k as PropertyKey], opts)
  throw new ValidationError(flag, value ?? '', issue.message)
}

export function optionalDate(text: string | undefined, field: string, today: IsoDate): IsoDate | null {
  return text === undefined || text === '' ? null : parseDate(text, field, today)
}

/** A prompt's check of a typed date: today or later, else what to type (`bad` when it is no date at all). */
export function notBeforeToday(v: string, today: IsoDate, bad: string): true | string {
  try {
    return parseDate(v, 'date', today) >= today ? true : tr('common.notBeforeToday', { today })
  } catch {
    return bad
  }
}
