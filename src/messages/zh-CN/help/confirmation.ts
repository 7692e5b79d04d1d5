import { confirmationHelp as english } from '../../en/help/confirmation.js'
import type { Retexted } from '../../help-entry.js'

/** The help of `orderdesk confirmation` in Chinese (the glossary: docs/glossary.md). */
export const confirmationHelp: Retexted<typeof english> = {
  // issue 19: countersign and attachments
  confirmation: { description: '订单确认书：客户签字后寄回（回签）' },
  'confirmation countersign': {
    description: '客户签字的订单确认书已寄回（回签）：登记客户签字日期及回签凭证（每份确认书一次；--correct --reason 登记更正）',
    arguments: { order: '订单号（取最新销售合同的确认书）或确认书编号（如 26-00042-OC1）' },
    options: {
      '--date': '客户签字日期（YYYY-MM-DD），不晚于今天，不早于合同签订日',
      '--ref': '回签凭证：传真号、扫描件、#附件序号',
      // issue 19: records
      '--correct': '更正已登记的回签：登记一条新记录取代它（原记录保留）',
      '--reason': '与 --correct 一起：更正的原因',
    },
    who: '业务员或业务部经理',
    example: 'orderdesk confirmation countersign 26-00042 --date 2026-11-25 --ref "fax 0921-123456"',
  },
}
