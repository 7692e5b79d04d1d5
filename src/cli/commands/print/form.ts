import { resolve } from 'node:path'
import type { Command } from 'commander'
import type { infer as Infer } from 'zod/mini'
import { ValidationError } from '../../../domain/errors.js'
import { FORM_KINDS, isFormKind, type FormKind } from '../../../domain/forms.js'
import { msg } from '../../../domain/message.js'
import { t, tr } from '../../../messages/index.js'
import { loadForm } from '../../../read/forms/load-form.js'
import type { FormFormat } from '../../../render/forms/render-form.js'
import { checkOutput, writeFileAtomic, type OutputTarget } from '../../../services/output-files.js'
import { databasePath, deskFile, globals, withSession, type Session } from '../../context.js'
import { described } from '../../help.js'
import { oneOf, str, z } from '../../flags.js'
import { validateOptions } from '../../parse.js'

export const schema = z.object({ format: oneOf(['text', 'html'] as const), out: str() })
/** The command line as given: the flags and the two arguments. */
export type Flags = Infer<typeof schema> & { form: string; ref: string }
/** What to print, checked: the form, the reference, the format and where it goes (null: stdout). */
export interface Options {
  form: FormKind
  ref: string
  format: FormFormat
  out: OutputTarget | null
}

/**
 * `print <form> <ref>`: a document of the procedure as a paper form — 80-column text for the
 * terminal or `| lp`, or one self-contained A4 HTML page. Reads only.
 */
export function register(program: Command): void {
  const cmd = program.command('print <form> <ref>').option('--format <f>').option('--out <file>')
  described(cmd, 'print').action(async (form: string, ref: string, raw: unknown, c: Command) => {
    // every argument is checked before the desk is opened: a bad one opens nothing (exit 2)
    const opts = options({ ...validateOptions(schema, raw), form, ref }, deskFile(databasePath(globals(c))))
    await withSession(c, (s) => run(opts, s), { access: 'read' })
  })
}

/**
 * The flags checked: a known form; the format from --format, else the --out extension, else
 * text; --out never the desk (`desk`: its SQLite file), another database or a folder, and an
 * earlier form there is replaced.
 */
export function options(flags: Flags, desk: string | null): Options {
  if (!isFormKind(flags.form)) throw new ValidationError('form', flags.form, msg('form.unknownForm', { forms: FORM_KINDS }))
  const format = flags.format ?? (flags.out && /\.html?$/i.test(flags.out) ? 'html' : 'text')
  const out = flags.out === undefined ? null : checkOutput(flags.out, { field: '--out', label: msg('form.outLabel', {}), desk, existing: 'replace', makeFolders: true })
  return { form: flags.form, ref: flags.ref, format, out }
}

/** Reads the form, lays it out and prints it (or writes it to --out); with --json, what was printed. */
export async function run(opts: Options, s: Session): Promise<void> {
  const loaded = await loadForm(s.store.db, opts.form, opts.ref, s.today)
  // the layouts load only when something is printed
  const { renderForm } = await import('../../../render/forms/render-form.js')
  const content = renderForm(loaded, opts.format)
  for (const r of loaded.remarks) s.out.note(t(r))
  if (!loaded.company.name) {
    s.out.warn(tr('form.noCompanyName'))
  }
  const out = opts.out ? resolve(opts.out.given) : null
  if (opts.out) writeFileAtomic(opts.out, content)
  const result = {
    form: opts.form,
    ref: opts.ref,
    document: loaded.number,
    order: loaded.agg.order.number,
    // the order's revision now (a stored copy shows the revision it was issued at)
    revision: loaded.currentRevision ?? loaded.agg.order.revision,
    format: opts.format,
    out,
    // issue 19: issued documents — the stored copy as issued, a draft, or from current data (no copy kept)
    record: loaded.record ?? 'current',
    sha256: loaded.sha256 ?? null,
    ...(out ? {} : { content }),
  }
  if (s.out.json) s.out.result(result, () => '')
  else if (!out) s.out.print(content)
  if (opts.out) s.out.done(tr('form.written', { form: opts.form, number: loaded.number, file: opts.out.given, format: opts.format }))
}
