import type { shipHelp as english } from '../../en/help/ship.js'
import type { Retexted } from '../../help-entry.js'

/** The help of `orderdesk ship` and its subcommands in Chinese (the glossary: docs/glossary.md). */
export const shipHelp: Retexted<typeof english> = {
  ship: { description: '待发货的订单发货：`ship <order> --date` 开货物出库单，然后 `ship send`（发出）、`ship deliver`（送达）' },
  'ship plan': {
    description: '与客户约定发货日期，再次确认回款，给物流部开货物出库单（与 `ship <order>` 相同）',
    options: {
      '--date': '与客户约定的发货日期',
      '--carrier': '承运商',
      '--address': '送货地址（默认：客户的地址）',
      '--item': '只发该产品的这个数量（可重复）：分批发货',
      '--allow-unpaid': '未付清先发货（业务部经理签核，须输入 PIN；须加 --reason）',
      '--reason': '为何可以未付清发货',
    },
    who: '业务员或业务部经理（--allow-unpaid：业务部经理，须输入 PIN）',
    example: 'orderdesk ship 26-00042 --date 2026-12-10 --carrier "顺丰速运"',
  },
  'ship send': {
    description: '货物出库发出：已预留的库存出库（物流、业务员）',
    options: { '--shipment': '哪张出库单（默认：最早待发出的一张）', '--carrier': '承运商', '--tracking': '运单号' },
    who: '物流、业务员或业务部经理',
    example: 'orderdesk ship send 26-00042 --tracking SF1234567890',
  },
  'ship deliver': {
    description: '货物已送达客户（物流、业务员）',
    options: { '--shipment': '哪张出库单（默认：最早在途的一张）', '--date': '送达日期（默认今天）' },
    who: '物流、业务员或业务部经理',
    example: 'orderdesk ship deliver 26-00042 --date 2026-12-12',
  },
}
