import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { basename, dirname, extname, join, resolve } from 'node:path'
import type { Command } from 'commander'
import type { CompiledQuery } from 'kysely'
import { addDays, parseDate, type IsoDate } from '../../domain/dates.js'
import { OrderdeskError, ValidationError } from '../../domain/errors.js'
import { businessDate, globals, withSession } from '../context.js'
import { flag, limit, str, z } from '../flags.js'
import { validateOptions } from '../parse.js'

export const REPORT_FORMATS = ['text', 'md', 'html', 'json', 'csv'] as const
export type ReportFormat = (typeof REPORT_FORMATS)[number]

/** The format an `--out` file's extension implies. */
const EXTENSIONS: Record<string, ReportFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.json': 'json',
  '.csv': 'csv',
}

const schema = z.object({ date: str(), format: str(), out: str(), limit: limit(50), sql: flag() })

/** Exit 1 with a plain reason: the report could not be written. */
class WriteError extends OrderdeskError {
  readonly exitCode = 1
  readonly code = 'write_failed'
}

/** `--date`: a date, `today`, `yesterday`, or `-N` days before today; never after today. */
export function reportDate(text: string | undefined, today: IsoDate): IsoDate {
  if (text === undefined) return today
  const s = text.trim().toLowerCase()
  const back = /^-(\d{1,4})d?$/.exec(s)
  const date = s === 'yesterday' ? addDays(today, -1) : back ? addDays(today, -Number(back[1])) : parseDate(text, '--date', today)
  if (date > today) throw new ValidationError('--date', text, `must not be after today (${today}): the report is on a day that has happened`)
  return date
}

/** The format: `--format`, else the `--out` extension, else JSON with `--json`, else text. */
export function reportFormat(format: string | undefined, out: string | undefined, json: boolean): ReportFormat {
  if (format !== undefined) {
    const f = format.trim().toLowerCase()
    const alias: Record<string, ReportFormat> = { txt: 'text', markdown: 'md', htm: 'html' }
    const resolved = (REPORT_FORMATS as readonly string[]).includes(f) ? (f as ReportFormat) : alias[f]
    if (!resolved) throw new ValidationError('--format', format, `must be one of ${REPORT_FORMATS.join(', ')}`)
    return resolved
  }
  if (out !== undefined) {
    const ext = extname(out).toLowerCase()
    const byExt = EXTENSIONS[ext]
    if (byExt) return byExt
    if (ext) throw new ValidationError('--out', out, `cannot tell the format from "${ext}"; give --format ${REPORT_FORMATS.join('|')} (or use .txt .md .html .json .csv)`)
  }
  return json ? 'json' : 'text'
}

/**
 * Writes `content` to `path` atomically: a temporary file in the same folder, flushed to disk,
 * then renamed over the target, so a reader (or a crash) never sees half a report. Creates the
 * folder.
 */
export function writeAtomic(path: string, content: string): number {
  const target = resolve(path)
  const dir = dirname(target)
  const tmp = join(dir, `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
  const bytes = Buffer.from(content, 'utf8')
  try {
    mkdirSync(dir, { recursive: true })
    const fd = openSync(tmp, 'wx', 0o644)
    try {
      writeSync(fd, bytes)
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
    renameSync(tmp, target)
  } catch (e) {
    try {
      rmSync(tmp, { force: true })
    } catch {
      // the folder itself could not be made: there is no temporary file
    }
    const err = e as NodeJS.ErrnoException
    throw new WriteError(`cannot write the report to ${path}: ${err.code ? `${err.code} ` : ''}${err.message.replace(/^[A-Z]+: /, '')}`)
  }
  return bytes.length
}

/** A query with its parameters written in, for the sqlite3 shell (`--sql`). */
export function inlineSql(q: CompiledQuery): string {
  const lit = (v: unknown) =>
    v === null || v === undefined ? 'NULL' : typeof v === 'number' || typeof v === 'bigint' ? String(v) : `'${String(v).replace(/'/g, "''")}'`
  let i = 0
  return `${q.sql.replace(/\?|\$(\d+)/g, (_m, n: string | undefined) => lit(q.parameters[n ? Number(n) - 1 : i++]))};`
}

/** `report status`: the nightly status report (issue 8). */
export function registerReport(program: Command): void {
  const report = program.command('report').description('reports: the nightly status report')

  report
    .command('status')
    .description('where the desk stands at the end of a business day: pipeline, needs action, overdue, delivery, money, production, activity')
    .option('--date <date>', 'the business day reported on: YYYY-MM-DD, today, yesterday or -N (default today)')
    .option('--format <f>', `${REPORT_FORMATS.join(', ')} (default: from the --out extension, else text)`)
    .option('--out <file>', 'write the report to this file (atomically; the folder is created)')
    .option('--limit <n>', 'items listed per needs-action list (0 = all; counts are always complete)', '50')
    .option('--sql', 'print the SQL statements the report runs (a script for the sqlite3 shell) instead of the report')
    .action(async (raw: unknown, cmd: Command) => {
      // every argument is checked before the database is opened: a bad one writes nothing (exit 2)
      const opts = validateOptions(schema, raw)
      const g = globals(cmd)
      const date = reportDate(opts.date, businessDate())
      const format = reportFormat(opts.format, opts.out, Boolean(g.json) && !opts.sql)
      await withSession(cmd, async (s) => {
        const { buildStatusReport } = await import('../../services/status-report.js')
        const queries: CompiledQuery[] = []
        const built = await buildStatusReport(s.store.db, {
          date,
          limit: opts.limit,
          now: s.now(),
          trace: opts.sql ? (q) => queries.push(q) : undefined,
        })
        let content: string
        if (opts.sql) {
          content = [`-- orderdesk report status --date ${date}: the ${queries.length} queries it runs, in one read transaction`, 'BEGIN;', ...queries.map(inlineSql), 'COMMIT;', ''].join('\n')
        } else {
          const { renderReport } = await import('../../render/report/index.js')
          const toTerminal = opts.out === undefined && format === 'text'
          content = renderReport(built, format, toTerminal ? s.out.c : null)
        }
        if (opts.out === undefined) {
          process.stdout.write(content)
          return
        }
        const bytes = writeAtomic(opts.out, content)
        if (g.json) process.stdout.write(`${JSON.stringify({ out: opts.out, format: opts.sql ? 'sql' : format, date, bytes })}\n`)
        // quiet on success unless someone is watching: cron mails whatever a job prints
        else if (process.stderr.isTTY) s.out.done(`status report for ${date} written to ${opts.out} (${opts.sql ? 'sql' : format}, ${bytes} bytes)`)
      }, { access: 'read' })
    })
}
