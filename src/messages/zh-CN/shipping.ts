import type { ShippingMessages } from '../../domain/messages/shipping.js'
import { formatMoney } from '../../domain/money.js'
import type { Words } from '../words.js'
import { names } from './names.js'

const orderStatus = (status: string) => names['name.orderStatus']({ status })
const shipmentStatus = (status: string) => names['name.shipmentStatus']({ status })
const money = (minor: number) => names['name.money']({ minor })

const SLIP_COLUMN: Record<ShippingMessages['shipping.slipColumn']['column'], string> = { slip: '出库单', sku: '产品编号', qty: '数量' }

/** The shipping messages in Chinese (the glossary: docs/glossary.md). */
export const shipping: Words<ShippingMessages> = {
  'shipping.dateBeforeToday': (p) => `发货日期不能早于今天（${p.today}）`,
  'shipping.unpaidReasonEmpty': () => '请说明为何可以未付清就发货',
  'shipping.allOnShipment': (p) => `订单 ${p.order} 的货物已全部开出货物出库单；下一步：orderdesk ship send ${p.order}`,
  'shipping.notPaid': (p) =>
    `订单 ${p.order} 尚未付清（${names['name.paymentStatus']({ status: p.status })}：已付 ${money(p.paid)}，合计 ${money(p.total)}）；请先登记回款：\`orderdesk payment record ${p.order} --amount ${formatMoney(p.total - p.paid)}\`，或由经理用 --allow-unpaid --reason 批准未付清发货`,
  'shipping.notOnOrder': (p) => `出库单 ${p.shipment} 不属于订单 ${p.order}`,
  'shipping.nothingWaiting': (p) => `订单 ${p.order} 没有待发出的出库单；请先开出库单：\`orderdesk ship ${p.order} --date <date>\``,
  'shipping.alreadyGone': (p) => `出库单 ${p.shipment} 的状态已是 ${shipmentStatus(p.status)}`,
  'shipping.deliveryAfterToday': (p) => `送达日期不能晚于今天（${p.today}）`,
  'shipping.nothingOnTheWay': (p) => `订单 ${p.order} 没有在途的货物；请先发货：\`orderdesk ship send ${p.order}\``,
  'shipping.notOnTheWay': (p) => `出库单 ${p.shipment} 的状态是 ${shipmentStatus(p.status)}，不在途中`,
  'shipping.beforeSent': (p) => `早于货物发出的日期（${p.sent}）`,
  'shipping.nothingLeft': () => '该订单的货物已全部开出出库单',
  'shipping.productNotOnOrder': () => '订单上没有这个产品',
  'shipping.onlyLeft': (p) => `${p.sku} 只剩 ${p.available} 可发货`,
  'shipping.reasonNeedsOverride': () => '须与 --allow-unpaid 一起使用',
  'shipping.askDate': () => '与客户约定的发货日期',
  'shipping.askUnpaidReason': () => '为什么可以在付清前发货？',
  'shipping.slipIssued': (p) => `已开货物出库单 ${p.slip}（订单 ${p.order}），发货日期 ${p.date}${p.unpaid ? '（已批准未付清发货）' : ''}`,
  'shipping.nextSend': (p) => `orderdesk ship send ${p.order}   （物流部，货物出库时）`,
  'shipping.sent': (p) => `出库单 ${p.shipment} 已发出；订单 ${p.order} 的状态为 ${orderStatus(p.status)}`,
  'shipping.nextDeliver': (p) => `orderdesk ship deliver ${p.order}   （货物送达时）`,
  'shipping.delivered': (p) =>
    `出库单 ${p.shipment} 已送达（${p.onTime ? '按时' : `延迟 ${p.daysLate} 天`}）；订单 ${p.order} 的状态为 ${orderStatus(p.status)}`,
  'shipping.nextFeedback': (p) => `orderdesk feedback add ${p.order} --rating <1-5>   （客户满意度调查）`,
  'shipping.slipColumn': (p) => SLIP_COLUMN[p.column],
}
