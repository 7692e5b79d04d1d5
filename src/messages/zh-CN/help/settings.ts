import type { settingsHelp as english } from '../../en/help/settings.js'
import type { Retexted } from '../../help-entry.js'

/** The help of `orderdesk settings` and its subcommands in Chinese (the glossary: docs/glossary.md). */
export const settingsHelp: Retexted<typeof english> = {
  settings: { description: '工作台设置（报价审批的限额、界面语言等）' },
  'settings show': {
    description: '所有设置项及其值和说明',
    who: '所有人',
    example: 'orderdesk settings show',
  },
  'settings set': {
    description: '修改一项设置（业务部经理签核：输入 PIN）',
    who: '业务部经理（签核：输入 PIN）',
    example: 'orderdesk settings set quote.approvalAbove 50000',
  },
  'settings unset': {
    description: '清除一项设置（业务部经理签核：输入 PIN）',
    who: '业务部经理（签核：输入 PIN）',
    example: 'orderdesk settings unset quote.approvalAbove',
  },
}
