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

/** What a form is called in a sentence ("no sales order for order …"). */
const NAME: Record<FormKind, string> = {
  inquiry: 'inquiry',
  quotation: 'quotation',
  confirmation: 'order confirmation',
  contract: 'contract',
  'sales-order': 'sales order',
  'production-order': 'production order',
  'change-form': 'change form',
  'outbound-slip': 'outbound slip',
}

/** The same with its article ("that is an outbound slip"). */
const aName = (form: FormKind) => `${/^[aeiou]/.test(NAME[form]) ? 'an' : 'a'} ${NAME[form]}`

const NOT_YET: Record<NotYetHint, (order: string) => string> = {
  checkStock: (o) => `check stock first: \`orderdesk stock check ${o}\``,
  signContract: (o) => `it is printed once the contract is signed: \`orderdesk contract sign ${o} --payment-method <m> --payment-due <date>\``,
  checkAndSign: () => 'check stock and sign the contract first',
  noContract: () => 'no contract was signed',
  confirmOrder: (o) => `a manager signs it once the deposit has arrived: \`orderdesk order confirm ${o}\``,
  afterContractAndPayment: () => 'the sales order follows the signed contract and the payment',
  atSalesOrder: () => 'production orders are issued when a manager signs the sales order (`orderdesk order confirm`)',
  shipIt: (o) => `agree the ship date and issue it: \`orderdesk ship ${o} --date <date>\``,
  inWarehouse: () => 'the outbound slip is issued when the goods are in the warehouse and the payment is confirmed',
}

// The English form is printed bilingual, as it always was: each label, heading and fixed
// value in English and Chinese. A title, a column header or a signature box has its lines
// one a line; the Chinese form (zh-CN/form.ts) has only the Chinese.

/** The title on the paper: the Chinese name, then the English one. */
const TITLE: Record<FormKind, string> = {
  inquiry: '预订货记录\nPre-order Record',
  quotation: '报价单\nQuotation',
  confirmation: '订单确认书\nOrder Confirmation',
  contract: '销售合同\nSales Contract',
  'sales-order': '销售订单\nSales Order',
  'production-order': '生产命令单\nProduction Order',
  'change-form': '生产计划变更单\nProduction Plan Change Form',
  'outbound-slip': '货物出库单\nGoods Outbound Slip',
}

const NUMBER_LABEL: Record<FormKind, string> = {
  inquiry: 'No. 编号',
  quotation: 'No. 报价单号',
  confirmation: 'No. 确认书编号',
  contract: 'No. 合同编号',
  'sales-order': 'No. 订单编号',
  'production-order': 'No. 命令单号',
  'change-form': 'No. 变更单号',
  'outbound-slip': 'No. 出库单号',
}

