import {
  _default,
  array,
  boolean,
  enum as zenum,
  maxLength,
  minLength,
  object,
  optional,
  pipe,
  refine,
  regex,
  string,
  transform,
  trim,
} from 'zod/mini'
import { safeText, type TextKind } from '../domain/text-rules.js'

/**
 * Building blocks for validating commander options with zod at the edge. zod/mini keeps the
 * bundle (and so every command's startup) small.
 *
 * @example
 * const schema = z.object({ reason: note(200), rush: flag(), revision: revision() })
 */
/** The few zod/mini functions commands use directly (named imports keep the rest out of the bundle). */
export const z = { object, optional, string, trim, minLength, maxLength, _default, enum: zenum, boolean, array, pipe, regex, transform }

/**
 * An optional text flag, trimmed, at most `max` characters, without control characters (the
 * rule of domain/text-rules.ts, as for import cells: printed, they could rewrite another
 * clerk's terminal). `kind: 'note'` for free text that may have tabs and line breaks.
 */
export const text = (max = 200, kind: TextKind = 'line') =>
  z.optional(
    z.string().check(
      z.trim(),
      safeText(kind),
      z.maxLength(max, `at most ${max} characters`),
    ),
  )

/** An optional free-text flag (a note, reason, comment, address): tabs and line breaks allowed. */
export const note = (max = 200) => text(max, 'note')

/** An optional raw string flag (parsed further by a domain parser). */
export const str = () => z.optional(z.string())

/** A boolean switch. */
export const flag = (def = false) => z._default(z.boolean(), def)

/** A repeatable flag (collected into an array). */
export const list = () => z._default(z.array(z.string()), [])

/** A whole number given as text, within the safe integer range (a larger one would be rounded); `message` may be worded when it is said. */
export const wholeNumber = (message: string | (() => string)) =>
  z.pipe(
    z.string().check(z.regex(/^\d+$/, typeof message === 'string' ? message : { error: message }), refine((t) => Number.isSafeInteger(Number(t)), `too large (at most ${Number.MAX_SAFE_INTEGER})`)),
    z.transform(Number),
  )

/** `--revision <n>`: refuse if the order changed since. */
export const revision = () => z.optional(wholeNumber('must be a revision number'))

/** `--limit <n>` with a default (0 = all). */
export const limit = (def: number) => z._default(wholeNumber('must be a whole number (0 = all)'), def)

/** One of a fixed set of values. */
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.optional(z.enum(values, { error: `must be one of ${values.join(', ')}` }))
