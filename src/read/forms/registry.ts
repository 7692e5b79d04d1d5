import type { FormKind } from '../../domain/forms.js'
import { changeFormReader } from './change-form.js'
import { confirmationReader } from './confirmation.js'
import { contractReader } from './contract.js'
import type { FormBase, FormReader } from './form-data.js'
import { inquiryReader } from './inquiry.js'
import { outboundSlipReader } from './outbound-slip.js'
import { productionOrderReader } from './production-order.js'
import { quotationReader } from './quotation.js'
import { salesOrderReader } from './sales-order.js'

/**
 * How each printed form is read from the desk: one line a form (its file beside this one
 * says what the form shows). Its layout is the line of the same name in
 * src/render/forms/registry.ts; a kind missing from either does not compile.
 */
export const FORM_READERS = {
  inquiry: inquiryReader,
  quotation: quotationReader,
  confirmation: confirmationReader,
  contract: contractReader,
  'sales-order': salesOrderReader,
  'production-order': productionOrderReader,
  'change-form': changeFormReader,
  'outbound-slip': outboundSlipReader,
} as const satisfies { [K in FormKind]: FormReader<FormBase & { form: K }> }

/** A form as read, of any kind (`form` tells which). */
export type LoadedForm = { [K in FormKind]: LoadedFormOf<K> }[FormKind]

/** A form of one kind as read. */
export type LoadedFormOf<K extends FormKind> = (typeof FORM_READERS)[K] extends FormReader<infer F> ? F : never

/** The form whose own documents are numbered with this prefix. */
export function formOfPrefix(prefix: string): FormKind | undefined {
  return (Object.keys(FORM_READERS) as FormKind[]).find((k) => FORM_READERS[k].prefix === prefix)
}