const LABEL: Record<FormLabel, string> = {
  date: 'Date 日期',
  quoteDate: 'Date 报价日期',
  issued: 'Issued 下达日期',
  slipIssued: 'Issued 开单日期',
  signed: 'Signed 签订日期',
  salesOrderSigned: 'Signed 签发日期',
  order: 'Order 订单号',
  revision: 'Revision 版本',
  status: 'Status 状态',
  channel: 'Channel 渠道',
  sourceRef: 'Source 来源',
  source: 'Source 来源',
  requested: 'Requested 要求交期',
  rush: 'Rush 加急',
  priority: 'Priority 优先级',
  externalRef: 'External ref 外部编号',
  yourRef: 'Your ref 贵方编号',
  note: 'Note 备注',
  contract: 'Contract 合同号',
  validUntil: 'Valid until 有效期至',
  deliveryPeriod: 'Delivery 交货期',
  delivery: 'Delivery 交货日期',
  promised: 'Promised 交货日期',
  promisedToCustomer: 'Promised 客户交期',
  payment: 'Payment 付款方式',
  slipPayment: 'Payment 付款',
  deposit: 'Deposit 定金',
  validity: 'Validity 有效期',
  approval: 'Approval 审批',
  accepted: 'Accepted 已接受',
  byLine: 'By line 分行交期',
  quotationApproval: 'Quotation 报价审批',
  supply: 'Supply 供货',
  total: 'Total 合计',
  slipTotal: 'Slip total 本单合计',
  paid: 'Paid 已付',
  balance: 'Balance 余额',
  mc: 'MC 物控负责人',
  due: 'Due 要求完成',
  committed: 'Committed 承诺完成',
  orderLine: 'Order line 订单行',
  stillToMake: 'Still to make 未完成',
  rating: 'Rating 评价',
  change: 'Change 变更申请',
  cancel: 'Cancel 取消',
  deliveryFrom: 'Delivery from 原交期',
  deliveryTo: 'Delivery to 新交期',
  whyMc: 'Why MC 提交原因',
  mcDecision: 'MC decision 物控意见',
  customerDecision: 'Customer 客户意见',
  shipDate: 'Ship date 发货日期',
  carrier: 'Carrier 承运',
  tracking: 'Tracking 运单号',
  unpaidRelease: 'Unpaid release 欠款放行',
  sent: 'Sent 发出',
  delivered: 'Delivered 送达',
  customer: 'Customer 客户',
  buyer: 'Buyer 需方',
  shipTo: 'Ship to 收货',
  contact: 'Contact 联系人',
  phone: 'Tel 电话',
  taxId: 'Tax ID 税号',
  bank: 'Bank 开户行',
  amountInWords: 'Amount in words 大写金额',
}

const COLUMN: Record<FormColumn, string> = {
  no: '#\n序',
  sku: 'SKU\n货号',
  product: 'Product\n品名',
  unit: 'Unit\n单位',
  qty: 'Qty\n数量',
  unitPrice: 'Unit price\n单价',
  discount: 'Disc.\n折扣',
  amount: 'Amount\n金额',
  qtyFrom: 'Qty from\n原数量',
  qtyTo: 'Qty to\n新数量',
  qtyChange: 'Change\n增减',
  done: 'Done\n已入库',
  qcRejected: 'QC rej.\n不合格',
  due: 'Due\n要求完成',
}

const SIGNER: Record<FormSigner, string> = {
  clerk: 'Clerk\n业务员',
  manager: 'Department manager\n业务部经理',
  mc: 'Material control\n物控部',
  logistics: 'Logistics\n物流部',
  customer: 'Customer\n客户',
}

const SIGNATURE_NOTE: Record<SignatureNote, string> = {
  recorded: 'recorded 记录',
  offered: 'offered 报价',
  approved: 'approved 批准',
  approvalNotRequired: 'approval not required',
  confirmed: 'confirmed 确认',
  acknowledged: 'acknowledged 回签',
  forSeller: 'for the seller 供方代表',
  quotationApproved: 'quotation approved 报价审批',
  forBuyer: 'for the buyer 需方代表 (signature and seal 签字盖章)',
  prepared: 'prepared 制单',
  signed: 'signed 签发',
  dispatched: 'issued 下达',
  issued: 'issued 开单',
  unpaidRelease: 'unpaid release 放行',
  sent: 'sent 发货',
  received: 'received 签收',
  requested: 'requested 提出',
}

const BANNER: Record<FormBanner, string> = {
  orderCancelled: 'CANCELLED 已取消 — this order was cancelled by a customer change',
  productionCancelled: 'CANCELLED 已取消 — withdrawn by a customer change',
  productionAwaitingSignoff: "NOT IN FORCE 未生效 — awaiting the department manager's signature (production sign)",
  changeTerminated: 'TERMINATED 已终止 — the change ended; the order stays as it was',
  quoteDraft: "DRAFT 草稿 — awaiting the sales manager's approval; not to be sent",
  quoteRejected: 'REJECTED 已驳回 — not to be sent',
}

