import type { FormKind } from '../../domain/forms.js'
import type {
  ClauseKind,
  PartyField,
  FormBanner,
  FormColumn,
  FormLabel,
  FormMessages,
  FormNote,
  FormSigner,
  NotYetHint,
  SignatureNote,
} from '../../domain/messages/form.js'
import { formatMoneyGrouped } from '../../domain/money.js'
import { named } from '../named.js'
import type { Words } from '../words.js'
import { names } from './names.js'

/** What a form is called (the glossary's names of the documents). */
const NAME: Record<FormKind, string> = {
  inquiry: '预订货记录',
  quotation: '报价单',
  confirmation: '订单确认书',
  contract: '销售合同',
  'sales-order': '销售订单',
  'production-order': '生产命令单',
  'change-form': '生产计划变更单',
  'outbound-slip': '货物出库单',
}

const NOT_YET: Record<NotYetHint, (order: string) => string> = {
  checkStock: (o) => `请先做库存查询：\`orderdesk stock check ${o}\``,
  signContract: (o) => `签订销售合同后才能打印：\`orderdesk contract sign ${o} --payment-method <m> --payment-due <date>\``,
  checkAndSign: () => '请先做库存查询并签订销售合同',
  noContract: () => '未签订销售合同',
  confirmOrder: (o) => `定金到账后由业务部经理签字生效：\`orderdesk order confirm ${o}\``,
  afterContractAndPayment: () => '销售订单在签订销售合同并回款后开出',
  atSalesOrder: () => '业务部经理签发销售订单时下达生产命令单（`orderdesk order confirm`）',
  shipIt: (o) => `约定发货日期后开单：\`orderdesk ship ${o} --date <date>\``,
  inWarehouse: () => '货物完工入库且回款确认后开出货物出库单',
}

/** The order's status as the clerk reads it. */
const status = (s: string) => names['name.orderStatus']({ status: s })

// The Chinese form is printed in Chinese only: its title, labels and fixed values; the codes
// it shows (payment method, unit, channel, status) by their names (name.*).

const NUMBER_LABEL: Record<FormKind, string> = {
  inquiry: '编号',
  quotation: '报价单号',
  confirmation: '确认书编号',
  contract: '合同编号',
  'sales-order': '订单编号',
  'production-order': '命令单号',
  'change-form': '变更单号',
  'outbound-slip': '出库单号',
}

const LABEL: Record<FormLabel, string> = {
  date: '日期',
  quoteDate: '报价日期',
  issued: '下达日期',
  slipIssued: '开单日期',
  signed: '签订日期',
  salesOrderSigned: '签发日期',
  order: '订单号',
  revision: '版本',
  status: '状态',
  channel: '来源渠道',
  sourceRef: '来源凭证',
  source: '来源',
  requested: '客户要求交期',
  rush: '插单',
  priority: '优先级',
  externalRef: '外部编号',
  yourRef: '贵方编号',
  note: '备注',
  contract: '合同号',
  validUntil: '有效期至',
  deliveryPeriod: '交货期',
  delivery: '交货日期',
  promised: '交货日期',
  promisedToCustomer: '客户交期',
  payment: '付款方式',
  slipPayment: '付款情况',
  deposit: '定金',
  validity: '有效期',
  approval: '报价审批',
  accepted: '客户接受',
  byLine: '分行交期',
  quotationApproval: '报价审批',
  supply: '供货',
  total: '合计',
  slipTotal: '本单合计',
  paid: '已付',
  balance: '未付余额',
  mc: '物控负责人',
  due: '要求完成',
  committed: '承诺完成',
  orderLine: '订单行',
  stillToMake: '未完成',
  rating: '评价',
  change: '变更申请',
  cancel: '取消',
  deliveryFrom: '原交期',
  deliveryTo: '新交期',
  whyMc: '提交物控原因',
  mcDecision: '物控意见',
  customerDecision: '客户意见',
  shipDate: '发货日期',
  carrier: '承运商',
  tracking: '运单号',
  unpaidRelease: '欠款放行',
  sent: '发出日期',
  delivered: '送达日期',
  customer: '客户',
  buyer: '需方',
  shipTo: '收货方',
  contact: '联系人',
  phone: '电话',
  taxId: '税号',
  bank: '开户行',
  amountInWords: '大写金额',
}

