import { NotFoundError, ValidationError } from '../../domain/errors.js'
import type { FormKind } from '../../domain/forms.js'
import { msg } from '../../domain/message.js'
import { FORM_READERS, formOfPrefix } from './registry.js'

const ORDER_RE = /^\d{2}-\d{5,}$/
const DOC_RE = /^(\d{2}-\d{5,})-([A-Z]{2})(\d+)$/

/** What a `<ref>` names: an order, and for a document number the document's number normalised. */
export interface FormRef {
  order: string
  /** The document number asked for (`26-00001-CT1`), or null for an order number. */
  wanted: string | null
  seq: number | null
}

/** Splits a reference into the order number and, for a document number, its prefix and sequence. */
function parseRef(ref: string): { order: string; prefix: string | null; seq: number | null } | null {
  const r = ref.trim().toUpperCase()
  if (ORDER_RE.test(r)) return { order: r, prefix: null, seq: null }
  const m = DOC_RE.exec(r)
  return m ? { order: m[1]!, prefix: m[2]!, seq: Number(m[3]) } : null
}

/**
 * The order and document a reference names for a form: not found (exit 3) for a reference of no
 * known shape, a usage error (exit 2) for another form's document number.
 */
export function formRef(form: FormKind, ref: string): FormRef {
  const parsed = parseRef(ref)
  if (!parsed) throw new NotFoundError('document', ref, msg('form.refShape', {}))
  const { order, prefix, seq } = parsed
  if (prefix === null) return { order, wanted: null, seq }
  const other = formOfPrefix(prefix)
  if (other !== form && !(FORM_READERS[form].alsoBy ?? []).includes(prefix)) {
    if (other) throw new ValidationError('ref', ref, msg('form.otherKind', { ref, is: other, wanted: form }))
    throw new NotFoundError('document', ref, msg('form.refShape', {}))
  }
  return { order, wanted: `${order}-${prefix}${seq}`, seq }
}