const NOTE: Record<FormNote, string> = {
  inquiry: 'Prices are list prices or as quoted on the phone; the delivery date follows the stock check with material control. 价格及交期以库存核对后的报价为准。',
  contractTerms: 'The goods are delivered by the date above against payment as agreed; quantities and prices as listed. 供方按上述交期交货，需方按约定付款。',
  salesOrder: 'In force once signed by the sales manager. 经业务部经理签字后生效。',
  productionOrder: 'In force once signed by the department manager; material control accepts it with a completion date. 经业务部经理签字生效，物控部确认完成日期后接单。',
  outboundSlip: 'Received in good order; please sign and return. 货物验收无误，请签收回单。',
}

const MC_DECISION = named({ agree: 'agreed 同意', agreed: 'agreed 同意', refuse: 'refused 不同意', refused: 'refused 不同意' })
const CUSTOMER_DECISION = named({ accept: 'accepted 接受', accepted: 'accepted 接受', reject: 'rejected 拒绝', rejected: 'rejected 拒绝' })

const money = formatMoneyGrouped


// issue 19: master
const PARTY_FIELD: Record<PartyField, string> = {
  company: 'Company 单位名称',
  address: 'Address 地址',
  representative: 'Representative 法定代表人/委托代理人',
  contact: 'Contact 联系人',
  phone: 'Tel 电话',
  taxId: 'Tax ID 纳税人识别号',
  bank: 'Bank 开户行',
  account: 'Account 账号',
}

const CLAUSE: Record<ClauseKind, string> = {
  quality: 'Quality 质量标准',
  delivery: 'Place and way of delivery 交货地点及方式',
  breach: 'Liability for breach 违约责任',
  disputes: 'Disputes 解决合同纠纷的方式',
}

