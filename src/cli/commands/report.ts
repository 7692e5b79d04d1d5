import { extname } from 'node:path'
import type { Command } from 'commander'
import type { CompiledQuery } from 'kysely'
import { addDays, parseDate, type IsoDate } from '../../domain/dates.js'
import { ValidationError } from '../../domain/errors.js'
import { checkOutput, writeFileAtomic } from '../../services/output-files.js'
import { businessDate, databasePath, deskFile, globals, withSession } from '../context.js'
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
    .option('--out <file>', 'write the report to this file (atomically, replacing an earlier report; the folder is created)')
    .option('--limit <n>', 'items listed per needs-action list (0 = all; counts are always complete)', '50')
    .option('--sql', 'print the SQL statements the report runs (a script for the sqlite3 shell) instead of the report')
    .action(async (raw: unknown, cmd: Command) => {
      // every argument is checked before the database is opened: a bad one writes nothing (exit 2)
      const opts = validateOptions(schema, raw)
      const g = globals(cmd)
      const date = reportDate(opts.date, businessDate())
      const format = reportFormat(opts.format, opts.out, Boolean(g.json) && !opts.sql)
      // never the desk, another database or a folder; an earlier report is replaced (cron writes the same path nightly)
      const target =
        opts.out === undefined ? null : checkOutput(opts.out, { field: '--out', label: 'the report to', desk: deskFile(databasePath(g)), existing: 'replace', makeFolders: true })
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
        if (!target) {
          s.out.print(content)
          return
        }
        const bytes = writeFileAtomic(target, content)
        if (g.json) process.stdout.write(`${JSON.stringify({ out: opts.out, format: opts.sql ? 'sql' : format, date, bytes })}\n`)
        // quiet on success unless someone is watching: cron mails whatever a job prints
        else if (process.stderr.isTTY) s.out.done(`status report for ${date} written to ${opts.out} (${opts.sql ? 'sql' : format}, ${bytes} bytes)`)
      }, { access: 'read' })
    })
}
