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
  // issue 19: payments
  'payment refund': {
    description: '登记退还客户的款项（订单取消、数量减少或退货后）',
    options: {
      '--amount': '退款金额，不超过应退金额',
      '--ref': '银行流水号',
      '--reason': '退款原因（记入操作记录）',
      '--date': '退款日期（默认今天）',
    },
    who: '财务或经理',
    example: 'orderdesk payment refund 26-00042 --amount 85.50 --ref ICBC-20261127-0007',
  },
  'payment void': {
    description: '按编号作废录错的回款或退款（记录保留，标为作废）',
    arguments: { payment: '收退款记录编号，例如 26-00042-PM2' },
    options: { '--reason': '作废原因' },
    who: '财务或经理',
    example: 'orderdesk payment void 26-00042-PM2 --reason "850.00 误录，应为 85.00"',
  },
}
