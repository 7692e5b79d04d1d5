import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import type { Command } from 'commander'
import { ValidationError } from '../../domain/errors.js'
import { FORM_KINDS, isFormKind, loadForm } from '../../services/load-form.js'
import { withSession } from '../context.js'
import { oneOf, str, z } from '../flags.js'
import { validateOptions } from '../parse.js'

const schema = z.object({ format: oneOf(['text', 'html'] as const), out: str() })

/**
 * `print <form> <ref>`: a document of the procedure as a paper form — 80-column text for the
 * terminal or `| lp`, or one self-contained A4 HTML page. Reads only.
 */
export function registerPrint(program: Command): void {
  program
    .command('print <form> <ref>')
    .description(`print a form: ${FORM_KINDS.join(', ')}; <ref> is the document's number or the order number (its latest document of that kind)`)
    .option('--format <f>', 'text (80 columns, default) or html (A4 page); default from the --out extension (.html, .htm)')
    .option('--out <file>', 'write to this file (folders are created) instead of stdout')
    .addHelpText(
      'after',
      '\nExamples:\n  orderdesk print contract 26-00001 | lp\n  orderdesk print outbound-slip 26-00001-OS2 --out slips/26-00001-OS2.html',
    )
    .action(async (form: string, ref: string, raw: unknown, cmd: Command) => {
      const opts = validateOptions(schema, raw)
      if (!isFormKind(form)) throw new ValidationError('form', form, `must be one of ${FORM_KINDS.join(', ')}`)
      if (opts.out !== undefined && !opts.out.trim()) throw new ValidationError('--out', opts.out, 'must be a file name')
      const format = opts.format ?? (opts.out && /\.html?$/i.test(opts.out) ? 'html' : 'text')
      await withSession(cmd, async (s) => {
        const loaded = await loadForm(s.store.db, form, ref, s.today)
        // the layouts load only when something is printed
        const { renderForm } = await import('../../render/forms/render-form.js')
        const content = renderForm(loaded, format)
        for (const r of loaded.remarks) s.out.note(r)
        if (!loaded.company.name) {
          s.out.warn('company.name is not set, so the form has no company header; set it with `orderdesk settings set company.name <name>` (and company.address, company.phone, company.taxId, company.bank)')
        }
        const out = opts.out ? resolve(opts.out) : null
        if (out) writeAtomically(out, content, opts.out!)
        const result = {
          form,
          ref,
          document: loaded.number,
          order: loaded.agg.order.number,
          revision: loaded.agg.order.revision,
          format,
          out,
          ...(out ? {} : { content }),
        }
        if (s.out.json) s.out.result(result, () => '')
        else if (!out) process.stdout.write(content)
        if (out) s.out.done(`${form.replace('-', ' ')} ${loaded.number} written to ${opts.out} (${format})`)
      }, { access: 'read' })
    })
}

/** Writes the whole file or nothing: a temporary file in the same folder, then a rename. */
function writeAtomically(path: string, content: string, given: string): void {
  const dir = dirname(path)
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${Date.now()}.tmp`)
  try {
    mkdirSync(dir, { recursive: true })
    writeFileSync(tmp, content, { encoding: 'utf8', mode: 0o644 })
    renameSync(tmp, path)
  } catch (e) {
    try {
      rmSync(tmp, { force: true })
    } catch {
      // nothing was written there
    }
    const err = e as NodeJS.ErrnoException
    throw new ValidationError('--out', given, `cannot write the file (${err.code ?? err.message})`)
  }
}
