import type { NotFoundKind } from '../../domain/errors.js'
import type { CommonMessages } from '../../domain/messages/common.js'
import { say } from '../../domain/message.js'
import { codePoint, describeControl, type ControlWords } from '../characters.js'
import type { Words } from '../words.js'

/** What was not found (the glossary's words; a form by its printed name). */
const KIND: Record<NotFoundKind, string> = {
  order: '订单',
  customer: '客户',
  product: '产品',
  user: '用户',
  production_order: '生产命令单',
  change: '客户变更',
  complaint: '投诉',
  file: '文件',
  database_file: '数据库文件',
  document: '单据',
  inquiry: '预订货记录',
  quotation: '报价单',
  confirmation: '订单确认书',
  order_confirmation: '订单确认书',
  contract: '销售合同',
  sales_order: '销售订单',
  change_form: '生产计划变更单',
  outbound_slip: '货物出库单',
  // issue 19: payments
  payment: '收退款记录',
  // issue 19: countersign and attachments
  attachment: '附件',
}

/** How a refused character is named: `U+001B ESC`, `U+009B，C1 控制字符`. */
const CONTROLS: ControlWords = {
  c1: (c) => `${c}，C1 控制字符`,
  embedding: (c) => `${c}，双向文本嵌入符`,
  pop: (c) => `${c}，双向文本弹出符`,
  override: (c) => `${c}，双向文本覆盖符`,
  isolate: (c) => `${c}，双向文本隔离符`,
}

/** The common messages in Chinese (the glossary: docs/glossary.md). */
export const common: Words<CommonMessages> = {
  'common.empty': () => '不能为空',
  'common.tooLong': (p) => `最多 ${p.max} 个字符`,
  'common.tooLarge': () => '数值太大',
  'common.beforeToday': (p) => `不能早于今天（${p.today}）`,
  'common.notADate': () => '必须是日期 YYYY-MM-DD',
  'common.notAnAmount': () => '必须是金额，例如 12.50',
  'common.atMostTwoDecimals': () => '最多两位小数',
  'common.notPositiveWhole': () => '必须是正整数',
  'common.notAnItem': () => '必须是 sku=数量 或 sku=数量@单价',
  'common.notSkuValue': () => '必须是 sku=值',

  'common.invalidValue': (p) => `${p.field} 的值 ${JSON.stringify(p.value)} 无效：${say(p.reason)}`,
  'common.missingFlags': (p) => `非交互运行时必须给出 ${p.flags.map((f) => `\`${say(f)}\``).join('、')}`,
  'common.notFound': (p) => `找不到${KIND[p.kind]} ${JSON.stringify(p.ref)}${p.hint ? `（${say(p.hint)}）` : ''}`,
  'common.cancelled': () => '已取消',
  'common.internalError': (p) => `内部错误：${p.text}`,
  'common.unknownUser': (p) =>
    `${JSON.stringify(p.user)} 不是本工作台的用户；请用 --as <user> 或 ORDERDESK_USER 指定一个用户（见 \`orderdesk user list\`）`,

  'common.controlCharacter': (p) => `不能含控制字符（第 ${p.at} 个字符是 ${describeControl(p.code, CONTROLS)}）`,
  'common.loneSurrogate': (p) => `必须是有效的 Unicode 文本（第 ${p.at} 个字符是孤立的代理项 ${codePoint(p.code)}）`,

  'common.tooLargeAtMost': (p) => `数值太大（最大 ${p.max}）`,
  'common.notARevision': () => '必须是版本号',
  'common.notALimit': () => '必须是整数（0 表示全部）',
  'common.oneOf': (p) => `只能是 ${p.values.join('、')} 之一`,
  'common.notBeforeToday': (p) => `日期不能早于今天（${p.today}）`,

  'common.pinOf': (p) => `${p.user} 的 PIN`,
  'common.newPinOf': (p) => `${p.user} 的新 PIN`,
  'common.pinVariable': (p) => `${p.variable}（${say(p.holds)}）`,
  'common.pinFor': (p) => `输入 ${p.user} 的 PIN`,
  'common.typePin': () => '请输入 PIN',
  'common.newPinFor': (p) => `设置 ${p.user} 的新 PIN`,
  'common.newPinAgain': () => '再输入一次新 PIN',
  'common.pinBreaksRule': (p) => `PIN ${say(p.rule)}`,
  'common.pinsDiffer': () => '两次输入的 PIN 不一致',
}
