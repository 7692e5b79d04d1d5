import type { ConflictEntry } from '../../domain/import-outcome.js'
import type { ImportProblem } from '../../domain/import-order.js'
import type { Msg } from '../../domain/message.js'
import type { ImportEncoding, ImportFormat, ImportSource, SourceRecord } from './read-source.js'

/**
 * What the import's runner (run.ts) consumes: the file read (read-source.ts) and assembled into
 * items (assemble-orders.ts, assemble-rows.ts), a chunk at a time — each item one thing to
 * write (`take`), or one the file itself refuses: rejected, a repeat of what was met earlier in
 * the file with the same content (`duplicate`) or with other content (`conflict`). `raw` is the
 * item's records as read, kept only for --errors.
 */
export type FeedItem<T> =
  | { t: 'take'; value: T; raw: SourceRecord[] | null }
  | { t: 'reject'; ref: string; lines: number[]; problems: ImportProblem[]; raw: SourceRecord[] | null }
  | { t: 'duplicate' }
  | { t: 'conflict'; conflict: ConflictEntry; raw: SourceRecord[] | null }

export interface FeedChunk<T> {
  items: FeedItem<T>[]
  /** Records read so far, orders read so far (orders only), bytes read so far. */
  rows: number
  orders?: number
  bytes: number
  /** Set on the last chunk when the file stopped being readable. */
  fileError?: { line: number | null; reason: Msg }
}

export interface Feed<T> {
  /** The file as given, or `stdin`. */
  name: string
  format: ImportFormat
  encoding: ImportEncoding
  header: string[]
  /** The file's size (null for stdin): for the progress bar. */
  size: number | null
  /** Whether the file is read in a worker thread (feed-worker.ts). */
  threaded: boolean
  /**
   * Each item is one record (master data): the runner counts the rows item by item, so that a
   * batch's progress names the rows read up to it. An order spans records: counted by chunk.
   */
  itemPerRecord: boolean
  chunks: AsyncGenerator<FeedChunk<T>>
  close(): Promise<void>
}

/** The feed of a source read in this thread, its items assembled by `chunks`. */
export function feedOf<T>(source: ImportSource, chunks: AsyncGenerator<FeedChunk<T>>, itemPerRecord: boolean): Feed<T> {
  const { name, format, encoding, header, size } = source
  return { name, format, encoding, header, size, threaded: false, itemPerRecord, chunks, close: async () => source.close() }
}
