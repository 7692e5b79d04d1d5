import { createHash } from 'node:crypto'
import { columnsOf, extraFieldsProblem, pickColumns, resolveColumns } from '../../domain/import-columns.js'
import type { IsoDate } from '../../domain/dates.js'
import { assembleOrder, type ImportOrder, type RowInput } from '../../domain/import-order.js'
import { ImportFileError } from '../../domain/import-outcome.js'
import { msg } from '../../domain/message.js'
import type { FeedChunk, FeedItem } from './feed.js'
import type { ImportEncoding, ImportFormat, ImportSource, SourceRecord } from './read-source.js'

/**
 * The file side of `import orders`, without the database: records grouped into orders by
 * ext_ref, each validated whole (domain/import-order.ts), hashed, and checked against the
 * ext_refs met earlier in the same file. Runs in the importing thread or in a worker thread
 * (feed-worker.ts), so that reading and validating overlap with the database writes.
 */
export interface AssembledOrder {
  order: ImportOrder
  /** The order's content hash (sha-256 of its content key): a re-import with other content is a conflict. */
  hash: string
}

export type OrderChunk = FeedChunk<AssembledOrder>

export interface AssembleOptions {
  map: Map<string, string>
  today: IsoDate
  /** Keep each order's records (for --errors). */
  keepRaw: boolean
}

/** An order file to read: where, as what, and how to assemble it. */
export interface OrderFileOptions extends AssembleOptions {
  /** A file, or `-` for stdin. */
  path: string
  format?: ImportFormat
  encoding: ImportEncoding
}

/** The names looked up in each JSON object: the order columns, after --map. */
export function orderJsonColumns(map: Map<string, string>): string[] {
  return columnsOf('orders').map((c) => map.get(c) ?? c)
}

/** Checks the header (throws for a missing column) before any record is read. */
export function checkOrderHeader(source: ImportSource, map: Map<string, string>): void {
  resolveColumns('orders', source.header, map)
}

export async function* assembleOrders(source: ImportSource, opts: AssembleOptions): AsyncGenerator<OrderChunk> {
  const cols = resolveColumns('orders', source.header, opts.map)
  const names = columnsOf('orders')
  const width = source.header.length
  // ext_refs met in this file → 48 bits of their content hash (a repeat far from the first)
  const seen = new Map<string, number>()
  let rows = 0
  let orders = 0
  let group: RowInput[] = []
  let raw: SourceRecord[] | null = opts.keepRaw ? [] : null
  let groupRef: string | null = null
  let items: FeedItem<AssembledOrder>[] = []

  const closeGroup = () => {
    if (group.length === 0) return
    const g = group
    const rawRows = raw
    group = []
    raw = opts.keepRaw ? [] : null
    orders++
    const res = assembleOrder(g, opts.today)
    const ref = g[0]!.cells.ext_ref ?? ''
    if (!res.ok) {
      items.push({ t: 'reject', ref, lines: g.map((r) => r.line), problems: res.problems, raw: rawRows })
      return
    }
    const hash = createHash('sha256').update(res.order.contentKey).digest('hex')
    // the hash stands for the key from here on: the key (the whole order as text) would only
    // double what crosses to the writing thread
    res.order.contentKey = ''
    const short = parseInt(hash.slice(0, 12), 16)
    const before = seen.get(ref)
    if (before !== undefined) {
      if (before === short) items.push({ t: 'duplicate' })
      else items.push({ t: 'conflict', conflict: { ref, line: g[0]!.line, number: null, reason: msg('import.extRefRepeated', { ref, line: g[0]!.line }) }, raw: rawRows })
      return
    }
    seen.set(ref, short)
    items.push({ t: 'take', value: { order: res.order, hash }, raw: rawRows })
  }

  const take = (extra: Partial<OrderChunk> = {}): OrderChunk => {
    const out = { items, rows, orders, bytes: source.bytesRead(), ...extra }
    items = []
    return out
  }

  try {
    for await (const chunk of source.chunks()) {
      for (const rec of chunk) {
        rows++
        const cells = pickColumns(rec.values, cols, names)
        const ref = cells.ext_ref!
        if (ref !== groupRef || ref === '') {
          closeGroup()
          groupRef = ref
        }
        const row: RowInput = { line: rec.line, cells }
        const extra = source.format === 'csv' ? extraFieldsProblem(rec.values, width) : null
        if (extra) row.problem = extra
        group.push(row)
        raw?.push(rec)
      }
      yield take()
    }
    closeGroup()
    yield take()
  } catch (e) {
    if (!(e instanceof ImportFileError)) throw e
    // the order being read when the file broke is incomplete: it is not imported
    yield take({ fileError: { line: e.line, reason: e.whole } })
  }
}
