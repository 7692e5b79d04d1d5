import type { ChangeReason, PlanLineKey } from '../../domain/change-plan.js'
import type { ChangeColumn, ChangeDifference, ChangeMessages } from '../../domain/messages/change.js'
import type { ApprovalReason } from '../../domain/quote-approval.js'
import type { Words } from '../words.js'
import { names } from './names.js'
import { order } from './order.js'

const money = (minor: number) => names['name.money']({ minor })
/** Why an offer needs a quotation approval, in words (issue 19). */
const approval = (reasons: readonly ApprovalReason[]) => reasons.map((r) => order['order.approvalReason'](r)).join('；')
const orderStatus = (status: string) => names['name.orderStatus']({ status })
const changeStatus = (status: string) => names['name.changeStatus']({ status })

const reason = (r: ChangeReason): string => {
  switch (r.kind) {
    case 'more':
      return `${r.sku}：需多生产 ${r.qty}`
    case 'less':
      return `${r.sku}：需少生产 ${r.qty}`
    case 'newProduct':
      return `${r.sku}：新增产品，需生产 ${r.qty}`
    case 'underWay':
      return `${r.sku}：生产进行中，尚有 ${r.qty} 未完工`
    case 'dateTooEarly':
      return `交期 ${r.date} 早于生产可完工日期 ${r.ready}`
  }
}

const planLine = (l: PlanLineKey) => `${l.sku}：${l.from}→${l.to}，预留 ${l.reserve}，释放 ${l.release}，生产 ${l.produce}`

const difference = (d: ChangeDifference): string => {
  switch (d.kind) {
    case 'goodsLeft':
      return `货物已出库（${d.shipment}）`
    case 'orderNow':
      return `订单当前状态为 ${orderStatus(d.status)}`
    case 'mcNow':
      return '现在需要变更生产'
    case 'stockNow':
      return '现在库存即可满足'
    case 'lines':
      return `原为 [${d.was.map(planLine).join('；')}]，现为 [${d.now.map(planLine).join('；')}]`
    case 'total':
      return `合计原为 ${money(d.from)}，现为 ${money(d.to)}`
    case 'said':
      return d.text
  }
}

const COLUMN: Record<ChangeColumn, string> = {
  change: '变更单号',
  order: '订单号',
  customer: '客户',
  status: '状态',
  form: '计划变更单',
  what: '变更内容',
  promised: '交期',
  sku: '产品编号',
  from: '原数量',
  to: '新数量',
  reserve: '预留',
  release: '释放',
  make: '生产 ±',
}

const STEP = { confirm: '确认', decide: '评审', approve: '审批' } as const

