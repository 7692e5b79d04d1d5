import { msg, say, type Msg } from './message.js'

/**
 * Typed errors. Each maps to one exit code of SPEC §5; the CLI's single
 * top-level handler turns them into one line on stderr (or JSON with `--json`).
 *
 * @example
 * throw new ValidationError('qty', '1.5', 'must be a positive whole number')
 * // → orderdesk: invalid qty "1.5": must be a positive whole number   (exit 2)
 */
export abstract class OrderdeskError extends Error {
  abstract readonly exitCode: number
  abstract readonly code: string
  /** Extra machine-readable detail for `--json` errors. */
  details?: Record<string, unknown>
  /** The message as key and values, when the thrower gave one: worded by the installed catalogue. */
  words?: Msg

  /** The message, worded only when it is read (by then the cli has installed its catalogue). */
  protected wordedAs(text: () => string): void {
    Object.defineProperty(this, 'message', { get: text, configurable: true, enumerable: false })
  }

  /** A message given as text (older call sites) or as key and values. */
  protected said(m: string | Msg): void {
    if (typeof m === 'string') this.message = m
    else {
      this.words = m
      this.wordedAs(() => say(m))
    }
  }
}

/** Exit 2: a value given on the command line or in a file is wrong. Nothing was written. */
export class ValidationError extends OrderdeskError {
  readonly exitCode = 2
  readonly code = 'invalid_value'
  constructor(
    readonly field: string,
    readonly value: unknown,
    readonly reason: string | Msg,
  ) {
    super()
    if (typeof reason !== 'string') this.words = reason
    this.wordedAs(() => `invalid ${field} ${JSON.stringify(String(value))}: ${say(reason)}`)
    this.details = { field, value: String(value) }
  }
}

/** Exit 2: the command was called wrongly (missing flags, unknown option, ...). */
export class UsageError extends OrderdeskError {
  readonly exitCode = 2
  readonly code = 'usage'
  constructor(message: string | Msg, details?: Record<string, unknown>) {
    super()
    this.said(message)
    this.details = details
  }
}

/** Exit 2: values a non-interactive run must provide as flags. */
export class MissingFlagsError extends UsageError {
  constructor(readonly flags: string[]) {
    super(
      `must provide ${flags.map((f) => `\`${f}\``).join(', ')} when not running interactively`,
      { missing: flags },
    )
  }
}

/** Exit 3: the thing named does not exist. */
export class NotFoundError extends OrderdeskError {
  readonly exitCode = 3
  readonly code = 'not_found'
  constructor(
    readonly kind: string,
    readonly ref: string,
    hint?: string | Msg,
  ) {
    super()
    if (hint !== undefined && typeof hint !== 'string') this.words = hint
    this.wordedAs(() => `${kind} ${JSON.stringify(ref)} not found${hint ? ` (${say(hint)})` : ''}`)
    this.details = { kind, ref }
  }
}

/** An error whose code (and details) the thrower names: the refusals and the environment's stops. */
abstract class CodedError extends OrderdeskError {
  readonly code: string
  constructor(message: string | Msg, code: string, details?: Record<string, unknown>) {
    super()
    this.said(message)
    this.code = code
    this.details = details
  }
}

/** Exit 4: a business rule refuses the step (state, permission, stock, stale data). */
export class RefusedError extends CodedError {
  readonly exitCode = 4
  constructor(message: string | Msg, code = 'refused', details?: Record<string, unknown>) {
    super(message, code, details)
  }
}

/** Exit 5: the database stayed locked beyond the busy timeout. */
export class BusyError extends OrderdeskError {
  readonly exitCode = 5
  readonly code = 'busy'
  constructor(message: string | Msg = 'the database is busy (locked by another orderdesk); try again') {
    super()
    this.said(message)
  }
}

/**
 * Exit 6: the environment stops the desk — the database or a file cannot be opened, read or
 * written (permissions, a read-only file system, a folder where a file should be, a file that
 * is not a database, a full disk), or the database server cannot be reached. Not a bug (that is
 * exit 1) and not the user's input (exit 2): one line naming the file and what to do.
 */
export class EnvironmentError extends CodedError {
  readonly exitCode = 6
  constructor(message: string | Msg, code = 'environment', details?: Record<string, unknown>) {
    super(message, code, details)
  }
}

/**
 * Exit 6: the database server could not be reached or refused the connection (PostgreSQL:
 * server down, wrong host, password or database name). Not a business outcome; says where.
 */
export class UnavailableError extends EnvironmentError {
  constructor(database: string, reason: string) {
    super(`cannot open the database ${database}: ${reason}`, 'db_unavailable', { database })
  }
}

/**
 * Exit 3: there is no desk where the command looks (`--db`, ORDERDESK_DB, the default path): no
 * file there, or an empty database. Only `orderdesk init` creates a desk, so a mistyped path
 * never becomes a new one.
 */
export class NoDeskError extends OrderdeskError {
  readonly exitCode = 3
  readonly code = 'no_desk'
  constructor(database: string, why: 'no_file' | 'empty') {
    super()
    this.said(msg('desk.none', { database, why }))
    this.details = { database }
  }
}

/** Exit 130: the user pressed Ctrl-C at a prompt. */
export class CancelledError extends OrderdeskError {
  readonly exitCode = 130
  readonly code = 'cancelled'
  constructor() {
    super('cancelled')
  }
}
