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
import { msg, say, type Msg } from '../domain/message.js'
import { safeText, type TextKind } from '../domain/text-rules.js'
import { tr } from '../messages/index.js'

/**
 * Building blocks for validating commander options with zod at the edge. zod/mini keeps the
 * bundle (and so every command's startup) small.
 *
 * The schemas are built when a command's module loads, before the language is chosen: so
 * their refusals are functions, worded when a value is refused.
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
      z.maxLength(max, { error: () => tr('common.tooLong', { max }) }),
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

/**
 * A whole number given as text, within the safe integer range (a larger one would be rounded).
 * `rule`: what it must be, as a message (`msg('common.notARevision', {})`), or a function giving its
 * words when a value is checked (a schema is made before the language is chosen); a text stays as it is.
 */
export const wholeNumber = (rule: string | Msg | (() => string)) =>
  z.pipe(
    z.string().check(
      z.regex(/^\d+$/, { error: () => (typeof rule === 'function' ? rule() : say(rule)) }),
      refine((t) => Number.isSafeInteger(Number(t)), { error: () => tr('common.tooLargeAtMost', { max: Number.MAX_SAFE_INTEGER }) }),
    ),
    z.transform(Number),
  )

/** `--revision <n>`: refuse if the order changed since. */
export const revision = () => z.optional(wholeNumber(msg('common.notARevision', {})))

/** `--limit <n>` with a default (0 = all). */
export const limit = (def: number) => z._default(wholeNumber(msg('common.notALimit', {})), def)

/** One of a fixed set of values. */
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.optional(z.enum(values, { error: () => tr('common.oneOf', { values }) }))
