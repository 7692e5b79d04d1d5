import type { FormKind } from '../../domain/forms.js'
import type { LoadedFormOf } from '../../read/forms/registry.js'
import { changeFormLayout } from './change-form.js'
import { confirmationLayout } from './confirmation.js'
import { contractLayout } from './contract.js'
import type { FormLayout } from './form-model.js'
import { inquiryLayout } from './inquiry.js'
import { outboundSlipLayout } from './outbound-slip.js'
import { productionOrderLayout } from './production-order.js'
import { quotationLayout } from './quotation.js'
import { salesOrderLayout } from './sales-order.js'

/**
 * How each printed form looks on paper: one line a form, its layout in the file
 * named after it. What it shows is read by the line of the same name in
 * src/read/forms/registry.ts; a kind missing from either does not compile.
 */
export const FORM_LAYOUTS: { [K in FormKind]: FormLayout<LoadedFormOf<K>> } = {
  inquiry: inquiryLayout,
  quotation: quotationLayout,
  confirmation: confirmationLayout,
  contract: contractLayout,
  'sales-order': salesOrderLayout,
  'production-order': productionOrderLayout,
  'change-form': changeFormLayout,
  'outbound-slip': outboundSlipLayout,
}
