import { resolve } from 'node:path'
import type { Command } from 'commander'
import { ValidationError } from '../../domain/errors.js'
import { FORM_KINDS, isFormKind, loadForm } from '../../services/load-form.js'
import { checkOutput, writeFileAtomic } from '../../services/output-files.js'
import { databasePath, deskFile, globals, withSession } from '../context.js'
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
      // checked before the desk is opened: never the desk, another database or a folder; an earlier form is replaced
      const target =
        opts.out === undefined
          ? null
          : checkOutput(opts.out, { field: '--out', label: 'the form to', desk: deskFile(databasePath(globals(cmd))), existing: 'replace', makeFolders: true })
      await withSession(cmd, async (s) => {
        const loaded = await loadForm(s.store.db, form, ref, s.today)
        // the layouts load only when something is printed
        const { renderForm } = await import('../../render/forms/render-form.js')
        const content = renderForm(loaded, format)
        for (const r of loaded.remarks) s.out.note(r)
        if (!loaded.company.name) {
          s.out.warn('company.name is not set, so the form has no company header; set it with `orderdesk settings set company.name <name>` (and company.address, company.phone, company.taxId, company.bank)')
        }
        const out = opts.out === undefined ? null : resolve(opts.out)
        if (target) writeFileAtomic(target, content)
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
        else if (!out) s.out.print(content)
        if (out) s.out.done(`${form.replace('-', ' ')} ${loaded.number} written to ${opts.out} (${format})`)
      }, { access: 'read' })
    })
}
