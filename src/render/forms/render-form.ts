import type { FormKind } from '../../domain/forms.js'
import { tr } from '../../messages/index.js'
import type { LoadedForm, LoadedFormOf } from '../../read/forms/registry.js'
import { lines, type FormModel } from './form-model.js'
import { htmlForm } from './html-form.js'
import { FORM_LAYOUTS } from './registry.js'
import { textForm } from './text-form.js'

export type FormFormat = 'text' | 'html'

/**
 * What a form as read shows on paper: its layout's body under its title, in the words of the
 * language in use. The form as read holds codes and data only, so the same document reprints
 * the same in any language, and printing changes nothing on the desk.
 */
function buildForm<K extends FormKind>(f: LoadedFormOf<K> & { form: K }): FormModel {
  const layout = FORM_LAYOUTS[f.form]
  const body = layout.build(f)
  // issue 19: a draft, or an issued document without a stored copy, says it shows current data
  const record = f.record === 'draft' || f.record === 'current' ? [tr('form.recordNote', { record: f.record })] : []
  return { form: f.form, title: lines(tr('form.title', { form: f.form })), numberLabel: tr('form.numberLabel', { form: f.form }), ...body, notes: [...record, ...body.notes] }
}

/**
 * A form as read as a printable form: 80-column text or a self-contained A4 HTML page.
 *
 * @example
 * renderForm(await loadForm(db, 'contract', '26-00001', today), 'html')
 */
export function renderForm(f: LoadedForm, format: FormFormat): string {
  const model = buildForm(f)
  return format === 'html' ? htmlForm(model) : textForm(model)
}
