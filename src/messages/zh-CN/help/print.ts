import { FORM_KINDS, type FormKind } from '../../../domain/forms.js'
import type { printHelp as english } from '../../en/help/print.js'
import type { Retexted } from '../../help-entry.js'

/** The forms' names beside their codes. */
const NAME: Record<FormKind, string> = {
  inquiry: '预订货记录',
  quotation: '报价单',
  confirmation: '订单确认书',
  contract: '销售合同',
  'sales-order': '销售订单',
  'production-order': '生产命令单',
  'change-form': '生产计划变更单',
  'outbound-slip': '货物出库单',
}

/** The help of `orderdesk print` in Chinese (the glossary: docs/glossary.md). */
export const printHelp: Retexted<typeof english> = {
  print: {
    description: `打印单据，<form> 为 ${FORM_KINDS.map((f) => `${f} ${NAME[f]}`).join('、')}；<ref> 为单据号，或订单号（打印该订单最新的一张）`,
    options: {
      '--format': 'text（80 列文本，默认）或 html（A4 页面）；未指定时按 --out 的扩展名（.html、.htm）',
      '--out': '写入此文件（自动创建文件夹），不输出到屏幕',
    },
    who: '所有用户',
    example: 'orderdesk print contract 26-00001 | lp',
  },
}
