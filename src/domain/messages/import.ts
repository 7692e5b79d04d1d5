import type { ImportKind } from '../import-columns.js'
import type { BatchRef, InterruptedBatch } from '../import-summary.js'
import type { Msg } from '../message.js'

type None = Record<string, never>

/** What an import had already written when its `--errors` file could not be put in place. */
export type ImportedSoFar = { orders: number } | { created: number; updated: number }

/** One problem of a rejected row, as the `--errors` file names it. */
export interface RowProblem {
  line: number
  column: string | null
  reason: Msg
}

/** What an import run wrote, by kind: orders, stock moves, or master-data rows. */
export type Written =
  | { kind: 'orders'; orders: number }
  | { kind: 'stock'; moves: number; unchanged: number }
  | { kind: 'customers' | 'products'; created: number; updated: number; unchanged: number }

/** A summary's file line says the mode: a dry run, strict (and whether it rolled back), or nothing. */
export type RunMode = 'dryRun' | 'strict' | 'strictRolledBack' | null

/** The parameters of the import messages: each key a message, each value what its words need. */
export interface ImportMessages {
  // reading the file (each the reason of "cannot read the file [at line N]: …")
  /** A byte that is not UTF-8 (`byte` null: the file ends inside a character). */
  'import.notUtf8': { byte: number | null }
  'import.notGbk': None
  'import.utf16': None
  'import.emptyCsv': None
  'import.emptyJson': None
  /** The file system refused a read half-way (its code and message). */
  'import.readFailed': { code: string | null; message: string }
  'import.invalidJson': { detail: string }
  'import.notJsonArray': None
  'import.elementNotObject': None
  'import.linesNotObjects': None
  /** A character in the array where an element or a comma should be (`found`: the character). */
  'import.unexpectedInArray': { found: string }
  'import.textAfterArray': None
  'import.arrayNotClosed': None
  /** The file named is a folder. */
  'import.folder': { path: string }
  /** The lock file of a batch's lease could not be made (store/import-lease.ts). */
  'import.lockFile': { path: string; reason: string }

  /** The file cannot be read (exit 2), at a line when known. */
  'import.cannotRead': { line: number | null; reason: Msg }
  /** csv-parse refused the file: its own account (broken quoting …). */
  'import.csvError': { detail: string }

  // a cell's reason (domain/import-fields.ts): each follows the column's name
  'import.required': None
  'import.tooLong': { max: number }
  'import.notACode': None
  'import.qtyTooLarge': { max: number }
  'import.notPositiveWhole': None
  /** A counted stock qty that is not a whole number ≥ 0. */
  'import.notACount': None
  'import.tooLarge': None
  'import.twoDecimals': None
  'import.notAnAmount': None
  'import.fourDecimals': None
  'import.notADiscount': None
  'import.notADate': None
  'import.notAChannel': { channels: readonly string[] }
  'import.notYesNo': None
  'import.notDays': None
  'import.tooManyDays': { max: number }

  // an order's reasons (domain/import-order.ts)
  'import.tooManyLines': { max: number; lines: number }
  /** An order-level column that another row of the order gives otherwise (`value`: the first row's). */
  'import.differs': { column: string; line: number; value: string }
  'import.orderDateFuture': { today: string }
  /** `defaulted`: the order date is today because the file gives none. */
  'import.requestedBeforeOrder': { orderDate: string; defaulted: boolean }
  /** A CSV record with more fields than the header. */
  'import.extraFields': { fields: number; width: number }

  // the header and --map (domain/import-columns.ts)
  'import.mapShape': None
  'import.mapNotAColumn': { given: string; kind: ImportKind; columns: string[] }
  'import.mapNoSource': None
  'import.mapTwice': { target: string }
  'import.mappedNotInHeader': { name: string; target: string; header: string[] }
  'import.headerTwice': { name: string; times: number }
  'import.missingColumns': { missing: string[]; header: string[] }

  // the options (cli/commands/import/arguments.ts)
  'import.batchSize': None
  /** The --errors file, as a message about writing it names it. */
  'import.errorsFileLabel': None

