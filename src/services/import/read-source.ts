import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { extname } from 'node:path'
import { pipeline, type Readable } from 'node:stream'
import { CsvError, parse } from 'csv-parse'
import iconv from 'iconv-lite'
import { fromCsvField } from '../../domain/csv-field.js'
import { NotFoundError, UsageError } from '../../domain/errors.js'
import { normalizeColumnName } from '../../domain/import-columns.js'
import { ImportFileError } from '../../domain/import-outcome.js'
import { msg, type Msg } from '../../domain/message.js'
import { checkFileEncoding, EncodingCheck } from './read-encoding.js'

/**
 * Reads an import file (or stdin) as a stream of records, never the whole file at once:
 * CSV (header row, quoted fields with commas, quotes and newlines), a JSON array of objects,
 * or JSON Lines; UTF-8 (a BOM is ignored) or GBK. Each record carries the file line it starts
 * on. JSON objects may carry their lines in a `lines` array (one record per line).
 *
 * Bytes that are not the encoding refuse the file at their line (read-encoding.ts): a file
 * is checked whole before its first record is read, stdin (which cannot be read twice) as it
 * is read.
 */
export const IMPORT_FORMATS = ['csv', 'json', 'jsonl'] as const
export type ImportFormat = (typeof IMPORT_FORMATS)[number]
export const IMPORT_ENCODINGS = ['utf8', 'gbk'] as const
export type ImportEncoding = (typeof IMPORT_ENCODINGS)[number]

export interface SourceRecord {
  line: number
  values: string[]
}

export interface ImportSource {
  /** The file as given, or `stdin`. */
  name: string
  format: ImportFormat
  encoding: ImportEncoding
  /** The header row (CSV), or the column names looked up in each JSON object. */
  header: string[]
  /** Records in file order, a chunk at a time. */
  chunks(): AsyncGenerator<SourceRecord[]>
  /** Bytes read so far, and the file's size (null for stdin): for the progress bar. */
  bytesRead(): number
  size: number | null
  close(): void
}

export interface OpenSourceOptions {
  path: string
  format?: ImportFormat
  encoding: ImportEncoding
  /** For JSON: the names to look up in each object (the kind's columns, after --map). */
  jsonColumns: string[]
  stdin?: Readable
}

/** The file cannot be read as its format says (exit 2), at `line` when known. */
function unreadable(line: number | null, reason: Msg): ImportFileError {
  return new ImportFileError(line, reason)
}

/** The format from --format, else from the file name (.json, .jsonl/.ndjson), else CSV. */
export function formatOf(path: string, format?: ImportFormat): ImportFormat {
  if (format) return format
  const ext = extname(path).toLowerCase()
  if (ext === '.json') return 'json'
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl'
  return 'csv'
}

export async function openImportSource(opts: OpenSourceOptions): Promise<ImportSource> {
  const isStdin = opts.path === '-'
  let size: number | null = null
  if (!isStdin) {
    let st: Awaited<ReturnType<typeof stat>>
    try {
      st = await stat(opts.path)
      if (st.isDirectory()) throw new UsageError(msg('import.folder', { path: opts.path }))
      size = st.size
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new NotFoundError('file', opts.path)
      throw e
    }
    // a regular file is checked whole first (a bad byte anywhere writes nothing); a pipe or device
    // can be read only once, and is checked as it is read, like stdin
    if (st.isFile()) await checkFileEncoding(opts.path, opts.encoding)
  }
  const raw: Readable = isStdin ? (opts.stdin ?? process.stdin) : createReadStream(opts.path, { highWaterMark: 1 << 16 })
  let bytes = 0
  raw.on('data', (c: Buffer) => {
    bytes += c.length
  })
  const format = formatOf(opts.path, opts.format)
  const base = { name: isStdin ? 'stdin' : opts.path, format, encoding: opts.encoding, bytesRead: () => bytes, size }
  const close = () => raw.destroy()

  if (format === 'csv') {
    const parser = parse({ bom: true, relax_column_count: true, skip_empty_lines: false })
    const streams: (NodeJS.ReadableStream | NodeJS.WritableStream)[] = [raw]
    if (opts.encoding === 'gbk') streams.push(iconv.decodeStream('gbk'))
    streams.push(new EncodingCheck(opts.encoding), parser)
    pipeline(streams as unknown as [Readable, ...NodeJS.WritableStream[]], () => {})
    const records = csvRecords(parser)
    // the header: the first record that is not an empty line
    const first = await records.next()
    if (first.done) throw unreadable(null, msg('import.emptyCsv', {}))
    const header = first.value[0]!.values
    let pending: SourceRecord[] = first.value.slice(1)
    return {
      ...base,
      header,
      close,
      async *chunks() {
        if (pending.length) yield pending
        pending = []
        yield* records
      },
    }
  }

  const decode = (opts.encoding === 'gbk' ? [iconv.decodeStream('gbk'), new EncodingCheck('gbk')] : [new EncodingCheck('utf8'), iconv.decodeStream('utf8')]) as NodeJS.ReadWriteStream[]
  const text = decode.at(-1) as unknown as Readable
  pipeline([raw, ...decode] as unknown as [Readable, ...NodeJS.WritableStream[]], () => {})
  const header = opts.jsonColumns
  return {
    ...base,
    header,
    close,
    chunks: () => (format === 'json' ? jsonArrayRecords(text, header) : jsonLinesRecords(text, header)),
  }
}

