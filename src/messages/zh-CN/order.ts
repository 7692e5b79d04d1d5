import type { OrderColumn, OrderField, OrderMessages, OrderSection } from '../../domain/messages/order.js'
import { formatMoney, formatMoneyGrouped, type Minor } from '../../domain/money.js'
import { STEPS, type NextSituation, type StepName } from '../../domain/order-status.js'
import { nextCommand } from '../next-command.js'
import type { Words } from '../words.js'
import { names } from './names.js'

/** An amount in a Chinese sentence: `¥1,234.50`. */
const yuan = (minor: Minor) => `¥${formatMoneyGrouped(minor)}`

/** An order status by its name (已报价), as the screens show it. */
const statusName = (status: string) => names['name.orderStatus']({ status })

/** What was refused, for "无法……": each step says it with the order's number in its place. */
const REFUSED: Record<StepName, (order: string) => string> = {
  checkStock: (o) => `无法为订单 ${o} 查询库存`,
  markLost: (o) => `无法为订单 ${o} 查询库存`,
  dropInquiry: (o) => `无法结束订单 ${o} 的意向`,
  signContract: (o) => `无法为订单 ${o} 签订销售合同`,
  approveQuote: (o) => `无法审批通过订单 ${o} 的报价`,
  rejectQuote: (o) => `无法驳回订单 ${o} 的报价`,
  repriceQuote: (o) => `无法为订单 ${o} 重新报价`,
  recordPayment: (o) => `无法为订单 ${o} 登记回款`,
  confirm: (o) => `无法确认订单 ${o}`,
  planShipment: (o) => `无法为订单 ${o} 开货物出库单`,
  sendShipment: (o) => `无法为订单 ${o} 发货`,
  deliverShipment: (o) => `无法为订单 ${o} 登记送达`,
  issueInvoice: (o) => `无法为订单 ${o} 开票`,
  requestChange: (o) => `无法变更订单 ${o}`,
  addFeedback: (o) => `无法为订单 ${o} 登记客户满意度`,
  openComplaint: (o) => `无法为订单 ${o} 登记投诉`,
  // issue 19: payments
  refundPayment: (o) => `无法为订单 ${o} 登记退款`,
  voidPayment: (o) => `无法作废订单 ${o} 的回款`,
  receiveReturn: (o) => `无法为订单 ${o} 登记退货`,
  // issue 19: countersign and attachments
  countersignContract: (o) => `无法为订单 ${o} 登记销售合同回签`,
  countersignConfirmation: (o) => `无法为订单 ${o} 登记订单确认书回签`,
  attach: (o) => `无法为订单 ${o} 存入附件`,
}

const NEXT_HINT: Record<NextSituation, string> = {
  inquiry: '查询库存并答复交期',
  offered: '等客户答复：接受则签订销售合同，不接受则结束意向',
  lost: '签合同前意向已结束',
  contracted: '登记回款，再由经理签核销售订单',
  confirmed: '等物控接收生产命令单',
  in_production: '生产中',
  ready: '货物已入库：与客户约定发货日期，开货物出库单',
  shipping: '等物流部发货',
  shipped: '登记货物送达',
  completed: '已完成',
  cancelled: '已取消',
  productionIssue: '物控拒收了生产命令单：重新下达（production dispatch）或变更订单',
  depositReceived: '定金已到账：由经理签核销售订单',
  atRisk: '交期有风险：物控承诺日期晚于交期，请告知客户',
  unknown: '',
}

