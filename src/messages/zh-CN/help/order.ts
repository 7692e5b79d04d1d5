import { ORDER_STATUSES } from '../../../domain/order-status.js'
import type { orderHelp as english } from '../../en/help/order.js'
import type { Retexted } from '../../help-entry.js'

/** The help of `orderdesk order` in Chinese (the glossary: docs/glossary.md). */
export const orderHelp: Retexted<typeof english> = {
  order: { description: '订单：列表、详情，经理签核销售订单' },
  'order list': {
    description: '列出订单，新的在前（默认 50 条；--limit 0 列出全部）',
    options: {
      '--status': `只列这些状态的订单（逗号分隔）：${ORDER_STATUSES.join(', ')}`,
      '--customer': '只列这个客户的订单（客户编号）',
      '--overdue': '只列已过交期、尚未送达的订单',
      '--needs-action': '只列待办订单，并给出下一步要运行的命令',
      '--limit': '最多列出 n 条（0 = 全部）',
    },
    who: '所有人',
    example: 'orderdesk order list --needs-action',
  },
  'order confirm': {
    description: '经理签核销售订单（定金须已到账），库存不足的部分向物控下达生产命令单',
    options: {
      '--assign': '所有生产命令单都交给这个物控用户（默认：手头未完工作最少的）',
      '--revision': '订单在此版本之后有改动则拒绝执行',
    },
    who: '业务部经理（签核：须输入 PIN）',
    example: 'orderdesk order confirm 26-00042 --assign zhao',
  },
  'order show': {
    description: '查看一张订单：明细、单据、回款、生产、变更、出库和操作记录',
    who: '所有人',
    example: 'orderdesk order show 26-00042',
  },
}
