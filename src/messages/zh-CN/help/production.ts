import { PRODUCTION_STATUSES } from '../../../domain/production-status.js'
import type { productionHelp as english } from '../../en/help/production.js'
import type { Retexted } from '../../help-entry.js'

/** The help of `orderdesk production` and its subcommands in Chinese (the glossary: docs/glossary.md). */
export const productionHelp: Retexted<typeof english> = {
  production: { description: '生产命令单：物控接单、报告生产进度和完工入库' },
  'production list': {
    description: '生产命令单，插单在前，再按交期排列（默认：前 50 张未完工的；--limit 0 显示全部）',
    options: {
      '--status': `只看这些状态（逗号分隔）：${PRODUCTION_STATUSES.join(', ')}；"all" 为全部`,
      '--mine': '只看下达给我的',
      '--assignee': '只看这个物控用户的',
      '--limit': '最多 n 张（0 = 全部）',
    },
    who: '所有人',
    example: 'orderdesk production list --mine --as zhao',
  },
  'production accept': {
    description: '物控接单，并承诺完工日期（物控）',
    options: { '--date': '物控承诺完工日期' },
    who: '物控',
    example: 'orderdesk production accept 26-00042-MO1 --date 2026-12-15',
  },
  'production reject': {
    description: '物控拒单，生产命令单退回业务员（物控）',
    options: { '--reason': '为什么不能按单生产' },
    who: '物控',
    example: 'orderdesk production reject 26-00042-MO1 --reason "模具维修，一月份才能用"',
  },
  'production dispatch': {
    description: '重新下达被拒的生产命令单；默认给任务最少的另一位物控',
    options: { '--assign': '下达给哪位物控用户' },
    who: '业务员或业务部经理',
    example: 'orderdesk production dispatch 26-00042-MO1 --assign sun',
  },
  'production progress': {
    description: '报告生产进度，按百分比（物控）',
    options: { '--percent': '0 到 100', '--note': '进展情况' },
    who: '物控',
    example: 'orderdesk production progress 26-00042-MO1 --percent 60 --note "已安排二班生产"',
  },
  'production done': {
    description: '完工入库，货物为该订单预留（物控）；不加 --qty：剩余数量全部入库',
    options: { '--qty': '已完工并检验的数量', '--rejected': '其中质检不合格的数量（留待返工，生产命令单不关闭）' },
    who: '物控',
    example: 'orderdesk production done 26-00042-MO1 --qty 20 --rejected 2',
  },
  'production rate': {
    description: '业务员对已完工生产命令单的物控工作评价（1-5 分）',
    options: { '--score': '评分', '--comment': '评语' },
    who: '业务员或业务部经理',
    example: 'orderdesk production rate 26-00042-MO1 --score 4 --comment "按时交货，两箱返工"',
  },
  // issue 19: production sign-off and reopen
  'production sign': {
    description: '业务部经理签发因变更新增或加量的生产命令单（需 PIN）：经理签字后生效，物控方可接单',
    who: '业务部经理（签核：须输入 PIN）',
    example: 'orderdesk production sign 26-00042-MO3 --as wang',
  },
  'production reopen': {
    description: '撤回登记错误的完工（物控，经业务部经理 PIN 签核）：货物以冲回的库存记录出库，生产命令单恢复为生产中',
    options: { '--qty': '撤回的已完工数量', '--reason': '完工登记错误的原因', '--manager': '签核本次更正的业务部经理（其 PIN 取自 ORDERDESK_PIN）' },
    who: '物控，经业务部经理签核（须输入经理的 PIN）',
    example: 'orderdesk production reopen 26-00042-MO1 --qty 5 --reason "重复计数" --manager wang --as zhao',
  },
}
