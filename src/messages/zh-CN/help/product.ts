import type { productHelp as english } from '../../en/help/product.js'
import type { Retexted } from '../../help-entry.js'

/** The help of `orderdesk product` in Chinese (the glossary: docs/glossary.md). */
export const productHelp: Retexted<typeof english> = {
  product: { description: '产品（产品目录）' },
  'product add': {
    description: '新增产品',
    options: {
      '--sku': '产品编号',
      '--name': '产品名称',
      '--price': '标准价，例如 12.50',
      '--unit': '数量单位（pcs 件、sheet 张、case 箱、set 套、m3 立方米……）',
      '--lead-days': '物控通常需要的生产天数（生产周期）',
      '--not-producible': '不能生产（只卖库存）',
    },
    who: '业务员或经理',
    example: 'orderdesk product add --sku NW-078 --name "茉莉花茶" --price 16.50 --unit case --lead-days 10',
  },
  'product list': {
    description: '列出产品及库存',
    options: { '--limit': '最多列出 n 个（0 = 全部）' },
    who: '所有人',
    example: 'orderdesk product list',
  },
  'product show': {
    description: '查看一个产品',
    who: '所有人',
    example: 'orderdesk product show NW-011',
  },
  // issue 19: master
  'product edit': {
    description: '修改产品的名称、标准价、单位、生产周期或是否可生产（产品编号和库存不变）；在终端上不带参数时逐项询问，默认为现有的值；修改记入该产品的修改记录（product show）；已接的订单价格不变',
    arguments: { sku: '产品编号' },
    options: {
      '--name': '产品名称',
      '--price': '标准价，例如 12.50',
      '--unit': '数量单位',
      '--lead-days': '物控通常需要的生产天数（生产周期）',
      '--producible': '恢复为可生产',
      '--not-producible': '不能生产（只卖库存）',
    },
    who: '业务员或经理',
    example: 'orderdesk product edit JHB-18 --price 132.00 --lead-days 12',
  },
}
