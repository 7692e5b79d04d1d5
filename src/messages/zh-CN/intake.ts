import type { IntakeMessages } from '../../domain/messages/intake.js'
import { formatMoneyGrouped } from '../../domain/money.js'
import type { Words } from '../words.js'

/** An amount in a Chinese sentence: `¥1,234.50`. */
const yuan = (minor: number) => `¥${formatMoneyGrouped(minor)}`

/** The intake messages (询价、报价审批、销售合同) in Chinese (the glossary: docs/glossary.md). */
export const intake: Words<IntakeMessages> = {
  'intake.inquiryRecorded': (p) => `询价 ${p.order} 已登记：客户 ${p.customer}（${p.name}），合计 ${yuan(p.total)}`,
  'intake.askRequested': () => '客户要求交期（YYYY-MM-DD 或 +N 天，留空表示无）',
  'intake.askChannel': () => '来源渠道',
  'intake.askSourceRef': () => '来源凭证（传真号 / 录音编号，留空表示无）',
  'intake.confirmInquiry': (p) => `登记客户 ${p.customer} 的这笔询价？`,
  'intake.dateOrDays': () => '应为日期 YYYY-MM-DD 或 +N 天',

  'intake.askCustomer': () => '客户（输入编号或名称）',
  'intake.customerContact': (p) => p.parts.join('，'),
  'intake.askProduct': () => '产品（输入产品编号或名称）',
  'intake.askNextProduct': () => '下一个产品（或选“完成”）',
  'intake.productOffer': (p) => `${yuan(p.price)}/${p.unit}（可用 ${p.available}）`,
  'intake.doneChoice': () => '✓ 完成 — 不再添加产品',
  'intake.askQty': (p) => `${p.sku} 的数量（${p.unit}）`,
  'intake.positiveWhole': () => '应为正整数',
  'intake.askPrice': (p) => `${p.sku} 的单价`,

  'intake.headQty': () => '数量',
  'intake.headPrice': () => '单价',
  'intake.headAmount': () => '金额',
  'intake.total': () => '合计',

  'intake.askDropReason': () => '客户放弃的原因？',
  'intake.sayWhy': () => '请填写原因',
  'intake.lost': (p) => `订单 ${p.order} 意向结束：${p.reason}`,

  'intake.quoteApproved': (p) => `订单 ${p.order} 的报价已由 ${p.by} 审批通过（${p.reasons.join('；')}）`,
  'intake.askRejectReason': () => '需要修改什么？',
  'intake.sayWhat': () => '请填写需要修改的内容',
  'intake.quoteRejected': (p) => `订单 ${p.order} 的报价已退回业务员：${p.reason}`,
  'intake.eitherCommand': (p) => `${p.first}   或   ${p.second}`,
  'intake.repriced': (p) => `订单 ${p.order} 已重新报价：合计 ${yuan(p.total)}`,
  'intake.notSkuPrice': () => '格式应为 sku=price',

  'intake.depositPercent': () => '应为 0 到 100 之间的整数百分比',
  'intake.contractSigned': (p) => `销售合同 ${p.contract} 已签订（订单 ${p.order}）：合计 ${yuan(p.total)}，${p.method}，付款期限 ${p.due}`,
  'intake.reserved': (p) => `已预留：${p.items.map((x) => `${x.sku} × ${x.qty}`).join('，')}`,
  'intake.nextDeposit': (p) => `${p.command}   （定金 ${p.percent}%）`,
  'intake.nextNoDeposit': (p) => `${p.command}   （无定金：销售订单交业务部经理签字生效）`,
  'intake.askPaymentMethod': () => '付款方式',
  'intake.otherMethod': () => '其他…',
  'intake.required': () => '必填',
  'intake.askPaymentDue': () => '付款期限（YYYY-MM-DD 或 +N 天）',
  'intake.askDeposit': () => '生产前应付定金比例（%）',
  'intake.zeroTo100': () => '应为 0 到 100',
}
