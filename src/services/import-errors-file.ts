import { createWriteStream, type WriteStream } from 'node:fs'
import iconv from 'iconv-lite'
import type { ImportProblem } from '../domain/import-order.js'
import type { ImportEncoding } from './import-source.js'

/**
 * `--errors FILE`: the rejected rows as CSV, in the input's columns plus an `error` column,
 * in the input's encoding — fix them and import the file again (the extra column is ignored).
 */
export class ErrorsFile {
  private buf = ''
  private out: WriteStream
  rows = 0

  constructor(
    readonly path: string,
    private readonly header: string[],
    private readonly encoding: ImportEncoding,
  ) {
    this.out = createWriteStream(path)
    this.buf = `${[...header, 'error'].map(csvCell).join(',')}\n`
  }

  /** The rows of one rejected order (or row): each with its own problems, or the order's. */
  add(rows: { line: number; values: string[] }[], problems: ImportProblem[] | string): void {
    for (const r of rows) {
      let reason: string
      if (typeof problems === 'string') reason = problems
      else {
        const own = problems.filter((p) => p.line === r.line)
        const shown = own.length > 0 ? own : problems
        reason = shown.map((p) => `${own.length > 0 ? '' : `line ${p.line} `}${p.column ? `${p.column}: ` : ''}${p.reason}`).join('; ')
        if (own.length === 0) reason = `order rejected (${reason})`
      }
      const cells = this.header.map((_, i) => r.values[i] ?? '')
      this.buf += `${[...cells, reason].map(csvCell).join(',')}\n`
      this.rows++
    }
  }

  /** Writes what is buffered (waits when the disk is behind). */
  async flush(): Promise<void> {
    if (!this.buf) return
    const data = this.encoding === 'gbk' ? iconv.encode(this.buf, 'gbk') : Buffer.from(this.buf, 'utf8')
    this.buf = ''
    if (!this.out.write(data)) await new Promise<void>((resolve) => this.out.once('drain', () => resolve()))
  }

  async close(): Promise<void> {
    await this.flush()
    await new Promise<void>((resolve, reject) => {
      this.out.on('error', reject)
      this.out.end(() => resolve())
    })
  }
}

/** A CSV cell, quoted when it must be. */
export function csvCell(v: string): string {
  return /[",\r\n]/.test(v) || /^\s|\s$/.test(v) ? `"${v.replace(/"/g, '""')}"` : v
}
