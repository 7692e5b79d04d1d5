import type { FormOf, FormReader, PrintLine } from './form-data.js'
import { currentLines } from './order-lines.js'

/** 预订货记录: the order's lines as the clerk took them, printed by the order number from status `inquiry` on. */
export type LoadedInquiry = FormOf<'inquiry', { lines: PrintLine[] }>

export const inquiryReader: FormReader<LoadedInquiry> = {
  prefix: null,
  load: async ({ base, agg }) => ({ ...base, form: 'inquiry', lines: currentLines(agg) }),
  // issue 19: issued documents — the pre-order record is never issued: always the order as it stands
  draft: () => true,
}
