import type { StockMessages } from '../../domain/messages/stock.js'
import type { Words } from '../words.js'

/** The stock messages in Chinese (the glossary: docs/glossary.md). */
export const stock: Words<StockMessages> = {
  'stock.belowReserved': (p) => `无法将 ${p.sku} 调整 ${p.qty}：调整后库存为 ${p.onHand}，但已有 ${p.reserved} 为订单预留`,
  'stock.lostReason': (p) => (p.why === 'mc_refused' ? `${p.sku} 无法生产：${p.reason}` : `${p.sku} 缺货 ${p.shortfall}，且不可生产`),
  'stock.gone': (p) =>
    `报价后 ${p.sku} 的库存已被占用：订单 ${p.order} 需要 ${p.needed}，可用 ${Math.max(0, p.available)}；请重新运行 \`orderdesk stock check ${p.order}\``,

  'stock.headSku': () => '产品编号',
  'stock.headName': () => '名称',
  'stock.headProduct': () => '产品',
  'stock.headOnHand': () => '库存',
  'stock.headReserved': () => '已预留',
  'stock.headAvailable': () => '可用',
  'stock.headOrdered': () => '订购数量',
  'stock.headShortfall': () => '缺货',
  'stock.headSource': () => '来源',
  'stock.headDate': () => '交期',

  'stock.askSku': () => '产品编号',
  'stock.askReceivedQty': () => '入库数量',
  'stock.received': (p) => `已入库 ${p.sku} ${p.qty} ${p.unit}；库存 ${p.onHand}，可用 ${p.available}`,
  'stock.askChange': () => '调整数量（+n / -n）',
  'stock.askReason': () => '原因',
  'stock.adjusted': (p) => `已调整 ${p.sku} ${p.qty > 0 ? '+' : ''}${p.qty}；库存 ${p.onHand}，可用 ${p.available}`,
  'stock.signedQty': () => '应为非零整数，如 +5 或 -3',

  'stock.checkTitle': (p) => `订单 ${p.order} 库存查询（${p.customer} ${p.name}）`,
  'stock.tellOffer': (p) => {
    const against = p.requested ? (p.daysLate > 0 ? `，比客户要求交期 ${p.requested} 晚 ${p.daysLate} 天` : `，可满足客户要求交期 ${p.requested}`) : ''
    return `告知客户：我们可在 ${p.date} 前交货${against}；请与客户约定付款时间和付款方式，然后签订销售合同。`
  },
  'stock.tellLost': (p) => `告知客户我们无法供货：${p.reason}。此询价意向结束。`,
  'stock.reasonWithoutSku': () => '--reason 须与 --not-producible <sku> 一起使用',
  'stock.askWhyNotProducible': () => '无法生产的原因？',
  'stock.shortNote': (p) => `订单 ${p.order}：${p.count} 个产品库存不足，请向物控确认何时能生产出来。`,
  'stock.askMcAnswer': (p) => `${p.sku}：缺货 ${p.shortfall}（可用 ${p.available}）。物控的答复？`,
  'stock.canMakeBy': (p) => `可在 ${p.date} 前完成（按生产周期）`,
  'stock.canMakeOther': () => '可在另一日期前完成',
  'stock.cannotProduce': () => '无法生产',
  'stock.askCompletion': (p) => `${p.sku} 的完成日期`,
  'stock.dateOnly': () => '应为日期 YYYY-MM-DD',
  'stock.offered': (p) => `订单 ${p.order} 已报价：交期 ${p.date}`,
  'stock.ifAccepts': (p) => `${p.command}   （客户接受）`,
  'stock.ifDeclines': (p) => `${p.command}   （客户放弃）`,
}
