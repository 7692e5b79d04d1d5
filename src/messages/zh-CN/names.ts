import type { NameMessages } from '../../domain/messages/names.js'
import { formatMoneyGrouped } from '../../domain/money.js'
import { named } from '../named.js'
import type { Words } from '../words.js'

const ORDER = named({
  inquiry: '询价',
  offered: '已报价',
  lost: '意向结束',
  contracted: '已签合同',
  confirmed: '已确认',
  in_production: '生产中',
  ready: '待发货',
  shipping: '待出库',
  shipped: '已发货',
  completed: '已完成',
  cancelled: '已取消',
})
const PAYMENT = named({ unpaid: '未付款', partial: '部分付款', deposit_met: '定金已付', paid: '已付清', nothing_due: '无需付款', refund_due: '待退款', refunded: '已退款' })
const PRODUCTION = named({
  awaiting_signoff: '待经理签发',
  dispatched: '已下达',
  accepted: '已接单',
  rejected: '已拒单',
  in_progress: '生产中',
  done: '已完工',
  cancelled: '已取消',
})
const CHANGE = named({ offered: '待客户确认', pending_mc: '待物控评审', mc_agreed: '物控已同意', applied: '已执行', terminated: '已终止' })
const SHIPMENT = named({ planned: '已开出库单', sent: '已发出', delivered: '已送达' })
const COMPLAINT = named({ open: '处理中', resolved: '已解决' })
const ROLE = named({ clerk: '业务员', manager: '业务部经理', mc: '物控', logistics: '物流', finance: '财务' })
const CHANNEL = named({ phone: '电话', fax: '传真', email: '邮件', web: '网站', agent: '代理商', platform: '电商平台', visit: '上门' })
const METHOD = named({ transfer: '银行转账', 'acceptance-bill': '承兑汇票', 'letter-of-credit': '信用证', cheque: '支票', cash: '现金' })
const UNIT = named({
  pcs: '件',
  piece: '件',
  case: '箱',
  box: '箱',
  sheet: '张',
  set: '套',
  roll: '卷',
  door: '樘',
  m: '米',
  m2: '平方米',
  'm²': '平方米',
  m3: '立方米',
  'm³': '立方米',
  kg: '千克',
  t: '吨',
})
const SOURCE = named({ stock: '库存', production: '生产' })
const ACTION = named({
  'inquiry.new': '登记询价',
  'inquiry.drop': '意向结束',
  'stock.check': '库存查询',
  'quote.approve': '报价审批通过',
  'quote.reject': '报价审批驳回',
  'quote.reprice': '重新报价',
  'contract.sign': '签订销售合同',
  'payment.record': '登记回款',
  'order.confirm': '销售订单生效',
  'production.dispatch': '下达生产命令单',
  'production.accept': '物控接单',
  'production.reject': '物控拒单',
  'production.progress': '生产进度',
  'production.done': '完工入库',
  'production.rate': '生产评价',
  'production.sign': '经理签发生产命令单',
  'production.reopen': '撤回完工',
  'change.request': '客户变更',
  'change.decide': '物控评审变更',
  'change.confirm': '客户确认变更',
  'ship.plan': '开货物出库单',
  'ship.send': '发货',
  'ship.deliver': '货物送达',
  'invoice.issue': '开票',
  'complaint.open': '登记投诉',
  'complaint.resolve': '投诉处理完毕',
  'feedback.add': '登记客户满意度',
  'feedback.replace': '修改客户满意度',
  'stock.receive': '收货入库',
  'stock.adjust': '库存调整',
  'customer.add': '新增客户',
  'customer.update': '修改客户',
  'product.add': '新增产品',
  'product.update': '修改产品',
  'settings.set': '修改设置',
  'user.add': '新增用户',
  'user.edit': '修改用户',
  'user.pin': '设置 PIN',
  'import.run': '批量导入',
  'import.interrupted': '导入中断',
  'init.demo': '载入演示数据',
  'signoff.locked': '签核锁定',
  // issue 19: payments
  'payment.refund': '登记退款',
  'payment.void': '作废回款',
  'return.receive': '登记退货',
  'signoff.pin_attempt': 'PIN 验证',
  'signoff.pin_failed': 'PIN 错误',
  'signoff.pin_ok': 'PIN 正确',
  // issue 19: countersign and attachments
  'contract.countersign': '销售合同回签',
  'confirmation.countersign': '订单确认书回签',
  'attach.add': '存入附件',
})

/** The names of the codes in Chinese (the glossary: docs/glossary.md). */
export const names: Words<NameMessages> = {
  'name.orderStatus': (p) => ORDER(p.status),
  'name.paymentStatus': (p) => PAYMENT(p.status),
  'name.productionStatus': (p) => PRODUCTION(p.status),
  'name.changeStatus': (p) => CHANGE(p.status),
  'name.shipmentStatus': (p) => SHIPMENT(p.status),
  'name.complaintStatus': (p) => COMPLAINT(p.status),
  'name.role': (p) => ROLE(p.role),
  'name.channel': (p) => CHANNEL(p.channel),
  'name.paymentMethod': (p) => METHOD(p.method),
  'name.unit': (p) => UNIT(p.unit),
  'name.action': (p) => ACTION(p.action),
  'name.source': (p) => SOURCE(p.source),
  'name.money': (p) => `¥${formatMoneyGrouped(p.minor)}`,
}
