import type { invoiceHelp as english } from '../../en/help/invoice.js'
import type { Retexted } from '../../help-entry.js'

/** The help of `orderdesk invoice` in Chinese (the glossary: docs/glossary.md). */
export const invoiceHelp: Retexted<typeof english> = {
  invoice: { description: '发票' },
  'invoice issue': {
    description: '登记开出的发票（财务）；金额默认为全部未开票金额',
    arguments: { order: '订单号' },
    options: { '--number': '发票号', '--amount': '发票金额（默认：未开票的全部金额）' },
    who: '财务或经理',
    example: 'orderdesk invoice issue 26-00042 --number FP-20261201-01',
  },
}