/**
 * Reads an object-mode stream a chunk of records at a time (much cheaper than one promise
 * per record), honouring back-pressure.
 */
async function* readChunks<T>(stream: Readable, max = 2048): AsyncGenerator<T[]> {
  let error: unknown = null
  let ended = false
  let wake: (() => void) | null = null
  const onReadable = () => wake?.()
  const onEnd = () => {
    ended = true
    wake?.()
  }
  const onError = (e: unknown) => {
    // the file itself could not be read (permissions, I/O): a file error, not a crash
    const errno = e as NodeJS.ErrnoException
    error = errno?.syscall ? unreadable(null, msg('import.readFailed', { code: errno.code ?? null, message: errno.message })) : e
    wake?.()
  }
  stream.on('readable', onReadable)
  stream.on('end', onEnd)
  stream.on('error', onError)
  try {
    for (;;) {
      if (error) throw error
      const chunk: T[] = []
      let r: T | null
      while (chunk.length < max && (r = stream.read() as T | null) !== null) chunk.push(r)
      if (chunk.length > 0) {
        yield chunk
        continue
      }
      if (error) throw error
      if (ended || stream.readableEnded) return
      await new Promise<void>((resolve) => {
        wake = resolve
      })
      wake = null
    }
  } finally {
    stream.off('readable', onReadable)
    stream.off('end', onEnd)
    stream.off('error', onError)
  }
}

/** CSV records with the line each starts on; empty lines are skipped (but counted). */
async function* csvRecords(parser: Readable): AsyncGenerator<SourceRecord[]> {
  let line = 1
  try {
    for await (const chunk of readChunks<string[]>(parser)) {
      const out: SourceRecord[] = []
      for (const values of chunk) {
        const start = line
        let newlines = 0
        for (let k = 0; k < values.length; k++) {
          const v = values[k]!
          if (v.length > 0 && v.includes('\n')) for (let i = v.indexOf('\n'); i >= 0; i = v.indexOf('\n', i + 1)) newlines++
          if (v.charCodeAt(0) === 39) values[k] = fromCsvField(v) // an errors file read back: '+86… is +86…
        }
        line += 1 + newlines
        if (values.length === 1 && values[0] === '') continue
        out.push({ line: start, values })
      }
      if (out.length) yield out
    }
  } catch (e) {
    // anything csv-parse refuses (its codes mostly, not all, start with CSV_: INVALID_OPENING_QUOTE)
    if (e instanceof CsvError) throw unreadable((e as { lines?: number }).lines ?? line, msg('import.csvError', { detail: e.message.replace(/^Invalid Record Length: /, '') }))
    throw e
  }
}

