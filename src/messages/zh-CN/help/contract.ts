import { PAYMENT_METHODS } from '../../../domain/channels.js'
import { contractHelp as english } from '../../en/help/contract.js'
import type { Retexted } from '../../help-entry.js'
import { names } from '../names.js'

/** The help of `orderdesk contract` in Chinese (the glossary: docs/glossary.md). */
export const contractHelp: Retexted<typeof english> = {
  contract: { description: '销售合同' },
  'contract sign': {
    description: '客户接受报价：签订销售合同并预留库存',
    options: {
      '--payment-method': `付款方式，如 ${PAYMENT_METHODS.map((method) => `${method} ${names['name.paymentMethod']({ method })}`).join('、')}`,
      '--payment-due': '付款期限（YYYY-MM-DD 或 +N 天）',
      '--deposit': '销售订单生效前须付的定金比例，百分数（默认 100）',
      '--revision': '订单在此版本之后若有改动则拒绝执行',
    },
    who: '业务员或业务部经理',
    example: 'orderdesk contract sign 26-00042 --payment-method transfer --payment-due +7 --deposit 30',
  },
  // issue 19: countersign and attachments
  'contract countersign': {
    description: '客户签字的销售合同已寄回（回签）：登记客户签字日期及回签凭证（每份合同一次；--correct --reason 登记更正）',
    arguments: { order: '订单号（取最新的销售合同）或合同编号（如 26-00042-CT1）' },
    options: {
      '--date': '客户签字日期（YYYY-MM-DD），不晚于今天，不早于合同签订日',
      '--ref': '回签凭证：传真号、扫描件、#附件序号',
      // issue 19: records
      '--correct': '更正已登记的回签：登记一条新记录取代它（原记录保留）',
      '--reason': '与 --correct 一起：更正的原因',
    },
    who: '业务员或业务部经理',
    example: 'orderdesk contract countersign 26-00042 --date 2026-11-25 --ref "fax 0921-123456 #1"',
  },
}
