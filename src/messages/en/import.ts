import type { ImportMessages, ImportedSoFar, RowProblem } from '../../domain/messages/import.js'
import type { Words } from '../words.js'

const hexByte = (b: number) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`

const problem = (p: RowProblem, own: boolean) => `${own ? '' : `line ${p.line} `}${p.column ? `${p.column}: ` : ''}${p.reason}`

const soFar = (i: ImportedSoFar) => ('orders' in i ? `${i.orders} orders imported` : `${i.created} added, ${i.updated} updated`)

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
  'import.rowConflict': (p) => `conflict: ${p.reason}`,
  'import.errorsFileLate': (p) =>
    `the file was not written, but the import went through (${soFar(p.imported)}); import the file again with --errors to get the rejected rows (what is imported is skipped)`,
}