/** The change messages in Chinese (the glossary: docs/glossary.md). */
export const change: Words<ChangeMessages> = {
  'change.seeList': () => '查看 `orderdesk change list`',
  'change.wrongState': (p) =>
    `无法${STEP[p.step]}客户变更 ${p.change}：当前状态为 ${changeStatus(p.status)}（需为 ${p.needs.map(changeStatus).join(' 或 ')}）`,
  'change.changedMeanwhile': (p) => `客户变更 ${p.change} 已被他人修改，请重新查看`,
  'change.stale': (p) => {
    const what = p.since.map((e) => `${names['name.action']({ action: e.action })} ${e.ref}（${e.actor}）`).join('，')
    return `订单 ${p.order} 在客户变更 ${p.change} 评估后已有变动（版本 ${p.revision.from} → ${p.revision.to}${what ? `：${what}` : ''}）：${p.differences.map(difference).join('；')}；请用 \`orderdesk change confirm ${p.change} --customer reject\` 终止该变更，再重新登记`
  },
  'change.difference': difference,
  'change.noMc': () => '没有可下达生产的物控用户',
  'change.dateNeeded': () => '物控同意时须给出新交期（--date）',
  'change.dateBeforeToday': (p) => `不能早于今天（${p.today}）`,
  'change.reasonNeeded': () => '请说明物控拒绝的原因',
  'change.sourceRefFlag': (p) => `--source-ref（变更来源的${p.channel === 'fax' ? '传真号' : '电话录音编号'}）`,
  'change.goodsSent': (p) => `订单 ${p.order} 无法变更：货物已出库（${p.shipment}）；请改为登记投诉或新建订单`,
  'change.alreadyOpen': (p) => `订单 ${p.order} 已有未完成的客户变更 ${p.change}（${changeStatus(p.status)}），请先处理完`,
  'change.noSuchProduct': () => '没有该产品',

  'change.reason': reason,
  'change.cancelAlone': () => '取消订单时不能同时修改明细或交期',
  'change.itemTwice': () => '每个产品只能给一次',
  'change.belowShipped': (p) => `${p.sku}：已有 ${p.shipped} 在出库单上，数量不能低于此数`,
  'change.notProducible': (p) => `${p.sku}：库存只能再提供 ${p.available}，且该产品不能生产，无法满足此变更`,
  'change.changesNothing': () => '没有任何变更：请给出 --item sku=qty、--date 或 --cancel',

  'change.sayWhat': () => '请说明变更内容：--item sku=qty、--date <date> 或 --cancel',
  'change.recordedFromStock': (p) => `客户变更 ${p.change} 已登记：库存可满足；新合计 ${money(p.total)}，交期 ${p.date}`,
  'change.recordedForMc': (p) => `客户变更 ${p.change} 已登记：需变更生产（${p.reasons.map((r) => reason(r.params)).join('；')}）；生产计划变更单 ${p.form} 已发给物控`,
  'change.nextDecide': (p) => `orderdesk change decide ${p.change} --mc agree --date <date> | --mc refuse --reason <text>   （物控）`,
  'change.nextTellCustomer': (p) => `先告知客户，再运行 orderdesk change confirm ${p.change} --customer accept|reject`,
  'change.reasonWithRefuse': () => '只能与 --mc refuse 一起使用',
  'change.mcAgrees': (p) => `物控同意客户变更 ${p.change}：新交期 ${p.date}`,
  'change.mcRefuses': (p) => `物控拒绝客户变更 ${p.change}：${p.reason}；订单保持不变（请告知客户原因）`,
  'change.applied': (p) => `客户变更 ${p.change} 已执行：订单 ${p.order} 状态为 ${orderStatus(p.orderStatus)}，版本 ${p.revision}，合计 ${money(p.total)}`,
  'change.ended': (p) => `客户变更 ${p.change} 已终止：客户不接受；订单 ${p.order} 保持不变`,
  'change.noSuchOrder': () => '没有该订单',

  'change.none': () => '没有客户变更',
  'change.column': (p) => COLUMN[p.column],
  'change.what': (p) =>
    p.cancel ? '取消订单' : [...p.lines.map((l) => `${l.sku} ${l.from}→${l.to}`), ...(p.date ? [`交期→${p.date}`] : [])].join('，'),

  // issue 19: approvals bind to what was approved
  'change.approvalNeeded': (p) =>
    `客户变更 ${p.change} 的新报价须先经业务部经理审批（${approval(p.reasons)}）；请业务部经理执行 \`orderdesk quote approve ${p.order}\` 审批后，再确认该变更`,
  'change.approvalNotRequired': (p) =>
    `按当前设置，客户变更 ${p.change} 的新报价无需重新审批；请与客户确认：\`orderdesk change confirm ${p.change} --customer accept|reject\``,
  'change.alreadyApproved': (p) => `客户变更 ${p.change} 的新报价已由 ${p.by} 审批通过`,
  'change.offerApproved': (p) => `客户变更 ${p.change}（订单 ${p.order}）的新报价已由 ${p.by} 审批通过：合计 ${money(p.total)}（${approval(p.reasons)}）`,
  'change.needsApproval': (p) => `新报价须经业务部经理审批后才能确认该变更（${approval(p.reasons)}）：orderdesk quote approve ${p.order}`,
  'change.approvalValue': (p) =>
    p.status === 'pending' ? `；待经理审批新报价（${approval(p.reasons)}）` : `；新报价已由 ${p.by} ${p.date ?? ''} 审批，合计 ${money(p.total ?? 0)}`,
  'change.awaitingApproval': (p) => `${p.status}，待审批`,
  // issue 19: changereject
  'change.noOpenChange': (p) => `订单 ${p.order} 没有待审批新报价的客户变更；查看 \`orderdesk change list --order ${p.order}\``,
  'change.offerRejected': (p) => `客户变更 ${p.change}（订单 ${p.order}）的新报价已被 ${p.by} 驳回：${p.reason}；该变更已终止，订单保持不变（请告知客户原因）`,
  'change.rejectedEnded': (p) => `客户变更 ${p.change} 已终止：新报价已被 ${p.by} 于 ${p.date} 驳回（${p.reason}）；如客户仍需变更，请重新登记`,
  'change.rejectedValue': (p) => `；新报价已被 ${p.by} ${p.date} 驳回：${p.reason}`,
}
