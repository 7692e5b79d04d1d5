import type { feedbackHelp as english } from '../../en/help/feedback.js'
import type { Retexted } from '../../help-entry.js'

/** The help of `orderdesk feedback` and its subcommands in Chinese (the glossary: docs/glossary.md). */
export const feedbackHelp: Retexted<typeof english> = {
  feedback: { description: '送达后的客户满意度' },
  'feedback add': {
    description: '登记客户的满意度评分（每个订单一次，加 --replace 可修改）',
    options: { '--rating': '满意度，1（差）到 5（非常满意）', '--comment': '客户的意见', '--replace': '替换之前登记的满意度' },
    who: '业务员或业务部经理',
    example: 'orderdesk feedback add 26-00042 --rating 5 --comment "提前到货，包装很好"',
  },
}
