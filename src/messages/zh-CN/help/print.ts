import { FORM_KINDS } from '../../../domain/forms.js'
import type { printHelp as english } from '../../en/help/print.js'
import type { Retexted } from '../../help-entry.js'
import { form } from '../form.js'

/** The help of `orderdesk print` in Chinese (the glossary: docs/glossary.md). */
export const printHelp: Retexted<typeof english> = {
  print: {
    // each form's code beside its name (the form's title)
    description: `打印单据，<form> 为 ${FORM_KINDS.map((f) => `${f} ${form['form.title']({ form: f })}`).join('、')}；<ref> 为单据号，或订单号（打印该订单最新的一张）`,
    options: {
      '--format': 'text（80 列文本，默认）或 html（A4 页面）；未指定时按 --out 的扩展名（.html、.htm）',
      '--out': '写入此文件（自动创建文件夹），不输出到屏幕',
    },
    who: '所有用户',
    example: 'orderdesk print contract 26-00001 | lp',
  },
}