/** The values of one JSON object for the header's columns (keys matched case-insensitively). */
function objectRows(obj: unknown, line: number, header: string[], keyCache: Map<string, string>): SourceRecord[] {
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) throw unreadable(line, msg('import.elementNotObject', {}))
  const byName = new Map<string, unknown>()
  let nested: unknown[] | null = null
  for (const [k, v] of Object.entries(obj as Record<string, unknown>)) {
    let n = keyCache.get(k)
    if (n === undefined) {
      n = normalizeColumnName(k)
      if (keyCache.size < 1000) keyCache.set(k, n)
    }
    if (n === 'lines' && Array.isArray(v)) nested = v
    else byName.set(n, v)
  }
  const cell = (v: unknown): string => (v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v))
  if (!nested) return [{ line, values: header.map((h) => cell(byName.get(normalizeColumnName(h)))) }]
  return nested.map((item) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) throw unreadable(line, msg('import.linesNotObjects', {}))
    const lineFields = new Map<string, unknown>()
    for (const [k, v] of Object.entries(item as Record<string, unknown>)) lineFields.set(normalizeColumnName(k), v)
    return { line, values: header.map((h) => {
      const n = normalizeColumnName(h)
      return cell(lineFields.has(n) ? lineFields.get(n) : byName.get(n))
    }) }
  })
}

/** One JSON value that starts at `line` of the file. */
function jsonAt(text: string, line: number): unknown {
  try {
    return JSON.parse(text)
  } catch (e) {
    throw unreadable(line, msg('import.invalidJson', { detail: (e as Error).message }))
  }
}

/** JSON Lines: one object per line (blank lines skipped). */
async function* jsonLinesRecords(text: Readable, header: string[]): AsyncGenerator<SourceRecord[]> {
  const keyCache = new Map<string, string>()
  let rest = ''
  let line = 0
  const parseLine = (s: string, at: number, out: SourceRecord[]) => {
    const t = s.trim()
    if (t) out.push(...objectRows(jsonAt(t, at), at, header, keyCache))
  }
  for await (const chunk of readChunks<string>(text, 64)) {
    const out: SourceRecord[] = []
    let s = rest + chunk.join('')
    if (line === 0) s = s.replace(/^\uFEFF/, '')
    let start = 0
    for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', start)) {
      line++
      parseLine(s.slice(start, i), line, out)
      start = i + 1
    }
    rest = s.slice(start)
    if (out.length) yield out
  }
  const out: SourceRecord[] = []
  if (rest.trim()) parseLine(rest, line + 1, out)
  if (out.length) yield out
}

/**
 * A JSON array of objects, streamed: the scanner finds where each element ends (strings and
 * nesting tracked), and only that element is parsed.
 */
async function* jsonArrayRecords(text: Readable, header: string[]): AsyncGenerator<SourceRecord[]> {
  const keyCache = new Map<string, string>()
  let line = 1
  let state: 'before' | 'between' | 'element' | 'after' = 'before'
  let depth = 0
  let inString = false
  let escape = false
  let buf = ''
  let elementLine = 0
  let first = true
  let expectComma = false
  for await (const chunk of readChunks<string>(text, 64)) {
    let s = chunk.join('')
    if (first) {
      s = s.replace(/^\uFEFF/, '')
      first = false
    }
    const out: SourceRecord[] = []
    let elementStart = state === 'element' ? 0 : -1
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i)
      if (c === 10) line++
      if (state === 'element') {
        if (inString) {
          if (escape) escape = false
          else if (c === 92) escape = true
          else if (c === 34) inString = false
          continue
        }
        if (c === 34) inString = true
        else if (c === 123 || c === 91) depth++
        else if (c === 125 || c === 93) {
          depth--
          if (depth === 0) {
            const textOf = buf + s.slice(elementStart, i + 1)
            buf = ''
            out.push(...objectRows(jsonAt(textOf, elementLine), elementLine, header, keyCache))
            state = 'between'
            expectComma = true
          }
        }
        continue
      }
      if (c === 32 || c === 9 || c === 10 || c === 13) continue
      if (state === 'before') {
        if (c !== 91) throw unreadable(line, msg('import.notJsonArray', {}))
        state = 'between'
        expectComma = false
      } else if (state === 'between') {
        if (c === 93) state = 'after'
        else if (c === 44 && expectComma) expectComma = false
        else if (c === 123 && !expectComma) {
          state = 'element'
          depth = 1
          elementStart = i
          elementLine = line
        } else throw unreadable(line, msg('import.unexpectedInArray', { found: s[i]! }))
      } else {
        throw unreadable(line, msg('import.textAfterArray', {}))
      }
    }
    if (state === 'element') buf += s.slice(elementStart)
    if (out.length) yield out
  }
  const end = state as string
  if (end === 'before') throw unreadable(null, msg('import.emptyJson', {}))
  if (end !== 'after') throw unreadable(line, msg('import.arrayNotClosed', {}))
}
