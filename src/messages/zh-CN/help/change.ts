import { CHANNELS } from '../../../domain/channels.js'
import type { changeHelp as english } from '../../en/help/change.js'
import type { Retexted } from '../../help-entry.js'

/** The help of `orderdesk change` and its subcommands in Chinese (the glossary: docs/glossary.md). */
export const changeHelp: Retexted<typeof english> = {
  change: { description: '出货前的客户变更（及生产计划变更单）' },
  'change request': {
    description: '登记客户变更；立即按库存和生产评估',
    options: {
      '--item': '某产品的新数量（0 为删除该行；新的产品编号为新增一行）（可重复）',
      '--date': '新的客户要求交期',
      '--cancel': '取消整张订单',
      '--channel': `变更的来源渠道：${CHANNELS.join('|')}（默认 phone）`,
      '--source-ref': '传真号 / 电话录音编号（电话和传真必填）',
      '--note': '备注',
      // issue 19: lines
      '--line': '按 `order show` 中的行号改某一行的数量（及单价）：<行号>=<数量>[@<单价>]（0 为删除该行）（可重复）',
      '--free': '变更后单价为 0（@0）的行为免费提供（样品）；须同时给出 --reason',
      '--reason': '与 --free 一起：免费的原因（记入操作日志）',
    },
    who: '业务员或业务部经理',
    example: 'orderdesk change request 26-00042 --item NW-011=8 --channel phone --source-ref REC-1126-07',
  },
  'change decide': {
    description: '物控评审生产计划变更单（物控）',
    options: { '--mc': 'agree（同意）| refuse（拒绝）', '--date': '同意时：物控能做到的新交期', '--reason': '拒绝时：原因' },
    who: '物控',
    example: 'orderdesk change decide 26-00042-CR1 --mc agree --date 2026-12-20',
  },
  'change confirm': {
    description: '客户的答复：accept（接受，变更在订单、库存和生产中执行）或 reject（不接受，一切不变）',
    options: { '--customer': 'accept（接受）| reject（不接受）' },
    who: '业务员或业务部经理',
    example: 'orderdesk change confirm 26-00042-CR1 --customer accept',
  },
  'change list': {
    description: '客户变更，最新的在前（默认 50 条；--limit 0 显示全部）',
    options: { '--order': '只看这张订单的', '--open': '只看未完成的（offered、pending_mc、mc_agreed）', '--limit': '最多 n 条（0 = 全部）' },
    who: '所有人',
    example: 'orderdesk change list --open',
  },
}
