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
}

/** Exit 2: a value given on the command line or in a file is wrong. Nothing was written. */
export class ValidationError extends OrderdeskError {
  readonly exitCode = 2
  readonly code = 'invalid_value'
  constructor(
    readonly field: string,
    readonly value: unknown,
    readonly reason: string,
  ) {
    super(`invalid ${field} ${JSON.stringify(String(value))}: ${reason}`)
    this.details = { field, value: String(value) }
  }
}

/** Exit 2: the command was called wrongly (missing flags, unknown option, ...). */
export class UsageError extends OrderdeskError {
  readonly exitCode = 2
  readonly code = 'usage'
  constructor(message: string, details?: Record<string, unknown>) {
    super(message)
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
    hint?: string,
  ) {
    super(`${kind} ${JSON.stringify(ref)} not found${hint ? ` (${hint})` : ''}`)
    this.details = { kind, ref }
  }
}

/** An error whose code (and details) the thrower names: the refusals and the environment's stops. */
abstract class CodedError extends OrderdeskError {
  readonly code: string
  constructor(message: string, code: string, details?: Record<string, unknown>) {
    super(message)
    this.code = code
    this.details = details
  }
}

/** Exit 4: a business rule refuses the step (state, permission, stock, stale data). */
export class RefusedError extends CodedError {
  readonly exitCode = 4
  constructor(message: string, code = 'refused', details?: Record<string, unknown>) {
    super(message, code, details)
  }
}

/** Exit 5: the database stayed locked beyond the busy timeout. */
export class BusyError extends OrderdeskError {
  readonly exitCode = 5
  readonly code = 'busy'
  constructor(message = 'the database is busy (locked by another orderdesk); try again') {
    super(message)
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
  constructor(message: string, code = 'environment', details?: Record<string, unknown>) {
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
    super(
      why === 'no_file'
        ? `no desk at ${database}: no such file; check --db or ORDERDESK_DB, or create a desk there with \`orderdesk init\``
        : `no desk in ${database}: the database is empty; create the desk there with \`orderdesk init\``,
    )
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
