import type { MasterMessages } from '../../domain/messages/master.js'
import { formatMoneyGrouped } from '../../domain/money.js'
import type { Words } from '../words.js'

const TAKEN: Record<MasterMessages['master.exists']['entity'], string> = {
  customer: '该客户编号已存在',
  product: '该产品编号已存在',
}

/** What a desk already has, as `init --demo` finds it (the values of `found`); anything else as it is. */
const FOUND: Readonly<Record<string, string>> = { users: '用户', customers: '客户', products: '产品', 'audit events': '审计记录' }

const CUSTOMER_FIELD: Record<MasterMessages['master.customerField']['field'], string> = {
  code: '客户编号',
  name: '客户名称',
  contact: '联系人',
  phone: '电话',
  address: '地址',
}

const PRODUCT_FIELD: Record<MasterMessages['master.productField']['field'], string> = {
  sku: '产品编号',
  name: '产品名称',
  unit: '单位',
  price: '标准价',
  leadDays: '生产周期（天）',
  available: '可用',
  producible: '可生产',
  onHand: '库存',
  reserved: '已预留',
}

/** The master messages in Chinese (the glossary: docs/glossary.md). */
export const master: Words<MasterMessages> = {
  'master.codeRule': () => '只能含字母、数字和 . _ -（最多 32 个字符）',
  'master.exists': (p) => TAKEN[p.entity],
  'master.noSuchProduct': () => '没有这个产品',
  'master.noSuchCustomer': () => '没有这个客户（见 `orderdesk customer list`）',
  'master.noSuchProductSeeList': () => '没有这个产品（见 `orderdesk product list`）',
  'master.unknownSetting': (p) => `没有这项设置；可以设置的有：${p.known.join(', ')}`,
  'master.settingNotAPercent': () => '须为 0 到 100 的百分比（最多两位小数）',
  'master.settingNotDays': (p) => `须为 ${p.min} 到 ${p.max} 的整数天数`,
  'master.settingNotALanguage': () => '只能是 zh-CN 或 en',
  'master.settingEmpty': (p) => `不能为空（要删除这项设置：\`orderdesk settings unset ${p.key}\`）`,
  'master.demoOnNewDeskOnly': (p) =>
    `这个数据库已有数据（${p.found.map((f) => (Object.hasOwn(FOUND, f) ? FOUND[f] : f)).join('、')}）；--demo 只能用于新数据库`,

  'master.unknownCustomer': () => '没有这个客户',
  'master.seeCustomerList': () => '见 `orderdesk customer list`',
  'master.seeProductList': () => '见 `orderdesk product list`',
  'master.promptCustomerCode': () => '客户编号',
  'master.promptCompanyName': () => '公司名称',
  'master.customerAdded': (p) => `已新增客户 ${p.code}：${p.name}`,
  'master.promptSku': () => '产品编号',
  'master.promptProductName': () => '产品名称',
  'master.promptListPrice': () => '标准价',
  'master.leadDaysRule': () => '须为整数天数',
  'master.productAdded': (p) => `已新增产品 ${p.sku}：${p.name}，标准价 ¥${formatMoneyGrouped(p.price)}/${p.unit}`,
  'master.customerField': (p) => CUSTOMER_FIELD[p.field],
  'master.productField': (p) => PRODUCT_FIELD[p.field],
  'master.producible': (p) => (p.producible ? '是' : p.card ? '否（仅售库存）' : '否'),

  // issue 19: master (customer edit, product edit, their history)
  'master.anyOfFlags': (p) => `以下任一项：${p.flags.join('、')}`,
  'master.customerEdited': (p) => `已修改客户 ${p.code}：${p.fields.join('、')}`,
  'master.productEdited': (p) => `已修改产品 ${p.sku}：${p.fields.join('、')}`,
  'master.nothingChanged': (p) => `${p.entity === 'customer' ? '客户' : '产品'} ${p.code} 未作修改（所给的值与现有的相同）`,
  'master.promptProducible': () => '是否可生产？',
  'master.historyTitle': () => '修改记录',
  'master.historyColumn': (p) => ({ date: '日期', by: '操作人', what: '内容' })[p.column],
  'master.historyStep': (p) => {
    const from = p.file === null ? '' : `（导入 ${p.file} 第 ${p.line} 行）`
    if (p.kind === 'add') return `新增${from}`
    const changes = p.changes.map((c) => `${c.field}：${c.from ?? '（空）'} → ${c.to ?? '（空）'}`).join('\n')
    return `${p.kind === 'edit' ? '修改' : '导入更新'}${from}：\n${changes}`
  },
  'master.producibleBoth': () => '--producible 与 --not-producible 只能给一个',
}
