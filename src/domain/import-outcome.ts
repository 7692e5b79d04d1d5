import { OrderdeskError } from './errors.js'
import type { ImportProblem } from './import-order.js'
import { msg, say, type Msg } from './message.js'

/**
 * What an import reports besides the counts: rejected orders (or master-data rows) with every
 * problem, and conflicts (an ext_ref or code seen again with other content). Lists are capped
 * so memory stays flat on a huge bad file; the counts are always complete, and `--errors FILE`
 * gets every rejected row.
 */
export const REPORT_LIST_CAP = 1000

export interface RejectedEntry {
  /** ext_ref for orders, the code / sku for master data ('' when the row has none). */
  ref: string
  /** Every file line of the order (or the row's line). */
  lines: number[]
  problems: ImportProblem[]
}

export interface ConflictEntry {
  ref: string
  line: number
  /** The order it collides with, when it is in the database. */
  number: string | null
  reason: Msg
}

/** Exit 2: the file could not be read as the format says (broken quoting, bad JSON, no header). */
export class ImportFileError extends OrderdeskError {
  readonly exitCode = 2
  readonly code = 'invalid_file'
  /** The whole message (`cannot read the file at line 3: …`), as a summary's fileError gives it. */
  readonly whole: Msg
  constructor(
    readonly line: number | null,
    readonly reason: Msg,
  ) {
    super()
    this.whole = msg('import.cannotRead', { line, reason })
    this.said(this.whole)
    // worded when read, as the message is (a getter: JSON and the worker thread's copy read it)
    this.details = {
      line,
      get reason() {
        return say(reason)
      },
    }
  }
}

/**
 * Exit 2: the import finished, but something in the file was rejected or conflicted (with
 * `--strict`: so nothing was imported). The summary has already been printed.
 */
export class ImportRejectedError extends OrderdeskError {
  readonly exitCode = 2
  readonly code = 'import_rejected'
  constructor(message: string | Msg, details: Record<string, unknown>) {
    super()
    this.said(message)
    this.details = details
  }
}

/** A collector that counts everything and keeps the first REPORT_LIST_CAP entries. */
export class CappedList<T> {
  readonly items: T[] = []
  count = 0
  add(item: T): void {
    this.count++
    if (this.items.length < REPORT_LIST_CAP) this.items.push(item)
  }
  get truncated(): boolean {
    return this.count > this.items.length
  }
}

/**
 * An error raised in the import's worker thread, re-raised in the command's thread as it was
 * (its text worded in the worker, which speaks the command's language: src/cli/import-worker.ts).
 */
export class ForwardedError extends OrderdeskError {
  constructor(
    message: string,
    readonly exitCode: number,
    readonly code: string,
    details?: Record<string, unknown>,
  ) {
    super(message)
    this.details = details
  }
}
