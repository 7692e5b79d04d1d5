import type { SettingsMessages } from '../../domain/messages/settings.js'
import type { SettingKey } from '../../domain/settings.js'
import type { Words } from '../words.js'

const MEANING: Record<SettingKey, string> = {
  'quote.approvalAbove': '报价合计超过此金额时，须经理审批（`quote approve`）',
  'quote.maxDiscount': '报价中有产品单价低于标准价超过此百分比时，须经理审批（`quote approve`）',
  'quote.validityDays': '报价单自库存查询起的有效天数（默认 30 天）',
  'desk.language': '工作台的界面语言，适用于没有自行选择语言（--lang、ORDERDESK_LANG）的每个人：zh-CN 或 en',
  'company.name': '公司名称，印在每张单据的抬头',
  'company.address': '公司地址，印在单据上',
  'company.phone': '公司电话，印在单据上',
  'company.taxId': '公司税号（统一社会信用代码），印在单据上',
  'company.bank': '供方开户行，印在单据上；账号另设 company.account',
  // issue 19: master (the seller's block and the contract's terms)
  'company.account': '供方银行账号，印在销售合同和销售订单的供方栏',
  'company.representative': '供方法定代表人或委托代理人，印在销售合同和销售订单的供方栏',
  'terms.quality': '合同条款：质量标准，在销售合同和销售订单上按序编号；未设置时，销售合同上留空行供手写',
  'terms.delivery': '合同条款：交货地点及方式',
  'terms.breach': '合同条款：违约责任',
  'terms.disputes': '合同条款：解决合同纠纷的方式',
  // issue 19: countersign and attachments
  'attach.maxBytes': '`attach` 可存入订单的单个文件上限，单位字节（默认 20971520，即 20 MB）',
}

const COLUMN: Record<SettingsMessages['settings.column']['column'], string> = { key: '设置项', value: '值', meaning: '说明' }

/** The settings messages in Chinese (the glossary: docs/glossary.md). */
export const settings: Words<SettingsMessages> = {
  'settings.meaning': (p) => MEANING[p.key],
  'settings.column': (p) => COLUMN[p.column],
  'settings.notSet': () => '（未设置）',
  'settings.set': (p) => `已设置 ${p.key} = ${p.value}`,
  'settings.unset': (p) => `已清除设置 ${p.key}`,
}
