import type { BatchRef, InterruptedBatch } from '../../domain/import-summary.js'
import { msg, say } from '../../domain/message.js'
import type { ImportMessages, ImportedSoFar, RowProblem, Written } from '../../domain/messages/import.js'
import type { Words } from '../words.js'

const hexByte = (b: number) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`

const problem = (p: RowProblem, own: boolean) => `${own ? '' : `line ${p.line} `}${p.column ? `${p.column}: ` : ''}${say(p.reason)}`

const soFar = (i: ImportedSoFar) => ('orders' in i ? `${i.orders} orders imported` : `${i.created} added, ${i.updated} updated`)

const n = (x: number) => x.toLocaleString('en-US')
/** An amount in a sentence: `1,234.50`. */
const money = (minor: number) => say(msg('name.money', { minor, grouped: true }))
/** `3 orders`, `1 order`. */
const count = (x: number, noun: string) => `${n(x)} ${noun}${x === 1 ? '' : 's'}`

/** What a run wrote, in words. */
function written(w: Written): string {
  if (w.kind === 'orders') return `${count(w.orders, 'order')} imported`
  if (w.kind === 'stock') return `${count(w.moves, 'stock move')} booked, ${n(w.unchanged)} unchanged`
  return `${n(w.created)} added, ${n(w.updated)} updated, ${n(w.unchanged)} unchanged`
}

const which = (b: BatchRef) => `import batch ${b.batch} (${b.kind} from ${b.file}, started ${b.startedAt} by ${b.actor})`

/** What an interrupted batch had committed, in words. */
function committed(b: InterruptedBatch): string {
  const c = b.committed
  if (c === null) return `it recorded no progress (its changes are the audit events of import batch ${b.batch})`
  if ('orders' in c) {
    if (c.orders === 0) return 'no orders had been committed'
    return `${count(c.orders, 'order')}, ${count(c.lines, 'line')}, total ${money(c.total)} had been committed (${c.firstNumber} … ${c.lastNumber})`
  }
  return `${count(c.rowsRead, 'row')} read, ${n(c.created)} added, ${n(c.updated)} updated, ${n(c.unchanged)} unchanged had been committed`
}

/** What to do when the environment stopped the run. */
const REMEDY: Record<string, string> = {
  disk_full: 'Free disk space',
  io_error: 'Check the disk',
  read_only: 'Make the desk writable',
  connection_lost: 'Check the database server',
}

/** The import messages in English. */
export const importing: Words<ImportMessages> = {
  'import.notUtf8': (p) => `it is not UTF-8${p.byte === null ? ' (it ends inside a character)' : ` (byte ${hexByte(p.byte)})`}; if it was saved as GBK, import it with --encoding gbk`,
  'import.notGbk': () => 'it is not GBK (a byte sequence that is no GBK character); if it was saved as UTF-8, import it without --encoding gbk',
  'import.utf16': () => 'it is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8',
  'import.emptyCsv': () => 'the file is empty (a header row is needed)',
  'import.emptyJson': () => 'the file is empty (a JSON array is needed)',
  'import.readFailed': (p) => `${p.code ?? 'error'} (${p.message})`,
  'import.invalidJson': (p) => `not valid JSON (${p.detail})`,
  'import.notJsonArray': () => 'a JSON import file must be an array of objects: [ {...}, {...} ] (or use --format jsonl)',
  'import.elementNotObject': () => 'each element must be an object with the columns as keys',
  'import.linesNotObjects': () => '`lines` must be an array of objects',
  'import.unexpectedInArray': (p) => `unexpected ${JSON.stringify(p.found)} in the array (each element must be an object)`,
  'import.textAfterArray': () => 'unexpected text after the end of the array',
  'import.arrayNotClosed': () => 'the JSON array is not closed (the file ends early)',
  'import.folder': (p) => `${p.path} is a folder, not a file`,
  'import.lockFile': (p) => `cannot lock ${p.path}, the import's lock file beside the desk: ${p.reason}; the desk's folder must be writable`,
  'import.cannotRead': (p) => (p.line ? `cannot read the file at line ${p.line}: ${say(p.reason)}` : `cannot read the file: ${say(p.reason)}`),
  'import.csvError': (p) => p.detail,

  'import.required': () => 'is required',
  'import.tooLong': (p) => `at most ${p.max} characters`,
  'import.notACode': () => 'must be a code of letters, digits, . _ - (at most 32)',
  'import.qtyTooLarge': (p) => `too large (at most ${p.max})`,
  'import.notPositiveWhole': () => 'must be a positive whole number',
  'import.notACount': () => 'must be a whole number (0 or more)',
  'import.tooLarge': () => 'too large',
  'import.twoDecimals': () => 'at most two decimals',
  'import.notAnAmount': () => 'must be an amount like 12.50',
  'import.fourDecimals': () => 'at most four decimals (0.0001 = 0.01 %)',
  'import.notADiscount': () => 'must be a fraction from 0 to 1 (0.05 = 5 %)',
  'import.notADate': () => 'must be a date YYYY-MM-DD',
  'import.notAChannel': (p) => `must be one of ${p.channels.join(', ')}`,
  'import.notYesNo': () => 'must be yes or no (1/0, true/false)',
  'import.notDays': () => 'must be a whole number of days',
  'import.tooManyDays': (p) => `at most ${p.max} days`,

  'import.tooManyLines': (p) => `an order may have at most ${p.max} lines (this one has ${p.lines})`,
  'import.differs': (p) => `differs from line ${p.line} (${p.value}): ${p.column === 'customer' ? 'one customer per ext_ref' : `one ${p.column} per order`}`,
  'import.orderDateFuture': (p) => `is after today (${p.today}): the date of the call cannot be in the future`,
  'import.requestedBeforeOrder': (p) => `is before the order date ${p.orderDate}${p.defaulted ? ' (today)' : ''}`,
  'import.extraFields': (p) => `has ${p.fields} fields, the header has ${p.width} (an unquoted comma?)`,

  'import.mapShape': () => 'must be target=source, e.g. customer=CustomerID',
  'import.mapNotAColumn': (p) => `${p.given} is not a column of import ${p.kind} (${p.columns.join(', ')})`,
  'import.mapNoSource': () => 'the source column is empty',
  'import.mapTwice': (p) => `${p.target} is mapped twice`,
  'import.mappedNotInHeader': (p) => `column ${JSON.stringify(p.name)} (mapped to ${p.target} by --map) is not in the file's header (${p.header.join(', ')})`,
  'import.headerTwice': (p) => `the header names column ${JSON.stringify(p.name)} ${p.times} times; rename or --map one of them`,
  'import.missingColumns': (p) => {
    const many = p.missing.length > 1
    return `the file has no ${p.missing.map((m) => `\`${m}\``).join(', ')} column${many ? 's' : ''} (header: ${p.header.join(', ') || 'empty'}); name ${many ? 'them' : 'it'} so or use --map ${p.missing[0]}=<column>`
  },

  'import.batchSize': () => 'must be a whole number from 1 to 100000',
  'import.errorsFileLabel': () => 'the errors file',

  'import.extRefRepeated': (p) => `ext_ref ${p.ref} appears again at line ${p.line} with different content`,
  'import.codeRepeated': (p) => `${p.column} ${p.code} appears again at line ${p.line} with other values (first at line ${p.first})`,
  'import.extRefNotImported': (p) => `ext_ref ${p.ref} already belongs to order ${p.number}, which was not imported`,
  'import.extRefChanged': (p) => `ext_ref ${p.ref} was imported before as order ${p.number} with different content`,
  'import.noSuchCustomer': () => 'no such customer (see `orderdesk customer list`; --create-customers creates it from customer_name)',
  'import.noCustomerName': () => 'no such customer, and no customer_name to create it with',
  'import.noSuchProduct': () => 'no such product (see `orderdesk product list`)',
  'import.noProductToCount': () => 'no such product (see `orderdesk product list`; import products first)',
  'import.receiveNotPositive': () => 'must be more than 0 for goods received',
  'import.belowReserved': (p) => `counted ${p.counted}, but ${p.reserved} are reserved for orders; on hand may not fall below reserved`,
  'import.orderTooLarge': () => 'the order total is too large',

  'import.rowRejected': (p) => {
    const list = p.problems.map((x) => problem(x, p.own)).join('; ')
    return p.own ? list : `order rejected (${list})`
  },
  'import.rowConflict': (p) => `conflict: ${say(p.reason)}`,
  'import.errorsFileLate': (p) =>
    `the file was not written, but the import went through (${soFar(p.imported)}); import the file again with --errors to get the rejected rows (what is imported is skipped)`,

  'import.labelFile': () => 'File',
  'import.labelRowsRead': () => 'Rows read',
  'import.labelOrdersInFile': () => 'Orders in file',
  'import.labelImported': (p) => (p.dryRun ? 'Would import' : 'Imported'),
  'import.labelDuplicates': () => 'Skipped duplicates',
  'import.labelConflicts': () => 'Conflicts',
  'import.labelRejected': () => 'Rejected',
  'import.labelCustomersCreated': () => 'Customers created',
  'import.labelStockCheck': () => 'Stock check',
  'import.labelElapsed': () => 'Elapsed',
  'import.labelStockMoves': () => 'Stock moves',
  'import.labelAdded': (p) => (p.dryRun ? 'Would add' : 'Added'),
  'import.labelUpdated': (p) => (p.dryRun ? 'Would update' : 'Updated'),
  'import.labelUnchanged': () => 'Unchanged',
  'import.fileLine': (p) => {
    const mode = { dryRun: '  — dry run, nothing written', strict: '  — strict', strictRolledBack: '  — strict: nothing imported' }
    return `${p.file} (${p.format}, ${p.encoding})${p.mode ? mode[p.mode] : ''}`
  },
  'import.ordersValue': (p) => `${count(p.orders, 'order')}, ${count(p.lines, 'line')}, total ${money(p.total)}${p.first ? `  (${p.first} … ${p.last})` : ''}`,
  'import.stockCheckValue': (p) => `${n(p.offered)} offered, ${n(p.lost)} lost${p.failed ? `, ${n(p.failed)} failed` : ''}`,
  'import.elapsedValue': (p) => `${(p.ms / 1000).toFixed(1)} s${p.rate === null ? '' : ` (${n(p.rate)} rows/s)`}`,
  'import.rejectedHeading': () => 'Rejected (nothing of these was imported):',
  'import.conflictsHeading': () => 'Conflicts (not imported):',
  'import.headLine': () => 'Line',
  'import.headColumn': () => 'Column',
  'import.headValue': () => 'Value',
  'import.headReason': () => 'Reason',
  'import.headOrder': () => 'Order',
  'import.moreRejected': (p) => `… and more (${n(p.count)} rejected in all; see --json or --errors <file>)`,
  'import.moreConflicts': (p) => `… and ${n(p.more)} more (see --json or --errors <file>)`,
  'import.fileStopped': (p) => `The file stopped being readable: ${say(p.reason)}`,

  'import.done': (p) => {
    const w = p.written
    return `${w.kind === 'orders' ? '' : `${w.kind}: `}${written(w)}${w.kind === 'orders' && p.duplicates ? `, ${n(p.duplicates)} already there` : ''}`
  },
  'import.problems': (p) =>
    [p.rejected ? `${count(p.rejected, p.orders ? 'order' : 'row')} rejected` : '', p.conflicts ? count(p.conflicts, 'conflict') : '', p.fileError ? say(p.fileError) : '']
      .filter(Boolean)
      .join(', '),
  'import.dryRunNote': (p) => `dry run: nothing was written${p.problems ? ` (${say(p.problems)})` : ''}`,
  'import.dryRunProblems': (p) => `dry run found problems: ${say(p.problems)}`,
  'import.strictNothing': (p) => `nothing imported (--strict): ${say(p.problems)}`,
  'import.someRefused': (p) => `${say(p.problems)}; ${written(p.written)} — see the summary`,
  'import.errorRowsNote': (p) => `${count(p.rows, 'rejected row')} written to ${p.file}: fix them there and import that file`,
  'import.interrupted': (p) => {
    const now = p.dryRun ? 'it would be marked interrupted (dry run: left as it is)' : 'it is now marked interrupted'
    return `${which(p.batch)} stopped before it finished: ${committed(p.batch)}; ${now}`
  },
  'import.stillRunning': (p) => `${which(p.batch)} is still running in another process; left alone`,
  'import.stopped': (p) => {
    const w = p.written
    const range = w?.kind === 'orders' && p.first ? `, ${p.first} … ${p.last}` : ''
    const soFarWords = w === null ? '' : w.kind === 'orders' ? `${count(w.orders, 'order')} had been committed` : `${written(w)} had been committed`
    const batch = p.batchFinished ? `batch ${p.batch} is marked interrupted` : `the next import marks batch ${p.batch} interrupted`
    const what = w === null ? `nothing was imported${p.strict ? ' (--strict: everything was rolled back)' : ''}` : `${soFarWords} (batch ${p.batch}${range}); ${batch}`
    return `the import stopped: ${p.reason}; ${what}. ${REMEDY[p.code] ?? 'Fix that'} (the desk is ${p.database}), then run the same import again: what is already imported is skipped`
  },
  'import.progress': (p) => `  ${n(p.rows)} rows  ${n(p.rate)} rows/s${p.bar === null ? '' : `  [${p.bar}] ${p.percent}%  ETA ${p.eta} s`}`,
}
