import type { paymentHelp as english } from '../../en/help/payment.js'
import type { Retexted } from '../../help-entry.js'

/** The help of `orderdesk payment` in Chinese (the glossary: docs/glossary.md). */
export const paymentHelp: Retexted<typeof english> = {
  payment: { description: '客户回款' },
  'payment record': {
    description: '登记一笔回款（多笔回款累计；业务员、财务、经理）',
    options: {
      '--amount': '到账金额，例如 1250.00',
      '--method': '付款方式（transfer 银行转账、cash 现金……）',
      '--ref': '银行流水号',
      '--date': '到账日期（默认今天）',
      '--allow-overpay': '允许超过应收余额',
    },
    who: '业务员、财务或经理',
    example: 'orderdesk payment record 26-00042 --amount 31.50 --method transfer --ref ICBC-20261126-0042',
  },
}
