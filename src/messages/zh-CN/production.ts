import type { ProductionColumn, ProductionMessages } from '../../domain/messages/production.js'
import { PRODUCTION_STEPS, type ProductionStep } from '../../domain/production-status.js'
import type { Words } from '../words.js'
import { names } from './names.js'

/** What each step does, for "生产命令单 X 无法…". */
const VERB: Record<ProductionStep, string> = {
  accept: '接单',
  reject: '拒单',
  progress: '报告进度',
  done: '完工入库',
  dispatch: '重新下达',
  rate: '评价',
  sign: '签发',
  reopen: '撤回完工',
}

const COLUMN: Record<ProductionColumn, string> = {
  mo: '生产单号',
  order: '订单号',
  customer: '客户',
  sku: '产品编号',
  product: '产品',
  qty: '数量',
  done: '已完工',
  due: '交期',
  committed: '承诺日期',
  progress: '进度',
  status: '状态',
  mc: '物控',
  age: '天数',
  productionOrder: '生产命令单',
  dispatchedTo: '下达给',
}

const status = (s: string) => names['name.productionStatus']({ status: s })

/** The production messages in Chinese (the glossary: docs/glossary.md). */
export const production: Words<ProductionMessages> = {
  'production.seeList': () => '查看 `orderdesk production list`',
  'production.wrongState': (p) => {
    const s = PRODUCTION_STEPS[p.step]
    return `生产命令单 ${p.number} 无法${VERB[p.step]}：当前状态为 ${status(p.status)}（\`${s.command}\` 需为 ${s.from.map(status).join(' 或 ')}）`
  },
  'production.dateBeforeToday': (p) => `不能早于今天（${p.today}）`,
  'production.qtyNotPositive': () => '须为正整数',
  'production.qtyOverRemaining': (p) => `${p.number} 只剩 ${p.remaining} 未完工`,
  'production.rejectedRange': (p) => `须为 0 到 ${p.qty} 的整数`,
  'production.notMc': () => '须为物控角色（mc）的用户',
  'production.noOtherMc': () => '没有其他物控用户可下达；请用 --assign 指定',
  'production.scoreRange': () => '须为 1 到 5 的整数',
  'production.reasonEmpty': () => '不能为空',
  'production.percentRange': () => '须为 0 到 100 的整数',

  'production.askDate': () => '物控承诺完工日期',
  'production.accepted': (p) => `生产命令单 ${p.number} 已接单，承诺 ${p.date} 前完工；订单状态为 ${names['name.orderStatus']({ status: p.orderStatus })}`,
  'production.atRisk': (p) => `${p.date} 晚于答应客户的交期：订单已标记为有延期风险，提醒业务员`,
  'production.dispatched': (p) => `生产命令单 ${p.number} 已下达给 ${p.assignee}`,
  'production.reported': (p) =>
    `${p.number} 完工入库 ${p.good}${p.rejected ? `，质检不合格 ${p.rejected}` : ''}；${p.remaining ? `尚有 ${p.remaining} 待生产` : '生产命令单已完工'}`,
  'production.orderReady': () => '货物已入库：订单可以发货（业务员：请与客户商定发货日期）',
  'production.rejectedWhole': () => '须为整数',
  'production.statusOneOf': (p) => `须为以下之一：${p.statuses.join('、')}`,
  'production.askPercent': () => '完成百分比',
  'production.percentHint': () => '0 到 100',
  'production.progressed': (p) => `生产命令单 ${p.number} 进度 ${p.percent}%`,
  'production.askScore': () => '评分 1-5',
  'production.scoreHint': () => '1 到 5',
  'production.rated': (p) => `生产命令单 ${p.number} 评分 ${p.score}/5`,
  'production.askReason': () => '拒单原因？',
  'production.sayWhy': () => '请说明原因',
  'production.rejected': (p) => `生产命令单 ${p.number} 已拒单：${p.reason}`,
  'production.nextDispatch': (p) => `orderdesk production dispatch ${p.number} --assign <物控用户>   （业务员）`,

  'production.noneMatch': () => '没有符合条件的生产命令单',
  'production.column': (p) => COLUMN[p.column],
  'production.ageDays': (p) => `${p.days}天`,

  // issue 19: production sign-off and reopen
  'production.awaitingSignoff': (p) =>
    `生产命令单 ${p.number} 无法${VERB[p.step]}：尚待业务部经理签字，未生效——请经理先执行 \`orderdesk production sign ${p.number}\``,
  'production.signed': (p) => `生产命令单 ${p.number} 已由 ${p.by} 签发生效，下达给 ${p.assignee}`,
  'production.nextAcceptSigned': (p) => `orderdesk production accept ${p.number} --date <日期>   （物控 ${p.assignee}）`,
  'production.reopenOverDone': (p) => `${p.number} 只登记了 ${p.done} 完工`,
  'production.nothingDone': (p) => `生产命令单 ${p.number} 尚未登记完工，没有可撤回的完工`,
  'production.reopenGoodsLeft': (p) =>
    `无法撤回 ${p.number} 的完工：订单 ${p.order} 状态为 ${names['name.orderStatus']({ status: p.status })}，货物已开出库单或已发出——货物退回后请登记退货（\`orderdesk return receive ${p.order}\`）`,
  'production.reopenOrderCancelled': (p) =>
    `无法撤回 ${p.number} 的完工：订单 ${p.order} 已取消，货物已释放为可用库存——请用 \`orderdesk stock adjust\` 调整库存`,
  'production.reopenNotReserved': (p) =>
    `无法在 ${p.number} 上撤回 ${p.qty} 件 ${p.sku}：该订单行只剩 ${p.reserved} 件预留（其余已因变更释放）——请用 \`orderdesk stock adjust\` 调整可用库存`,
  'production.notManager': () => '须为业务部经理角色（manager）的用户',
  'production.askManager': () => '签核本次更正的业务部经理',
  'production.askReopenQty': () => '撤回数量',
  'production.askReopenReason': () => '撤回完工的原因？',
  'production.reopened': (p) => `${p.number} 撤回完工 ${p.qty}，货物已出库冲回（经理 ${p.by} 签核）：已完工 ${p.doneQty}，尚有 ${p.remaining} 待生产`,
}
