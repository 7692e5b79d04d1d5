import type { auditHelp as english } from '../../en/help/audit.js'
import type { Retexted } from '../../help-entry.js'

/** The help of `orderdesk audit` and its subcommands in Chinese (the glossary: docs/glossary.md). */
export const auditHelp: Retexted<typeof english> = {
  audit: { description: '防篡改的审计记录' },
  'audit verify': {
    description:
      '校验每个审计事件的哈希链，并对照它核对工作台的每一行；指出第一个被改动、删除、插入或移动的事件，以及在 orderdesk 之外被改动的数据行（退出码 4）',
    options: {
      '--known-head': '以前 verify 或 backup 记下的链头哈希值：这个事件不在链中就判为不通过',
      '--against':
        '状态日报（report status --json）、backup --json 的输出或一个备份文件：它记录的链头事件不在链中就判为不通过（退出码 4；链在它之前就结束时为 audit_truncated）',
    },
    who: '任何人',
    example: 'orderdesk audit verify --against backups/orderdesk-2026-11-25.db',
  },
}
