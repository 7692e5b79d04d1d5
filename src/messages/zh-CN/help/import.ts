import type { importHelp as english } from '../../en/help/import.js'
import type { Retexted } from '../../help-entry.js'

/** The options every import subcommand has. */
const COMMON = {
  '--format': '文件格式：csv、json、jsonl（默认看扩展名，其余按 csv）',
  '--encoding': '文字编码：utf8、gbk（默认 utf8；忽略 BOM）',
  '--map': "从另一个列名取列，例如 customer=CustomerID,sku='Item No'（可重复）",
  '--dry-run': '试导入：只检查并汇总，不写入任何数据',
  '--strict': '只要有一行有误或冲突，就全部不导入',
  '--errors': '把有误的行连同错误说明列写成 CSV，改正后可再导入',
  '--batch-size': '每个事务的订单数或行数（默认 500）；批次之间其他人可使用数据库',
} as const

const FILE = { file: '要导入的文件，- 表示标准输入' } as const

/** The help of `orderdesk import` and its subcommands, in Chinese (the glossary: docs/glossary.md). */
export const importHelp: Retexted<typeof english> = {
  import: { description: '批量导入电话订单和基础资料：CSV、JSON 或 JSON Lines 文件（- 表示标准输入）' },
  'import orders': {
    description: '把电话订单导入为询价：ext_ref 相同的行是同一订单（业务员、经理）',
    arguments: FILE,
    options: {
      ...COMMON,
      '--create-customers': '按 customer_name（和 phone）新建不存在的客户',
      '--check-stock': '对每个导入的订单做库存查询（需生产的行按生产周期给出交期）',
    },
    who: '业务员或经理',
    example: 'orderdesk import orders calls.csv --errors rejected.csv',
  },
  'import customers': {
    description: '按编号导入客户（code、name、contact、phone、address）：新的新增，已有的更新',
    arguments: FILE,
    options: COMMON,
    who: '业务员或经理',
    example: 'orderdesk import customers customers.csv --dry-run',
  },
  'import products': {
    description: '按产品编号导入产品（sku、name、price、unit、lead_days、producible）：新的新增，已有的更新',
    arguments: FILE,
    options: COMMON,
    who: '业务员或经理',
    example: 'orderdesk import products products.csv',
  },
  'import stock': {
    description: '盘点：sku、qty（实盘数）[、reason]；差额记为库存调整',
    arguments: FILE,
    options: { ...COMMON, '--receive': '把每行的 qty 作为收货入库加到库存上，而不是盘点' },
    who: '业务员、经理或物控',
    example: 'orderdesk import stock stocktake.csv',
  },
}