/** The messages about printed forms in English. */
export const form: Words<FormMessages> = {
  'form.refShape': () => 'give an order number like 26-00001 or a document number like 26-00001-CT1',
  'form.otherKind': (p) => `that is ${aName(p.is)}, not ${aName(p.wanted)}; print it with \`orderdesk print ${p.is} ${p.ref}\``,
  'form.noOrder': (p) => `there is no order ${p.order}`,
  'form.orderHas': (p) => `order ${p.order} has ${p.numbers.join(', ')}`,
  'form.onlyCurrent': (p) => `only the current one, ${p.current}, can be printed`,
  'form.notYet': (p) => `no ${NAME[p.form]} for order ${p.order} yet: it is ${p.status}; ${NOT_YET[p.hint](p.order)}`,
  'form.neverOffered': (p) => `there is no quotation for order ${p.order}: it is ${p.status}${p.reason ? ` (${p.reason})` : ''} and was never offered`,
  'form.allFromStock': (p) => `order ${p.order} has no production order: every line was supplied from stock`,
  'form.noChangeForm': (p) =>
    `no change form for order ${p.order} yet: a production plan change form is filled in when a customer change needs production to change (\`orderdesk change request ${p.order} ...\`)`,
  'form.latestOfSeveral': (p) =>
    p.form === 'production-order'
      ? `order ${p.order} has ${p.others.length + 1} production orders; this is the latest, ${p.latest} (print the others by number: ${p.others.join(', ')})`
      : `order ${p.order} has ${p.others.length + 1} outbound slips; this is the latest, ${p.latest} (the others: ${p.others.join(', ')})`,

  'form.unknownForm': (p) => `must be one of ${p.forms.join(', ')}`,
  'form.outLabel': () => 'the form to',
  'form.written': (p) => `${p.form.replace('-', ' ')} ${p.number} written to ${p.file} (${p.format})`,
  'form.noCompanyName': () =>
    'company.name is not set, so the form has no company header; set it with `orderdesk settings set company.name <name>` (and company.address, company.phone, company.taxId, company.bank)',

  'form.title': (p) => TITLE[p.form],
  'form.numberLabel': (p) => NUMBER_LABEL[p.form],
  'form.label': (p) => LABEL[p.label],
  'form.labelled': (p) => `${LABEL[p.label]} ${p.value}`,
  'form.column': (p) => COLUMN[p.column],
  'form.signer': (p) => SIGNER[p.signer],
  'form.signatureNote': (p) => SIGNATURE_NOTE[p.note],
  'form.banner': (p) => BANNER[p.banner],
  'form.note': (p) => NOTE[p.note],
  'form.none': () => '—',
  'form.dateOpen': () => '—',
  'form.yesNo': (p) => (p.yes ? 'yes 是' : 'no 否'),
  'form.priorityValue': (p) => (p.rush ? 'RUSH 加急' : 'normal 普通'),
  'form.footer': (p) => `${p.number}   printed 打印 ${p.today}   orderdesk`,
  'form.pageCounter': (p) => `Page 第 ${p.page} / ${p.pages} 页`,

  'form.paymentTerms': (p) => (p.method ? `${p.method}${p.due ? `, due 付款期限 ${p.due}` : ''}` : 'to be agreed 待定'),
  'form.deposit': (p) => `${p.pct} % = ${money(p.amount)}`,
  'form.depositPercent': (p) => `${p.pct} %`,
  'form.sourceOf': (p) => [p.channel, p.ref].filter(Boolean).join(', '),
  'form.deliveryTerms': (p) =>
    p.promised ? `by ${p.promised}${p.requested ? `   (requested 要求 ${p.requested})` : ''}` : p.requested ? `requested 要求 ${p.requested}` : '—',

  'form.bannerLost': (p) => `LOST 已终止 — the inquiry ended${p.reason ? `: ${p.reason}` : ''}`,
  'form.bannerConfirmationSuperseded': (p) => `SUPERSEDED 已取代 — contract ${p.by} replaces ${p.number}`,
  'form.bannerContractSuperseded': (p) => `SUPERSEDED 已取代 — see ${p.by}`,
  'form.bannerQuoteExpired': (p) => `EXPIRED 已过期 — valid until ${p.validUntil}`,

  'form.noteConfirmation': (p) =>
    `Thank you for your order. We confirm it as below, under contract ${p.contract} of ${p.signed}. Please check and return a signed copy. 感谢惠顾，兹确认贵方订单如下，请核对后签字回传。`,
  'form.noteConfirmationAmended': (p) => `This confirmation shows the order as changed since the contract (revision ${p.revision}). 本确认书已按订单变更更新。`,
  'form.noteContractAmended': (p) =>
    `Amended: this contract was signed at revision ${p.signedRevision}; it shows the order as changed since (revision ${p.revision}). 本合同已按变更修订。`,
  'form.noteContractSuperseded': (p) => `Superseded by contract ${p.by}. 本合同已被 ${p.by} 取代。`,
  'form.noteRevisedOffer': (p) => `Revised offer no. ${p.seq}; it replaces the earlier ones. 第${p.seq}次报价，替代之前的报价。`,

  'form.validity': (p) => `${p.days} days from the stock check of ${p.checked} 自库存核对起${p.days}天`,
  'form.approvedBy': (p) => `approved by ${p.who} ${p.date}${p.reasons.length ? ` (${p.reasons.join('; ')})` : ''}`,
  'form.approvalPending': (p) => `awaiting the manager's approval 待审批 (${p.reasons.join('; ')})`,
  'form.approvalRejectedBy': (p) => `rejected by ${p.who} ${p.date}: ${p.reason}`,
  'form.approvalNotRequired': () => 'not required 无需审批',
  'form.acceptedBy': (p) => `contract 合同 ${p.contract} signed ${p.signed}`,
  'form.acceptedOn': (p) => `accepted ${p.date}`,
  'form.lineDate': (p) => `${p.no}. ${p.sku}: ${p.produced ? 'to be produced 生产' : 'from stock 现货'}, by ${p.date ?? '—'}`,

  'form.supplyFromStock': (p) => `${p.sku} × ${p.qty} from stock 库存`,
  'form.supplyProduction': (p) => `${p.sku} × ${p.qty} production order 生产命令单 ${p.number} (MC ${p.mc}, due ${p.due})`,

  'form.productionRejected': (p) => `rejected 退回: ${p.reason}`,
  'form.productionInProgress': (p) => `in progress 生产中 ${p.progress}%`,
  'form.productionAccepted': (p) => `accepted, completion by 承诺完成 ${p.committed}${p.done ? `; done 完工 ${p.done}` : ''}`,
  'form.productionToAccept': () => 'to accept with a completion date 待接单',
  'form.orderLineSupply': (p) => `${p.qty} ${p.unit} ordered 订购, ${p.stock} from stock 库存, ${p.shortfall} to make 待生产`,

  'form.customerCancels': () => 'the customer cancels the order 客户取消订单',
  'form.mcOpinion': (p) => `${MC_DECISION(p.decision)}${p.date ? `, new date 新交期 ${p.date}` : ''}${p.reason ? `: ${p.reason}` : ''}`,
  'form.mcToDecide': () => 'to decide 待确认',
  'form.customerDecisionValue': (p) => CUSTOMER_DECISION(p.decision),

  'form.slipPaid': (p) => `paid 已付 ${money(p.paid)} of ${money(p.total)} (${p.status})`,
  'form.unpaidApprovedBy': (p) => `approved by ${p.who}: ${p.reason}`,
  'form.deliveredOn': (p) => `${p.date}${p.late ? ' (late 延迟)' : ''}`,
  'form.receivedOn': (p) => `received 签收 ${p.date}`,

  // issue 19: approvals bind to what was approved
  'form.approvedTotal': (p) => `${p.approved}; total approved 审批金额 ${money(p.total)} (this form 本单 ${money(p.now)})`,
  // issue 19: master (both parties' blocks with 签章 boxes, the contract's numbered terms)
  'form.partyTitle': (p) => (p.party === 'seller' ? 'Seller 供方' : 'Buyer 需方'),
  'form.partyField': (p) => PARTY_FIELD[p.field],
  'form.partySeal': () => 'Seal and signature 签章',
  'form.clausesTitle': () => 'Terms 合同条款',
  'form.clause': (p) => `${p.n}. ${CLAUSE[p.clause]}`,
  'form.labelSeparator': () => ': ',
  // issue 19: issued documents
  'form.recordNote': (p) =>
    p.record === 'draft'
      ? 'DRAFT 草稿: current data, not an issued document 按当前资料，非正式单据'
      : 'Printed from current data 按当前资料打印: no copy kept at issue 开出时未存档',
  // issue 19: refundforms
  'form.paymentsTitle': (p) => `Payments as of ${p.date} 收付款记录（截至 ${p.date}）`,
  'form.paymentColumn': (p) =>
    ({ number: 'Payment no.\n单号', date: 'Date\n日期', kind: 'Kind\n类别', method: 'Method / bank ref.\n方式 / 流水号', amount: 'Amount\n金额' })[p.column],
  'form.paymentKind': (p) => `${p.kind === 'refund' ? 'refund 退款' : p.kind === 'payment' ? 'payment 回款' : p.kind}${p.voided ? ' VOID 作废' : ''}`,
  'form.paymentMethodRef': (p) => [p.method, p.ref].filter(Boolean).join(' / ') || '—',
  'form.noPayments': () => 'none recorded 暂无',
  'form.paymentSum': (p) =>
    ({ received: 'Received 已收', refunded: 'Refunded 已退', netPaid: 'Net paid 实收', balanceDue: 'Balance due 未收', refundDue: 'Refund due 应退' })[p.sum],
}
