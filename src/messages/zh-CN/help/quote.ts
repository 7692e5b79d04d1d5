import { quoteHelp as english } from '../../en/help/quote.js'
import type { Retexted } from '../../help-entry.js'

/** The help of `orderdesk quote` in Chinese (the glossary: docs/glossary.md). */
export const quoteHelp: Retexted<typeof english> = {
  quote: { description: '报价审批（业务部经理审核批准）' },
  'quote approve': {
    description: '审批通过超出审批金额或折扣上限的报价（经理，需 PIN）；合同签订后，审批该订单未结客户变更的新报价（change confirm 须待其审批）',
    options: { '--revision': '订单在此版本之后若有改动则拒绝执行' },
    who: '业务部经理（签核：PIN）',
    example: 'orderdesk quote approve 26-00042',
  },
  'quote reject': {
    description: '驳回报价，退回业务员重新查询库存或重新报价（业务部经理）；合同签订后，驳回该订单待审批客户变更的新报价（需 PIN）：变更终止，订单保持不变',
    options: { '--reason': '需要修改什么', '--revision': '订单在此版本之后若有改动则拒绝执行' },
    who: '业务部经理（变更新报价：签核，需 PIN）',
    example: 'orderdesk quote reject 26-00042 --reason "NW-009 折扣过大"',
  },
  'quote reprice': {
    description: '修改报价中的单价（审批随之失效，如仍需审批请重新提交）',
    options: {
      '--item': '订单上某产品的新单价（可重复）',
      '--revision': '订单在此版本之后若有改动则拒绝执行',
      // issue 19: lines
      '--free': '改价为 0 的行为免费提供（样品）；须同时给出 --reason',
      '--reason': '与 --free 一起：免费的原因（记入操作日志）',
    },
    who: '业务员或业务部经理',
    example: 'orderdesk quote reprice 26-00042 --item NW-009=92.00',
  },
}
