import { columnsOf, extraFieldsProblem, pickColumns, resolveColumns, type ResolvedColumns } from '../../domain/import-columns.js'
import { parseCustomerRow, parseProductRow, parseStockRow, rowKey, type CustomerRow, type ProductRow, type StockRow } from '../../domain/import-master.js'
import type { ImportProblem } from '../../domain/import-order.js'
import { ImportFileError } from '../../domain/import-outcome.js'
import type { MasterKind } from '../../domain/import-summary.js'
import { msg } from '../../domain/message.js'
import { feedOf, type Feed, type FeedChunk, type FeedItem } from './feed.js'
import { openImportSource, type ImportEncoding, type ImportFormat, type ImportSource, type SourceRecord } from './read-source.js'

/**
 * The file side of `import customers|products|stock`, without the database: each record
 * parsed as a row of its kind (domain/import-master.ts) and checked against the rows met
 * earlier in the file — the same code again with the same values is a duplicate, with other
 * values a conflict (not for goods received: each receipt row is a delivery of its own).
 */
export interface MasterRow {
  line: number
  /** The row's code (customers) or sku (products, stock). */
  code: string
  row: CustomerRow | ProductRow | StockRow
}

export interface RowFileOptions {
  kind: MasterKind
  /** A file, or `-` for stdin. */
  path: string
  format?: ImportFormat
  encoding: ImportEncoding
  map: Map<string, string>
  /** stock: each row is goods received (repeats are not compared). */
  receive: boolean
  /** Keep each row's record (for --errors). */
  keepRaw: boolean
}

const PARSE = { customers: parseCustomerRow, products: parseProductRow, stock: parseStockRow } as const

/** The column that names a row: `code` for customers, `sku` for products and stock. */
const codeColumnOf = (kind: MasterKind) => (kind === 'customers' ? 'code' : 'sku')

/** Opens the file and checks its header (throws for a missing column) before any record is read. */
export async function openRowFeed(opts: RowFileOptions): Promise<Feed<MasterRow>> {
  const source = await openImportSource({ path: opts.path, format: opts.format, encoding: opts.encoding, jsonColumns: columnsOf(opts.kind).map((c) => opts.map.get(c) ?? c) })
  let cols: ResolvedColumns
  try {
    cols = resolveColumns(opts.kind, source.header, opts.map)
  } catch (e) {
    source.close()
    throw e
  }
  return feedOf(source, assembleRows(source, cols, opts), true)
}

async function* assembleRows(source: ImportSource, cols: ResolvedColumns, opts: RowFileOptions): AsyncGenerator<FeedChunk<MasterRow>> {
  const check = rowChecker(source, cols, opts)
  let rows = 0
  try {
    for await (const chunk of source.chunks()) {
      rows += chunk.length
      yield { items: chunk.map(check), rows, bytes: source.bytesRead() }
    }
  } catch (e) {
    if (!(e instanceof ImportFileError)) throw e
    yield { items: [], rows, bytes: source.bytesRead(), fileError: { line: e.line, reason: e.whole } }
  }
}

/** What one record is: a row to write, or one the file itself refuses. */
function rowChecker(source: ImportSource, cols: ResolvedColumns, opts: RowFileOptions): (rec: SourceRecord) => FeedItem<MasterRow> {
  const names = columnsOf(opts.kind)
  const parse = PARSE[opts.kind]
  const codeColumn = codeColumnOf(opts.kind)
  const width = source.header.length
  const compared = !(opts.kind === 'stock' && opts.receive)
  // codes met in this file → the line and content of their first row
  const seen = new Map<string, { line: number; key: string }>()
  return (rec) => {
    const cells = pickColumns(rec.values, cols, names)
    const raw = opts.keepRaw ? [rec] : null
    const res = parse({ line: rec.line, cells })
    const problems: ImportProblem[] = res.ok ? [] : res.problems
    const extra = source.format === 'csv' ? extraFieldsProblem(rec.values, width) : null
    if (extra) problems.unshift({ line: rec.line, column: null, value: '', reason: extra })
    if (!res.ok || problems.length > 0) return { t: 'reject', ref: cells[codeColumn] ?? '', lines: [rec.line], problems, raw }
    const row = res.value
    const code = (row as { code?: string; sku?: string }).code ?? (row as { sku: string }).sku
    if (compared) {
      const key = rowKey(row as Record<string, unknown>)
      const first = seen.get(code)
      if (first) {
        if (first.key === key) return { t: 'duplicate' }
        const reason = msg('import.codeRepeated', { column: codeColumn, code, line: rec.line, first: first.line })
        return { t: 'conflict', conflict: { ref: code, line: rec.line, number: null, reason }, raw }
      }
      seen.set(code, { line: rec.line, key })
    }
    return { t: 'take', value: { line: rec.line, code, row }, raw }
  }
}
