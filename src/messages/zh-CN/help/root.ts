import type { rootHelp as english } from '../../en/help/root.js'
import type { Retexted } from '../../help-entry.js'

/** The help of `orderdesk` itself and its global options, in Chinese (the glossary: docs/glossary.md). */
export const rootHelp: Retexted<typeof english> = {
  '': {
    description: '按单生产企业的订单工作台：从客户第一个电话到货物送达。',
    options: {
      '--version': '显示版本号',
      '--db': '数据库文件，或 postgres:// URL（否则用 ORDERDESK_DB，再否则用 $XDG_DATA_HOME/orderdesk/orderdesk.db）',
      '--as': '以这个用户的身份操作（否则用 ORDERDESK_USER，再否则用操作系统的用户名）',
      '--json': '在 stdout 输出一个 JSON 文档；错误以 JSON 输出到 stderr',
      '--no-input': '从不提问；缺少的值直接报错（也可设 ORDERDESK_NO_INPUT=1）',
      '--yes': '不再询问确认',
      '--no-color': '不使用颜色（也可设 NO_COLOR）',
      '--lang': '界面语言：zh-CN 或 en（否则用 ORDERDESK_LANG，再否则用工作台的 desk.language 设置，再否则按系统语言环境）',
    },
  },
}
