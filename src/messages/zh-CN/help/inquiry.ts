import { CHANNELS } from '../../../domain/channels.js'
import { inquiryHelp as english } from '../../en/help/inquiry.js'
import type { Retexted } from '../../help-entry.js'
import { names } from '../names.js'

/** The help of `orderdesk inquiry` in Chinese (the glossary: docs/glossary.md). */
export const inquiryHelp: Retexted<typeof english> = {
  inquiry: { description: '客户询价（预订货）' },
  'inquiry new': {
    description: '登记询价（预订货）：客户、产品和数量、客户要求交期、来源',
    options: {
      '--customer': '客户编号',
      '--item': '一行产品（可重复）；不写单价时按标准价；同一产品给两次合并为一行（数量相加）',
      '--requested': '客户要求交期（YYYY-MM-DD 或 +N 天）',
      '--channel': `来源渠道：${CHANNELS.map((channel) => `${channel} ${names['name.channel']({ channel })}`).join('、')}（默认 phone）`,
      '--source-ref': '来源凭证：传真号或电话录音编号',
      '--rush': '插单（急单）：在生产队列中优先',
      '--note': '备注',
      // issue 19: lines
      '--free': '单价为 0（@0）的行为免费提供（样品）；须同时给出 --reason',
      '--reason': '与 --free 一起：免费的原因（记入操作日志）',
    },
    who: '业务员或业务部经理',
    example: 'orderdesk inquiry new --customer ALFKI --item NW-011=5 --item NW-001=10@17.50 --requested +21',
  },
  'inquiry drop': {
    description: '客户放弃：此询价意向结束',
    options: {
      '--reason': '原因（价格、交期、另选他家……）',
      '--revision': '订单在此版本之后若有改动则拒绝执行',
    },
    who: '业务员或业务部经理',
    example: 'orderdesk inquiry drop 26-00042 --reason "价格原因，另选他家"',
  },
}