const COLUMN: Record<OrderColumn, string> = {
  order: '订单号',
  status: '状态',
  customer: '客户',
  total: '合计',
  paid: '已付',
  requested: '要求交期',
  promised: '交期',
  next: '下一步',
  lineNo: '序号',
  sku: '产品编号',
  product: '产品',
  qty: '数量',
  unit: '单位',
  price: '单价',
  discount: '折扣',
  amount: '金额',
  source: '货源',
  short: '缺货',
  date: '日期',
  method: '付款方式',
  reference: '银行流水号',
  by: '登记人',
  number: '单号',
  done: '完工',
  qcRejected: '质检不合格',
  mc: '物控',
  due: '要求完工',
  committed: '承诺日期',
  progress: '进度',
  slip: '出库单号',
  shipDate: '发货日期',
  goods: '货物',
  carrier: '承运商',
  tracking: '运单号',
  sent: '发出日期',
  delivered: '送达日期',
  // issue 19: payments
  voided: '作废',
  // issue 19: refundforms
  kind: '类别',
}

const FIELD: Record<OrderField, string> = {
  customer: '客户',
  contact: '联系人',
  channel: '来源渠道',
  dates: '日期',
  total: '合计',
  delivered: '送达',
  contract: '销售合同',
  quotation: '报价',
  note: '备注',
  lost: '结束原因',
}

const SECTION: Record<OrderSection, string> = {
  payments: '回款',
  productionOrders: '生产命令单',
  shipments: '货物出库单',
  invoices: '发票',
  feedback: '客户满意度',
  complaints: '投诉',
  changes: '客户变更',
  documents: '单据',
  timeline: '操作记录',
  // issue 19: payments
  returns: '退货',
  // issue 19: countersign and attachments
  countersignatures: '客户回签',
  attachments: '附件',
}

const FLAG = { rush: '插单', atRisk: '交期风险', productionRejected: '物控拒单' } as const

const DOCUMENT_KIND: Readonly<Record<string, string>> = { contract: '销售合同', sales_order: '销售订单' }
const DOCUMENT_STATUS: Readonly<Record<string, string>> = { signed: '已签', superseded: '已作废' }
const DECISION: Readonly<Record<string, string>> = { agree: '同意', refuse: '不同意', accept: '接受', reject: '拒绝' }

/** A code's name in a table, or the code itself when the table does not know it. */
const named = (table: Readonly<Record<string, string>>, code: string) => (Object.hasOwn(table, code) ? table[code]! : code)

