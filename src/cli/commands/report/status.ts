import { extname } from 'node:path'
import type { Command } from 'commander'
import type { CompiledQuery } from 'kysely'
import type { infer as Infer } from 'zod/mini'
import { addDays, parseDate, type IsoDate } from '../../../domain/dates.js'
import { ValidationError } from '../../../domain/errors.js'
import { msg } from '../../../domain/message.js'
import { REPORT_FORMATS, type ReportFormat } from '../../../domain/status-report.js'
import { t } from '../../../messages/index.js'
import { checkOutput, writeFileAtomic, type OutputTarget } from '../../../services/output-files.js'
import { businessDate, databasePath, deskFile, globals, withSession, type GlobalOptions, type Session } from '../../context.js'
import { flag, limit, str, z } from '../../flags.js'
import { described } from '../../help.js'
import { validateOptions } from '../../parse.js'

export const schema = z.object({ date: str(), format: str(), out: str(), limit: limit(50), sql: flag() })
export type Options = Infer<typeof schema>

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

/** `report status [--date] [--format] [--out] [--limit] [--sql]`. */
export function register(report: Command): void {
  const cmd = report.command('status').option('--date <date>').option('--format <f>').option('--out <file>').option('--limit <n>', '', '50').option('--sql')
  // not `action(schema, run)`: every argument is checked before the desk is opened, so a bad one
  // is exit 2 and writes nothing even where there is no desk (cron on a wrong path)
  described(cmd, 'report status').action(async (raw: unknown, c: Command) => {
    const opts = validateOptions(schema, raw)
    plan(opts, globals(c), businessDate())
    await withSession(c, (s) => run(opts, s), { access: 'read' })
  })
}

/** `--date`: a date, `today`, `yesterday`, or `-N` days before today; never after today. */
export function reportDate(text: string | undefined, today: IsoDate): IsoDate {
  if (text === undefined) return today
  const s = text.trim().toLowerCase()
  const back = /^-(\d{1,4})d?$/.exec(s)
  const date = s === 'yesterday' ? addDays(today, -1) : back ? addDays(today, -Number(back[1])) : parseDate(text, '--date', today)
  if (date > today) throw new ValidationError('--date', text, msg('report.dateAfterToday', { today }))
  return date
}

/** The format: `--format`, else the `--out` extension, else JSON with `--json`, else text. */
export function reportFormat(format: string | undefined, out: string | undefined, json: boolean): ReportFormat {
  if (format !== undefined) {
    const f = format.trim().toLowerCase()
    const alias: Record<string, ReportFormat> = { txt: 'text', markdown: 'md', htm: 'html' }
    const resolved = (REPORT_FORMATS as readonly string[]).includes(f) ? (f as ReportFormat) : alias[f]
    if (!resolved) throw new ValidationError('--format', format, msg('report.formatUnknown', { formats: REPORT_FORMATS }))
    return resolved
  }
  if (out !== undefined) {
    const ext = extname(out).toLowerCase()
    const byExt = EXTENSIONS[ext]
    if (byExt) return byExt
    if (ext) throw new ValidationError('--out', out, msg('report.extensionUnknown', { ext, formats: REPORT_FORMATS }))
  }
  return json ? 'json' : 'text'
}

/** What a run makes of its options: the day, the format and the file to write (null: stdout). */
interface Plan {
  date: IsoDate
  format: ReportFormat
  target: OutputTarget | null
}

/** The day, the format and the `--out` file, each checked (exit 2 on a bad one). */
function plan(opts: Options, g: GlobalOptions, today: IsoDate): Plan {
  const date = reportDate(opts.date, today)
  const format = reportFormat(opts.format, opts.out, Boolean(g.json) && !opts.sql)
  // never the desk, another database or a folder; an earlier report is replaced (cron writes the same path nightly)
  const target =
    opts.out === undefined ? null : checkOutput(opts.out, { field: '--out', label: msg('report.outLabel', {}), desk: deskFile(databasePath(g)), existing: 'replace', makeFolders: true })
  return { date, format, target }
}

/** The status report of a business day (or, with `--sql`, the statements it runs), to stdout or to `--out`. */
export async function run(opts: Options, s: Session): Promise<void> {
  const p = plan(opts, s.opts, s.today)
  const content = await contentOf(opts, s, p)
  if (!p.target) {
    s.out.print(content)
    return
  }
  const bytes = writeFileAtomic(p.target, content)
  const format = opts.sql ? 'sql' : p.format
  if (s.opts.json) s.out.stdout.write(`${JSON.stringify({ out: opts.out, format, date: p.date, bytes })}\n`)
  // quiet on success unless someone is watching: cron mails whatever a job prints
  else if (s.out.stderr.isTTY) s.out.done(t(msg('report.written', { date: p.date, out: opts.out!, format, bytes })))
}

/** The report in its format, or the script of its queries. */
async function contentOf(opts: Options, s: Session, p: Plan): Promise<string> {
  const { buildStatusReport } = await import('../../../read/report/build.js')
  const queries: CompiledQuery[] = []
  const trace = opts.sql ? (q: CompiledQuery) => queries.push(q) : undefined
  const report = await buildStatusReport(s.store.db, { date: p.date, limit: opts.limit, now: s.now(), trace })
  if (opts.sql) return (await import('../../../render/report/sql.js')).renderSql(p.date, queries)
  const { renderReport } = await import('../../../render/report/index.js')
  const toTerminal = opts.out === undefined && p.format === 'text'
  return renderReport(report, p.format, toTerminal ? s.out.c : null)
}
