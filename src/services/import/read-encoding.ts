import { isUtf8 } from 'node:buffer'
import { createReadStream } from 'node:fs'
import { Transform, Writable, type TransformCallback } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import iconv from 'iconv-lite'
import { ImportFileError } from '../../domain/import-outcome.js'
import { msg } from '../../domain/message.js'

/**
 * An import file is read in the encoding it is said to be in, or refused (issue 16 §9): a
 * byte that is not UTF-8 in a default import (GBK from Chinese Windows, Latin-1) or a
 * sequence that is not GBK with `--encoding gbk` would otherwise be stored as U+FFFD, the
 * original text lost. `EncodingCheck` sits in the reading pipeline, a chunk at a time, and
 * fails with the file line of the first bad byte; characters split between chunks are carried
 * over whole. `checkFileEncoding` runs the same check over a file before the import reads it,
 * so that a bad file is refused before anything of it is written.
 *
 * @example
 * pipeline(createReadStream(path), new EncodingCheck('utf8'), csvParser, done)
 */
export type CheckedEncoding = 'utf8' | 'gbk'

const LF = 0x0a

/** How many bytes the UTF-8 sequence starting with this byte has (1 for a byte that starts none). */
function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2
  if (lead >= 0xe0 && lead <= 0xef) return 3
  if (lead >= 0xf0 && lead <= 0xf4) return 4
  return 1
}

/** Where the last, incomplete, sequence of `b` starts (b.length when it ends whole). */
function completeLength(b: Buffer): number {
  for (let back = 1; back <= 3 && back <= b.length; back++) {
    const byte = b[b.length - back]!
    if ((byte & 0xc0) !== 0x80) return sequenceLength(byte) > back ? b.length - back : b.length
  }
  return b.length
}

/** The offset of the first byte that does not begin a valid UTF-8 sequence (RFC 3629), or -1. */
export function firstInvalidUtf8(b: Buffer): number {
  const cont = (i: number, lo = 0x80, hi = 0xbf) => i < b.length && b[i]! >= lo && b[i]! <= hi
  for (let i = 0; i < b.length; ) {
    const c = b[i]!
    if (c < 0x80) i++
    else if (c >= 0xc2 && c <= 0xdf && cont(i + 1)) i += 2
    else if (c === 0xe0 && cont(i + 1, 0xa0) && cont(i + 2)) i += 3
    else if (((c >= 0xe1 && c <= 0xec) || c === 0xee || c === 0xef) && cont(i + 1) && cont(i + 2)) i += 3
    else if (c === 0xed && cont(i + 1, 0x80, 0x9f) && cont(i + 2)) i += 3
    else if (c === 0xf0 && cont(i + 1, 0x90) && cont(i + 2) && cont(i + 3)) i += 4
    else if (c >= 0xf1 && c <= 0xf3 && cont(i + 1) && cont(i + 2) && cont(i + 3)) i += 4
    else if (c === 0xf4 && cont(i + 1, 0x80, 0x8f) && cont(i + 2) && cont(i + 3)) i += 4
    else return i
  }
  return -1
}

function countLf(b: Buffer, end = b.length): number {
  let n = 0
  for (let i = b.indexOf(LF); i >= 0 && i < end; i = b.indexOf(LF, i + 1)) n++
  return n
}

function countNewlines(s: string, end = s.length): number {
  let n = 0
  for (let i = s.indexOf('\n'); i >= 0 && i < end; i = s.indexOf('\n', i + 1)) n++
  return n
}

function notUtf8(line: number, byte: number | null): ImportFileError {
  return new ImportFileError(line, msg('import.notUtf8', { byte }))
}

/**
 * utf8: bytes in, the same bytes out, refused at the first byte that is not UTF-8 (or a
 * UTF-16 byte-order mark at the start). gbk: the text iconv-lite decoded in, the same text
 * out, refused at the first U+FFFD (GBK has no such character: iconv-lite puts it for a byte
 * sequence that is not GBK).
 */
export class EncodingCheck extends Transform {
  /** Line breaks before the current chunk. */
  private lines = 0
  private carry: Buffer | null = null
  private first = true

  constructor(private readonly encoding: CheckedEncoding) {
    super(encoding === 'gbk' ? { decodeStrings: false, encoding: 'utf8' } : {})
  }

  override _transform(chunk: Buffer | string, _enc: BufferEncoding, done: TransformCallback): void {
    if (typeof chunk === 'string') {
      const bad = chunk.indexOf('\uFFFD')
      if (bad >= 0) return done(new ImportFileError(this.lines + countNewlines(chunk, bad) + 1, msg('import.notGbk', {})))
      this.lines += countNewlines(chunk)
      return done(null, chunk)
    }
    const data = this.carry ? Buffer.concat([this.carry, chunk]) : chunk
    this.carry = null
    if (this.first) {
      this.first = false
      if (data.length >= 2 && ((data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff))) {
        return done(new ImportFileError(1, msg('import.utf16', {})))
      }
    }
    const end = completeLength(data)
    const whole = end === data.length ? data : data.subarray(0, end)
    if (!isUtf8(whole)) {
      const at = firstInvalidUtf8(whole)
      return done(notUtf8(this.lines + countLf(whole, at) + 1, whole[at]!))
    }
    if (end < data.length) this.carry = Buffer.from(data.subarray(end))
    this.lines += countLf(whole)
    done(null, whole)
  }

  override _flush(done: TransformCallback): void {
    if (this.carry) return done(notUtf8(this.lines + 1, null))
    done()
  }
}

/**
 * The check over a whole file before it is imported (a stream, not the file in memory). Only
 * an encoding problem is reported here; anything else (the file cannot be read) is left to
 * the import's own reading, which reports it as it always has.
 */
export async function checkFileEncoding(path: string, encoding: CheckedEncoding): Promise<void> {
  const sink = new Writable({ decodeStrings: false, write: (_c, _e, next) => next() })
  const read = createReadStream(path, { highWaterMark: 1 << 16 })
  try {
    if (encoding === 'gbk') await pipeline(read, iconv.decodeStream('gbk'), new EncodingCheck('gbk'), sink)
    else await pipeline(read, new EncodingCheck('utf8'), sink)
  } catch (e) {
    if (e instanceof ImportFileError) throw e
  }
}