/** The order messages in Chinese (the glossary: docs/glossary.md). */
export const order: Words<OrderMessages> = {
  'order.overpayment': (p) =>
    `回款 ${yuan(p.amount)} 将超出订单 ${p.order} 的应收：合计 ${yuan(p.total)}，已付 ${yuan(p.paid)}，余额 ${yuan(p.total - p.paid)}；如确实收到这笔款，请加 --allow-overpay`,
  'order.paymentAfterToday': (p) => `到账日期不能晚于今天（${p.today}）`,
  'order.amountNotPositive': () => '必须大于 0',
  'order.wrongState': (p) => {
    const s = STEPS[p.step]
    const instead = p.next.hasCommand ? `；此订单的下一步：${nextCommand(p.next)}` : ''
    return `${REFUSED[p.step](p.order)}：订单状态为 ${statusName(p.status)}（\`orderdesk ${s.command}\` 要求状态为 ${s.from.map(statusName).join(' 或 ')}）${instead}`
  },
  'order.nextCommand': nextCommand,
  'order.nextHint': (p) => NEXT_HINT[p.situation],
  'order.seeList': () => '见 `orderdesk order list`',
  'order.stale': (p) => `订单 ${p.order} 已被他人修改（当前版本 ${p.revision}，你看到的是版本 ${p.saw}）；请用 \`orderdesk order show ${p.order}\` 重新查看`,
  'order.changedMeanwhile': (p) => `订单 ${p.order} 刚被他人修改；请重试`,
  'order.itemsNeeded': () => '至少要有一个 --item sku=qty',
  'order.requestedBeforeOrderDate': (p) => `不能早于下单日期 ${p.orderDate}`,
  'order.skuNotOnOrder': (p) => `订单 ${p.order} 没有这个产品`,
  'order.pricesNeeded': () => '请至少给出一个 --item sku=price',
  'order.approvalReason': (p) =>
    p.kind === 'total' ? `合计 ${yuan(p.total)} 超过 ${yuan(p.above)}` : `${p.sku} 低于标准价 ${p.offBp / 100}%（上限 ${p.maxBp / 100}%）`,
  'order.approvalNotRequired': (p) => `按当前设置，订单 ${p.order} 的报价无需审批；请签订销售合同`,
  'order.alreadyApproved': (p) => `订单 ${p.order} 的报价已审批通过`,
  'order.quoteRejected': (p) =>
    `订单 ${p.order} 的报价已被 ${p.by} 驳回：${p.reason}；请重新报价（\`orderdesk quote reprice\`）或重新查询库存，再申请审批`,
  'order.approvalNeeded': (p) =>
    `订单 ${p.order} 的报价须先经经理审批（${p.reasons.join('；')}）；请经理运行 \`orderdesk quote approve ${p.order}\``,
  'order.paymentMethodRule': (p) => `须为 1 到 ${p.max} 个字符`,
  'order.depositRule': () => '须为 0 到 100 的整数百分比',
  'order.depositMissing': (p) =>
    `订单 ${p.order} 的定金尚未到账：应付定金 ${yuan(p.deposit)}（合计 ${yuan(p.total)} 的 ${p.depositPct}%），已付 ${yuan(p.paid)}；请用 \`orderdesk payment record ${p.order} --amount ${formatMoney(p.deposit - p.paid)}\` 登记回款`,
  'order.assignNotMc': () => '必须是角色为物控（mc）的用户',
  'order.noMcUser': () => '没有物控用户可以接收生产命令单；请先添加：`orderdesk user add <name> --role mc`',
  'order.invoiceNumberRule': () => '只能含字母、数字和 . _ / -（最多 40 个字符）',
  'order.invoiceExists': () => '该发票号已存在',
  'order.fullyInvoiced': (p) => `订单 ${p.order} 已全额开票（${yuan(p.invoiced)}）`,
  'order.overInvoice': (p) => `发票金额 ${yuan(p.amount)} 超过订单 ${p.order} 未开票的 ${yuan(p.open)}`,

  'order.statusOneOf': (p) => `须为以下之一：${p.statuses.join(', ')}`,
  'order.confirmed': (p) => `销售订单 ${p.salesOrder} 已由 ${p.by} 签核；订单 ${p.order} 的状态为 ${p.status}`,
  'order.allFromStock': () => '所有明细均已从库存预留：可以发货',
  'order.nextAccept': () => 'orderdesk production accept <mo> --date <date>   （物控）',
  'order.paymentRecorded': (p) => `已为订单 ${p.order} 登记回款 ${yuan(p.amount)}：已付 ${yuan(p.paid)}，合计 ${yuan(p.total)}（${p.status}）`,
  'order.nextConfirm': (p) => `orderdesk order confirm ${p.order}   （由经理签核销售订单）`,
  'order.promptAmount': () => '到账金额',
  'order.moreThanZero': () => '须大于 0',
  'order.promptInvoiceNumber': () => '发票号',
  'order.invoiceRecorded': (p) => `已为订单 ${p.order} 登记发票 ${p.invoice}，金额 ${yuan(p.amount)}；已开票 ${yuan(p.invoiced)}，合计 ${yuan(p.total)}`,
  'order.noneMatch': () => '没有符合条件的订单',
  'order.column': (p) => COLUMN[p.column],
  'order.field': (p) => FIELD[p.field],
  'order.title': (p) => `订单 ${p.order}`,
  'order.revision': (p) => `版本 ${p.revision}`,
  'order.flag': (p) => FLAG[p.flag],
  'order.contactValue': (p) => p.parts.join('，'),
  'order.channelValue': (p) => `${p.channel}${p.sourceRef ? `（来源凭证 ${p.sourceRef}）` : ''}`,
  'order.datesValue': (p) => `下单 ${p.ordered}   要求交期 ${p.requested ?? '—'}   交期 ${p.promised ?? '—'}`,
  'order.totalsValue': (p) =>
    `${yuan(p.total)}   已付 ${yuan(p.paid)}   已开票 ${yuan(p.invoiced)}   未收 ${yuan(p.balance)}   付款状态 ${p.payment}`,
  'order.deliveredValue': (p) => `${p.date}（${p.onTime ? '按时' : '延迟'}）`,
  'order.contractValue': (p) => `${p.number}  ${p.method}，付款期限 ${p.due}，定金 ${p.depositPct}%`,
  'order.quoteValue': (p) => {
    if (p.status === 'approved') return `已由 ${p.by} 审批通过 ${p.date}（${p.reasons.join('；')}）`
    if (p.status === 'rejected') return `已被 ${p.by} 驳回：${p.reason}`
    return `须经理审批（${p.reasons.join('；')}）`
  },
  'order.section': (p) => SECTION[p.section],
  'order.rejectedCell': (p) => `${p.status}：${p.reason}`,
  'order.deliveredLate': (p) => `${p.date}（延迟）`,
  'order.shippedUnpaid': (p) => `${p.slip} 未付清即发货，批准人 ${p.by}：${p.reason}`,
  'order.invoicesValue': (p) => p.invoices.map((i) => `${i.number} ${yuan(i.amount)}（${i.date}）`).join('，'),
  'order.feedbackValue': (p) => `${p.rating}/5${p.comment ? ` “${p.comment}”` : ''}（${p.by} ${p.date}）`,
  'order.complaintLine': (p) => `#${p.id} ${p.status}  ${p.opened} ${p.text}${p.resolution ? `  → ${p.resolution}（${p.by} ${p.date}）` : ''}`,
  'order.changeLine': (p) => {
    const what = p.cancel ? '取消订单' : [...p.lines.map((l) => `${l.sku} ${l.from}→${l.to}`), ...(p.date ? [`交期 → ${p.date}`] : [])].join('，')
    const mc = p.mc ? `；物控${named(DECISION, p.mc.decision)}${p.mc.date ? ` ${p.mc.date}` : ''}${p.mc.reason ? `（${p.mc.reason}）` : ''}` : ''
    const customer = p.customer ? `；客户${named(DECISION, p.customer)}` : ''
    const revision = p.revision ? `；版本 ${p.revision.before} → ${p.revision.after}` : ''
    return `${p.number}${p.form ? `（生产计划变更单 ${p.form}）` : ''}  ${p.status}  ${what}${mc}${customer}${revision}`
  },
  'order.documentLine': (p) =>
    `${named(DOCUMENT_KIND, p.kind)} ${p.number}  ${named(DOCUMENT_STATUS, p.status)}${p.signedBy ? `，签字：${p.signedBy} ${p.signedAt}` : ''}`,
  'order.decision': (p) => named(DECISION, p.decision),
  'order.nextLine': (p) => `下一步：${p.command}   （${p.hint}）`,
  'order.eventPromised': (p) => `交期 ${p.date}`,
  'order.eventLate': (p) => `延迟 ${p.days} 天`,
  'order.eventCommitted': (p) => `物控承诺 ${p.date}`,
  'order.eventIntoStock': (p) => `入库 ${p.good}${p.rejected ? `，质检不合格 ${p.rejected}` : ''}`,
  'order.eventPayment': (p) => `${yuan(p.amount)}（已付 ${yuan(p.paid)}）`,
  'order.eventDetails': (p) => p.parts.join('；'),
  // issue 19: payments
  'order.refundTooLarge': (p) =>
    `退款 ${yuan(p.amount)} 超出订单 ${p.order} 可退金额：已付 ${yuan(p.paid)}，合计 ${yuan(p.total)}，应退 ${yuan(p.due)}`,
  'order.refundRecorded': (p) => `已为订单 ${p.order} 登记退款 ${p.payment} ${yuan(p.amount)}：已付 ${yuan(p.paid)}，合计 ${yuan(p.total)}（${p.status}）`,
  'order.voidReasonNeeded': () => '请说明作废原因',
  'order.seePayments': () => '收退款记录编号见：orderdesk order show <订单号>',
  'order.paymentAlreadyVoided': (p) => `${p.payment} 已于 ${p.date} 由 ${p.by} 作废（${p.reason}），未作任何修改`,
  'order.voidBelowZero': (p) => `作废 ${p.payment}（${yuan(p.amount)}）后已付金额将小于零（已付 ${yuan(p.paid)}）：请先作废退款`,
  'order.paymentVoided': (p) =>
    `已作废订单 ${p.order} 的${p.kind === 'refund' ? '退款' : '回款'} ${p.payment} ${yuan(p.amount)}：已付 ${yuan(p.paid)}，合计 ${yuan(p.total)}（${p.status}）`,
  'order.promptVoidReason': () => '作废原因',
  'order.promptRefundAmount': () => '退款金额',
  'order.nextRefund': (p) => `orderdesk payment refund ${p.order} --amount ${formatMoney(p.amount)}   （应退还客户的款项）`,
  'order.voidedCell': (p) => `已作废：${p.by} ${p.date}，${p.reason}`,
  'order.refundAmountCell': (p) => `-${formatMoneyGrouped(p.amount)}`,
  'order.refundedValue': (p) => `已退款 ${yuan(p.refunded)}`,
  'order.returnReasonNeeded': () => '请说明退货原因',
  'order.returnItemsNeeded': () => '请列出退回的货物：--item <产品编号>=<数量>',
  'order.returnQtyNotPositive': () => '数量至少为 1',
  'order.returnTooMany': (p) => `${p.sku} 已送达且未退回的只有 ${p.available}`,
  'order.returnOutcomeBoth': () => '--refund 与 --remake 只能选一个',
  'order.promptReturnOutcome': () => '如何处理客户的退货',
  'order.promptReturnReason': () => '退货原因',
  'order.returnOutcomeChoice': (p) => (p.outcome === 'refund' ? '按货值退款' : '重新生产补发'),
  'order.returnRecorded': (p) => {
    const goods = p.parts.map((x) => `${x.sku} × ${x.qty}（${x.number}${x.productionOrder ? `，重做 ${x.productionOrder}` : ''}）`).join('，')
    const where = p.disposition === 'scrap' ? '作报废处理' : '已退回入库'
    const what = p.outcome === 'refund' ? `应退款 ${yuan(p.amount)}` : '重新生产'
    return `订单 ${p.order} 退货：${goods}${where}；${what}；订单${p.status}`
  },
  'order.returnLine': (p) =>
    `${p.number}  ${p.date}  ${p.sku} × ${p.qty}  ${p.disposition === 'scrap' ? '报废' : '退回入库'}  ${p.outcome === 'refund' ? `退款 ${yuan(p.amount)}` : `重做 ${p.productionOrder ?? ''}`}  ${p.reason}（${p.by}）`,

  // issue 19: approvals bind to what was approved
  'order.quoteApprovedAt': (p) => `${p.approved}；审批时合计 ${yuan(p.total)}，现为 ${yuan(p.now)}`,
  'order.eventApprovedTotal': (p) => `合计 ${yuan(p.total)}`,

  // issue 19: production sign-off and reopen
  'order.eventTakenBack': (p) => `撤回出库 ${p.qty}，经理 ${p.by} 签核`,
  // issue 19: refundforms
  'order.paymentKindCell': (p) => (p.kind === 'refund' ? '退款' : p.kind === 'payment' ? '回款' : p.kind),
  'order.paymentSums': (p) =>
    `已收 ${yuan(p.received)}   已退 ${yuan(p.refunded)}   实收 ${yuan(p.net)}   ${p.balance < 0 ? `应退款 ${yuan(-p.balance)}` : `未收余额 ${yuan(p.balance)}`}`,
}
