import { stockHelp as english } from '../../en/help/stock.js'
import type { Retexted } from '../../help-entry.js'

/** The help of `orderdesk stock` in Chinese (the glossary: docs/glossary.md). */
export const stockHelp: Retexted<typeof english> = {
  stock: { description: '库存、已预留和可用数量；库存查询' },
  'stock show': {
    description: '各产品的库存、已预留和可用数量',
    who: '所有人',
    example: 'orderdesk stock show NW-011 NW-001',
  },
  'stock receive': {
    description: '货物入库',
    options: { '--sku': '产品编号', '--qty': '入库数量', '--reason': '如送货单号' },
    who: '业务员、业务部经理或物控',
    example: 'orderdesk stock receive --sku NW-011 --qty 40 --reason "送货单 SH-20261126-3"',
  },
  'stock adjust': {
    description: '调整库存数量（+n 或 -n，须写原因）',
    options: { '--sku': '产品编号', '--qty': '调整数量，如 -3 或 +5', '--reason': '原因（盘点、损坏……）' },
    who: '业务员、业务部经理或物控',
    example: 'orderdesk stock adjust --sku NW-011 --qty -2 --reason "仓库内损坏"',
  },
  'stock check': {
    description: '为询价查询库存并报出交期（或意向结束）',
    options: {
      '--mc-date': '物控对缺货产品承诺的完成日期（可重复）',
      '--not-producible': '物控确认此产品无法生产（可重复；须同时给出 --reason）',
      '--reason': '无法生产的原因（不可抗力、已停产……）',
      '--use-lead-times': '缺货产品未给 --mc-date 时，按生产周期推算完成日期',
      '--revision': '订单在此版本之后若有改动则拒绝执行',
    },
    who: '业务员或业务部经理',
    example: 'orderdesk stock check 26-00042 --mc-date NW-011=2026-12-20',
  },
}
