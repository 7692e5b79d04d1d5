import { msg, say, sayForScripts, type Msg } from './message.js'

/**
 * Typed errors. Each maps to one exit code of SPEC §5; the CLI's single
 * top-level handler turns them into one line on stderr (or JSON with `--json`).
 *
 * Every message is a key and its values (src/domain/messages/), worded by the catalogue the
 * cli installed when it is read: the frames here too ("invalid qty …", "order … not found").
 *
 * @example
 * throw new ValidationError('qty', '1.5', msg('common.notPositiveWhole', {}))
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
    this.said(msg('common.invalidValue', { field, value: String(value), reason }))
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

/**
 * Exit 2: values a non-interactive run must provide as flags. A flag is its name (`--reason`)
 * or a message naming it (`ORDERDESK_PIN (wang's PIN)`): worded for the person in the message,
 * in English in `details.missing`, which scripts read.
 */
export class MissingFlagsError extends UsageError {
  readonly flags: string[]
  constructor(flags: (string | Msg)[]) {
    super(msg('common.missingFlags', { flags }), { missing: flags.map(sayForScripts) })
    this.flags = flags.map(sayForScripts)
  }
}

/**
 * What was not found, as a code; each language has its own word for it (`common.notFound`).
 * `details.kind` of the JSON error is the English word it has always been (`NOT_FOUND_KIND`).
 */
export type NotFoundKind =
  | 'order'
  | 'customer'
  | 'product'
  | 'user'
  | 'production_order'
  | 'change'
  | 'complaint'
  | 'file'
  | 'database_file'
  | 'document'
  | 'inquiry'
  | 'quotation'
  | 'confirmation'
  | 'order_confirmation'
  | 'contract'
  | 'sales_order'
  | 'change_form'
  | 'outbound_slip'
  // issue 19: payments
  | 'payment'
  // issue 19: countersign and attachments
  | 'attachment'

/** `details.kind` of a not-found error, as scripts read it (unchanged since it was an English word). */
export const NOT_FOUND_KIND: Readonly<Record<NotFoundKind, string>> = {
  order: 'order',
  customer: 'customer',
  product: 'product',
  user: 'user',
  production_order: 'production order',
  change: 'change',
  complaint: 'complaint',
  file: 'file',
  database_file: 'database file',
  document: 'document',
  inquiry: 'inquiry',
  quotation: 'quotation',
  confirmation: 'confirmation',
  order_confirmation: 'order confirmation',
  contract: 'contract',
  sales_order: 'sales order',
  change_form: 'change form',
  outbound_slip: 'outbound slip',
  // issue 19: payments
  payment: 'payment',
  // issue 19: countersign and attachments
  attachment: 'attachment',
}

/** Exit 3: the thing named does not exist (`hint`: what to run to find it; `''` none). */
export class NotFoundError extends OrderdeskError {
  readonly exitCode = 3
  readonly code = 'not_found'
  constructor(
    readonly kind: NotFoundKind,
    readonly ref: string,
    hint?: string | Msg,
  ) {
    super()
    this.said(msg('common.notFound', { kind, ref, hint: hint || null }))
    this.details = { kind: NOT_FOUND_KIND[kind], ref }
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
  constructor(message: string | Msg = msg('desk.busy', {})) {
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
    super(msg('desk.unavailable', { database, reason }), 'db_unavailable', { database })
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
    super()
    this.said(msg('common.cancelled', {}))
  }
}
