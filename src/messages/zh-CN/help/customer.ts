import type { customerHelp as english } from '../../en/help/customer.js'
import type { Retexted } from '../../help-entry.js'

/** The help of `orderdesk customer` in Chinese (the glossary: docs/glossary.md). */
export const customerHelp: Retexted<typeof english> = {
  customer: { description: '客户' },
  'customer add': {
    description: '新增客户',
    options: {
      '--code': '客户编号（业务员输入用的简码），例如 ALFKI',
      '--name': '公司名称',
      '--contact': '联系人',
      '--phone': '电话',
      '--address': '送货地址',
    },
    who: '业务员或经理',
    example: 'orderdesk customer add --code HUAXI --name "华西贸易有限公司" --contact "刘洋" --phone 028-8555-0101',
  },
  'customer list': {
    description: '列出客户',
    options: { '--limit': '最多列出 n 个（0 = 全部）' },
    who: '所有人',
    example: 'orderdesk customer list --limit 20',
  },
  'customer show': {
    description: '查看一个客户',
    who: '所有人',
    example: 'orderdesk customer show ALFKI',
  },
  // issue 19: master
  'customer edit': {
    description: '修改客户的名称、联系人、电话或地址（客户编号不变）；在终端上不带参数时逐项询问，默认为现有的值；修改记入该客户的修改记录（customer show）',
    arguments: { code: '客户编号' },
    options: {
      '--name': '公司名称',
      '--contact': "联系人（'' 清空）",
      '--phone': "电话（'' 清空）",
      '--address': "送货地址（'' 清空）",
    },
    who: '业务员或经理',
    example: 'orderdesk customer edit JSHY --contact "张建国" --phone 0512-6552 3199',
  },
}