  // the rows' reasons (the summary and the --errors file)
  'import.extRefRepeated': { ref: string; line: number }
  'import.codeRepeated': { column: string; code: string; line: number; first: number }
  /** An ext_ref already in the desk on an order that no import made. */
  'import.extRefNotImported': { ref: string; number: string }
  'import.extRefChanged': { ref: string; number: string }
  'import.noSuchCustomer': None
  /** With --create-customers, but the row has no customer_name. */
  'import.noCustomerName': None
  'import.noSuchProduct': None
  /** A stock row's sku that is no product. */
  'import.noProductToCount': None
  'import.receiveNotPositive': None
  'import.belowReserved': { counted: number; reserved: number }
  'import.orderTooLarge': None

  // the --errors file
  /** The error cell of a rejected row: its own problems, or (`own` false) its order's. */
  'import.rowRejected': { problems: RowProblem[]; own: boolean }
  'import.rowConflict': { reason: Msg }
  'import.errorsFileLate': { imported: ImportedSoFar }

  // the summary (render/import-summary.ts): its labels
  'import.labelFile': None
  'import.labelRowsRead': None
  'import.labelOrdersInFile': None
  'import.labelImported': { dryRun: boolean }
  'import.labelDuplicates': None
  'import.labelConflicts': None
  'import.labelRejected': None
  'import.labelCustomersCreated': None
  'import.labelStockCheck': None
  'import.labelElapsed': None
  'import.labelStockMoves': None
  'import.labelAdded': { dryRun: boolean }
  'import.labelUpdated': { dryRun: boolean }
  'import.labelUnchanged': None
  // … and their values
  'import.fileLine': { file: string; format: string; encoding: string; mode: RunMode }
  /** The orders imported: their count, lines, total and the range of their numbers. */
  'import.ordersValue': { orders: number; lines: number; total: number; first: string | null; last: string | null }
  'import.stockCheckValue': { offered: number; lost: number; failed: number }
  /** `rate`: rows a second (null when no time passed). */
  'import.elapsedValue': { ms: number; rate: number | null }
  // the lists of problems
  'import.rejectedHeading': None
  'import.conflictsHeading': None
  'import.headLine': None
  'import.headColumn': None
  'import.headValue': None
  'import.headReason': None
  'import.headOrder': None
  /** More rejected rows than the summary lists (`count`: all of them). */
  'import.moreRejected': { count: number }
  'import.moreConflicts': { more: number }
  'import.fileStopped': { reason: Msg }

  // what the run says when it is over (cli/commands/import/report.ts)
  /** The done line (`duplicates`: ext_refs already imported, orders only). */
  'import.done': { written: Written; duplicates: number }
  /** What was refused, as one phrase: the rejected items (`orders`: of an order import), the conflicts, the file's fault. */
  'import.problems': { rejected: number; orders: boolean; conflicts: number; fileError: Msg | null }
  'import.dryRunNote': { problems: Msg | null }
  'import.dryRunProblems': { problems: Msg }
  'import.strictNothing': { problems: Msg }
  'import.someRefused': { problems: Msg; written: Written }
  'import.errorRowsNote': { rows: number; file: string }
  /** An earlier run found stopped before its end (it is now, or on a dry run would be, marked interrupted). */
  'import.interrupted': { batch: InterruptedBatch; dryRun: boolean }
  'import.stillRunning': { batch: BatchRef }
  /**
   * The environment stopped the run (`reason`: what stopped it, worded; `code`: disk_full …).
   * `written` null: nothing was imported (with `strict`: all rolled back).
   */
  'import.stopped': {
    reason: string
    code: string
    database: string
    strict: boolean
    written: Written | null
    batch: number | null
    first: string | null
    last: string | null
    batchFinished: boolean
  }
  /** The progress line on a terminal (`bar` and what follows only when the file's size is known). */
  'import.progress': { rows: number; rate: number; bar: string | null; percent: number; eta: number }
}
