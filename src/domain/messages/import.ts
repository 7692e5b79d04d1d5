type None = Record<string, never>

/** What an import had already written when its `--errors` file could not be put in place. */
export type ImportedSoFar = { orders: number } | { created: number; updated: number }

/** One problem of a rejected row, as the `--errors` file names it. */
export interface RowProblem {
  line: number
  column: string | null
  reason: string
}

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
  'import.rowConflict': { reason: string }
  'import.errorsFileLate': { imported: ImportedSoFar }
}