const COLUMN: Record<FormColumn, string> = {
  no: '序号',
  sku: '产品编号',
  product: '产品名称',
  unit: '单位',
  qty: '数量',
  unitPrice: '单价',
  discount: '折扣',
  amount: '金额',
  qtyFrom: '原数量',
  qtyTo: '新数量',
  qtyChange: '增减',
  done: '已入库',
  qcRejected: '不合格',
  due: '要求完成',
}

const SIGNER: Record<FormSigner, string> = {
  clerk: '业务员',
  manager: '业务部经理',
  mc: '物控部',
  logistics: '物流部',
  customer: '客户',
}

const SIGNATURE_NOTE: Record<SignatureNote, string> = {
  recorded: '记录',
  offered: '报价',
  approved: '批准',
  approvalNotRequired: '无需审批',
  confirmed: '确认',
  acknowledged: '回签',
  forSeller: '供方代表',
  quotationApproved: '报价审批',
  forBuyer: '需方代表（签字盖章）',
  prepared: '制单',
  signed: '签发',
  dispatched: '下达',
  issued: '开单',
  unpaidRelease: '欠款放行',
  sent: '发货',
  received: '签收',
  requested: '提出',
}

const BANNER: Record<FormBanner, string> = {
  orderCancelled: '已取消：本订单已因客户变更取消',
  productionCancelled: '已取消：已因客户变更撤回',
  productionAwaitingSignoff: '未生效：待业务部经理签字（production sign）',
  changeTerminated: '变更终止：订单保持原样',
  quoteDraft: '草稿：待业务部经理审批，不得发出',
  quoteRejected: '已驳回：不得发出',
}

const NOTE: Record<FormNote, string> = {
  inquiry: '价格为标准价或电话中所报价格；交期以物控库存查询后的报价为准。',
  contractTerms: '供方按上述交期及数量、价格交货，需方按约定付款。',
  salesOrder: '经业务部经理签字后生效。',
  productionOrder: '经业务部经理签字生效，物控部确认完成日期后接单。',
  outboundSlip: '货物验收无误，请签收回单。',
}

const MC_DECISION = named({ agree: '同意', agreed: '同意', refuse: '不同意', refused: '不同意' })
const CUSTOMER_DECISION = named({ accept: '接受', accepted: '接受', reject: '拒绝', rejected: '拒绝' })

/** An amount beside a label: `¥1,165.50`. */
const yuan = (m: number) => `¥${formatMoneyGrouped(m)}`


// issue 19: master
const PARTY_FIELD: Record<PartyField, string> = {
  company: '单位名称',
  address: '地址',
  representative: '法定代表人/委托代理人',
  contact: '联系人',
  phone: '电话',
  taxId: '纳税人识别号',
  bank: '开户行',
  account: '账号',
}

const CLAUSE: Record<ClauseKind, string> = {
  quality: '质量标准',
  delivery: '交货地点及方式',
  breach: '违约责任',
  disputes: '解决合同纠纷的方式',
}

/** 一 … 十: the numbers of a Chinese contract's clauses. */
const CHINESE_NUMBER: readonly string[] = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十']

