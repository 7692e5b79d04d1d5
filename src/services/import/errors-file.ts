import iconv from 'iconv-lite'
import { csvField } from '../../domain/csv-field.js'
import type { ImportProblem } from '../../domain/import-order.js'
import { msg, say, type Msg } from '../../domain/message.js'
import type { ImportedSoFar } from '../../domain/messages/import.js'
import { AtomicFile, type OutputTarget } from '../../store/output-file.js'
import type { ImportEncoding } from './read-source.js'

/**
 * `--errors FILE`: the rejected rows as CSV, in the input's columns plus an `error` column,
 * in the input's encoding — fix them and import the file again (the extra column is ignored).
 * Written to a temporary file beside FILE while the import runs and put in place only when it
 * has finished (`commit`), header only when nothing was rejected; an import that fails leaves
 * FILE as it was (`abort`). Cells a spreadsheet would run as formulas are neutralised.
 *
 * The error column is the one place an import words a message below the cli: the file is
 * written while the import runs, in the catalogue the cli installed (`say`), so in the
 * language of the command, like its summary.
 */
export class ErrorsFile {
  private buf = ''
  private readonly out: AtomicFile
  rows = 0

  /** Creates the temporary file (exit 6 when the file system refuses): before anything is imported. */
  constructor(
    readonly target: OutputTarget,
    private readonly header: string[],
    private readonly encoding: ImportEncoding,
  ) {
    this.out = AtomicFile.open(target)
    this.buf = `${[...header, 'error'].map(csvField).join(',')}\n`
  }

  /** The rows of one rejected order (or row): each with its own problems, or the order's. */
  rejected(rows: { line: number; values: string[] }[], problems: ImportProblem[]): void {
    for (const r of rows) {
      const own = problems.filter((p) => p.line === r.line)
      this.row(r.values, say(msg('import.rowRejected', { problems: own.length > 0 ? own : problems, own: own.length > 0 })))
    }
  }

  /** The rows of an order (or row) that conflicts with one met before. */
  conflict(rows: { line: number; values: string[] }[], reason: Msg): void {
    const text = say(msg('import.rowConflict', { reason }))
    for (const r of rows) this.row(r.values, text)
  }

  private row(values: string[], reason: string): void {
    const cells = this.header.map((_, i) => values[i] ?? '')
    this.buf += `${[...cells, reason].map(csvField).join(',')}\n`
    this.rows++
  }

  /** Writes what is buffered to the temporary file. */
  flush(): void {
    if (!this.buf) return
    const data = this.encoding === 'gbk' ? iconv.encode(this.buf, 'gbk') : Buffer.from(this.buf, 'utf8')
    this.buf = ''
    this.out.write(data)
  }

  /**
   * Puts the file in place. `imported` says what the import already committed, for the message
   * when the file cannot be written after all.
   */
  commit(imported: ImportedSoFar | null): void {
    this.flush()
    this.out.commit(imported ? msg('import.errorsFileLate', { imported }) : undefined)
  }

  /** The import failed: the temporary file goes, FILE is untouched. */
  abort(): void {
    this.out.abort()
  }
}
