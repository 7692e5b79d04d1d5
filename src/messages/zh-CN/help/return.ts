import type { returnHelp as english } from '../../en/help/return.js'
import type { Retexted } from '../../help-entry.js'

/** The help of `orderdesk return` in Chinese (the glossary: docs/glossary.md). */
export const returnHelp: Retexted<typeof english> = {
  return: { description: '送达后的客户退货' },
  'return receive': {
    description: '登记退货：退回入库（或报废），并退款或重新生产',
    arguments: { order: '订单号，例如 26-00042' },
    options: {
      '--item': '退回的货物，产品编号=数量（可重复）',
      '--reason': '退货原因',
      '--scrap': '货物报废，不入库',
      '--refund': '按货值退款给客户（订单产生应退款）',
      '--remake': '重新生产补发（向物控下达生产命令单）',
    },
    who: '业务员或经理',
    example: 'orderdesk return receive 26-00042 --item NW-011=2 --reason "运输破损" --scrap --remake',
  },
}