/** The messages about printed forms in Chinese (the glossary: docs/glossary.md). */
export const form: Words<FormMessages> = {
  'form.refShape': () => '请给出订单号（如 26-00001）或单据号（如 26-00001-CT1）',
  'form.otherKind': (p) => `这是${NAME[p.is]}，不是${NAME[p.wanted]}；打印它：\`orderdesk print ${p.is} ${p.ref}\``,
  'form.noOrder': (p) => `没有订单 ${p.order}`,
  'form.orderHas': (p) => `订单 ${p.order} 有 ${p.numbers.join('、')}`,
  'form.onlyCurrent': (p) => `只能打印当前报价单 ${p.current}`,
  'form.notYet': (p) => `订单 ${p.order} 还没有${NAME[p.form]}：它的状态是 ${status(p.status)}；${NOT_YET[p.hint](p.order)}`,
  'form.neverOffered': (p) => `订单 ${p.order} 没有报价单：它的状态是 ${status(p.status)}${p.reason ? `（${p.reason}）` : ''}，从未报价`,
  'form.allFromStock': (p) => `订单 ${p.order} 没有生产命令单：所有行都由库存供货`,
  'form.noChangeForm': (p) =>
    `订单 ${p.order} 还没有生产计划变更单：客户变更需要调整生产时才填写生产计划变更单（\`orderdesk change request ${p.order} ...\`）`,
  'form.latestOfSeveral': (p) =>
    p.form === 'production-order'
      ? `订单 ${p.order} 有 ${p.others.length + 1} 张生产命令单；打印的是最新的 ${p.latest}（其余按编号打印：${p.others.join('、')}）`
      : `订单 ${p.order} 有 ${p.others.length + 1} 张货物出库单；打印的是最新的 ${p.latest}（其余：${p.others.join('、')}）`,

  'form.unknownForm': (p) => `应为以下之一：${p.forms.join(', ')}`,
  'form.outLabel': () => '单据',
  'form.written': (p) => `${NAME[p.form]} ${p.number} 已写入 ${p.file}（${p.format}）`,
  'form.noCompanyName': () =>
    '未设置 company.name，单据上没有公司抬头；设置：`orderdesk settings set company.name <name>`（以及 company.address、company.phone、company.taxId、company.bank）',

  'form.title': (p) => NAME[p.form],
  'form.numberLabel': (p) => NUMBER_LABEL[p.form],
  'form.label': (p) => LABEL[p.label],
  'form.labelled': (p) => `${LABEL[p.label]}：${p.value}`,
  'form.column': (p) => COLUMN[p.column],
  'form.signer': (p) => SIGNER[p.signer],
  'form.signatureNote': (p) => SIGNATURE_NOTE[p.note],
  'form.banner': (p) => BANNER[p.banner],
  'form.note': (p) => NOTE[p.note],
  'form.none': () => '无',
  'form.dateOpen': () => '待定',
  'form.yesNo': (p) => (p.yes ? '是' : '否'),
  'form.priorityValue': (p) => (p.rush ? '插单' : '普通'),
  'form.footer': (p) => `${p.number}   打印日期 ${p.today}   orderdesk`,
  'form.pageCounter': (p) => `第 ${p.page} 页，共 ${p.pages} 页`,

  'form.paymentTerms': (p) => (p.method ? `${p.method}${p.due ? `，付款期限 ${p.due}` : ''}` : '待定'),
  'form.deposit': (p) => `${p.pct}%（${yuan(p.amount)}）`,
  'form.depositPercent': (p) => `${p.pct}%`,
  'form.sourceOf': (p) => [p.channel, p.ref].filter(Boolean).join('，'),
  'form.deliveryTerms': (p) =>
    p.promised ? `${p.promised} 前${p.requested ? `（客户要求 ${p.requested}）` : ''}` : p.requested ? `客户要求 ${p.requested}` : '待定',

  'form.bannerLost': (p) => `意向结束${p.reason ? `：${p.reason}` : ''}`,
  'form.bannerConfirmationSuperseded': (p) => `已取代：合同 ${p.by} 取代 ${p.number}`,
  'form.bannerContractSuperseded': (p) => `已取代：以 ${p.by} 为准`,
  'form.bannerQuoteExpired': (p) => `已过期：有效期至 ${p.validUntil}`,

  'form.noteConfirmation': (p) => `感谢惠顾！兹按 ${p.signed} 签订的销售合同 ${p.contract} 确认贵方订单如下，请核对后签字回传。`,
  'form.noteConfirmationAmended': (p) => `本确认书已按合同签订后的订单变更更新（版本 ${p.revision}）。`,
  'form.noteContractAmended': (p) => `本合同按版本 ${p.signedRevision} 签订，现已按订单变更修订（版本 ${p.revision}）。`,
  'form.noteContractSuperseded': (p) => `本合同已被 ${p.by} 取代。`,
  'form.noteRevisedOffer': (p) => `第 ${p.seq} 次报价，替代之前的报价。`,

  'form.validity': (p) => `自 ${p.checked} 库存查询起 ${p.days} 天`,
  'form.approvedBy': (p) => `${p.who} ${p.date} 批准${p.reasons.length ? `（${p.reasons.join('；')}）` : ''}`,
  'form.approvalPending': (p) => `待业务部经理审批（${p.reasons.join('；')}）`,
  'form.approvalRejectedBy': (p) => `${p.who} ${p.date} 驳回：${p.reason}`,
  'form.approvalNotRequired': () => '无需审批',
  'form.acceptedBy': (p) => `已签订销售合同 ${p.contract}（${p.signed}）`,
  'form.acceptedOn': (p) => `${p.date} 接受`,
  'form.lineDate': (p) => `${p.no}. ${p.sku}：${p.produced ? '生产' : '现货'}，${p.date ? `${p.date} 前` : '交期待定'}`,

  'form.supplyFromStock': (p) => `${p.sku} × ${p.qty} 库存供货`,
  'form.supplyProduction': (p) => `${p.sku} × ${p.qty} 生产命令单 ${p.number}（物控 ${p.mc}，要求完成 ${p.due}）`,

  'form.productionRejected': (p) => `已拒单：${p.reason}`,
  'form.productionInProgress': (p) => `生产中 ${p.progress}%`,
  'form.productionAccepted': (p) => `已接单，承诺完成 ${p.committed}${p.done ? `；已完工 ${p.done}` : ''}`,
  'form.productionToAccept': () => '待接单（确认完成日期）',
  'form.orderLineSupply': (p) => `订购 ${p.qty} ${p.unit}，库存供货 ${p.stock}，待生产 ${p.shortfall}`,

  'form.customerCancels': () => '客户取消订单',
  'form.mcOpinion': (p) => `${MC_DECISION(p.decision)}${p.date ? `，新交期 ${p.date}` : ''}${p.reason ? `：${p.reason}` : ''}`,
  'form.mcToDecide': () => '待物控评审',
  'form.customerDecisionValue': (p) => CUSTOMER_DECISION(p.decision),

  'form.slipPaid': (p) => `已付 ${yuan(p.paid)}，订单合计 ${yuan(p.total)}（${p.status}）`,
  'form.unpaidApprovedBy': (p) => `${p.who} 批准：${p.reason}`,
  'form.deliveredOn': (p) => `${p.date}${p.late ? '（延迟）' : ''}`,
  'form.receivedOn': (p) => `${p.date} 签收`,

  // issue 19: approvals bind to what was approved
  'form.approvedTotal': (p) => `${p.approved}；审批金额 ${formatMoneyGrouped(p.total)}（本单 ${formatMoneyGrouped(p.now)}）`,
  // issue 19: master (both parties' blocks with 签章 boxes, the contract's numbered terms)
  'form.partyTitle': (p) => (p.party === 'seller' ? '供方' : '需方'),
  'form.partyField': (p) => PARTY_FIELD[p.field],
  'form.partySeal': () => '（签章）',
  'form.clausesTitle': () => '合同条款',
  'form.clause': (p) => `${CHINESE_NUMBER[p.n] ?? String(p.n)}、${CLAUSE[p.clause]}`,
  'form.labelSeparator': () => '：',
  // issue 19: issued documents
  'form.recordNote': (p) => (p.record === 'draft' ? '草稿：按当前资料显示，非正式开出的单据' : '按当前资料打印：本单据开出时未存档'),
  // issue 19: refundforms
  'form.paymentsTitle': (p) => `收付款记录（截至 ${p.date}）`,
  'form.paymentColumn': (p) => ({ number: '单号', date: '日期', kind: '类别', method: '付款方式 / 银行流水号', amount: '金额' })[p.column],
  'form.paymentKind': (p) => `${p.kind === 'refund' ? '退款' : p.kind === 'payment' ? '回款' : p.kind}${p.voided ? '（作废）' : ''}`,
  'form.paymentMethodRef': (p) => [p.method, p.ref].filter(Boolean).join(' / ') || '无',
  'form.noPayments': () => '暂无收付款',
  'form.paymentSum': (p) => ({ received: '已收', refunded: '已退', netPaid: '实收', balanceDue: '未收余额', refundDue: '应退款' })[p.sum],
}
