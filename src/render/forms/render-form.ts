import type { LoadedForm } from '../../services/load-form.js'
import { changeForm } from './change-form.js'
import { confirmationForm } from './confirmation.js'
import { contractForm } from './contract.js'
import type { FormModel } from './form-model.js'
import { htmlForm } from './html-form.js'
import { inquiryForm } from './inquiry.js'
import { outboundSlipForm } from './outbound-slip.js'
import { productionOrderForm } from './production-order.js'
import { quotationForm } from './quotation.js'
import { salesOrderForm } from './sales-order.js'
import { textForm } from './text-form.js'

export type FormFormat = 'text' | 'html'

/** What a loaded document shows on paper. */
export function buildForm(f: LoadedForm): FormModel {
  switch (f.form) {
    case 'inquiry':
      return inquiryForm(f)
    case 'quotation':
      return quotationForm(f)
    case 'confirmation':
      return confirmationForm(f)
    case 'contract':
      return contractForm(f)
    case 'sales-order':
      return salesOrderForm(f)
    case 'production-order':
      return productionOrderForm(f)
    case 'change-form':
      return changeForm(f)
    case 'outbound-slip':
      return outboundSlipForm(f)
  }
}

/**
 * A loaded document as a printable form: 80-column text or a self-contained A4 HTML page.
 *
 * @example
 * renderForm(await loadForm(db, 'contract', '26-00001', today), 'html')
 */
export function renderForm(f: LoadedForm, format: FormFormat): string {
  const model = buildForm(f)
  return format === 'html' ? htmlForm(model) : textForm(model)
}
