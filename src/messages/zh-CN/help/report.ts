import type { reportHelp as english } from '../../en/help/report.js'
import type { Retexted } from '../../help-entry.js'

/** The help of `orderdesk report` in Chinese (the glossary: docs/glossary.md). */
export const reportHelp: Retexted<typeof english> = {
  report: { description: '报表：每晚的状态日报' },
  'report status': {
    description: '一个营业日结束时工作台的状况：订单概况、待办、逾期、交货、款项、生产、当日操作',
    options: {
      '--date': '日报所报的营业日：YYYY-MM-DD、today、yesterday 或 -N（默认今天）',
      '--format': 'text、md、html、json、csv（默认按 --out 的扩展名，否则 text）',
      '--out': '把日报写入此文件（原子写入，替换之前的日报；文件夹不存在时自动创建）',
      '--limit': '每个待办列表列出的事项数（0 = 全部；计数总是完整的）',
      '--sql': '不出日报，而是打印日报执行的 SQL 语句（一个给 sqlite3 命令行用的脚本）',
    },
    who: '任何人（只读取工作台）',
    example: 'orderdesk report status --date yesterday --out /srv/reports/status.html',
  },
}
