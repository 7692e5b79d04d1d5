import type { LinePrice, LinesMessages } from '../../domain/messages/lines.js'
import { formatMoney } from '../../domain/money.js'
import type { Words } from '../words.js'

/** 单价及折扣：`21.00`、`21.00（折扣 5%）`。 */
const price = (p: LinePrice) => `${formatMoney(p.unitPrice)}${p.discountBp ? `（折扣 ${p.discountBp / 100}%）` : ''}`

/** 订单明细行的提示（一个产品一行、按行号变更、免费行）。 */
export const lines: Words<LinesMessages> = {
  // issue 19: lines
  'lines.merged': (p) => `${p.sku} 录入了 ${p.parts.length} 次（${p.parts.join(' + ')}），已合并为一行，数量 ${p.qty}`,
  'lines.priceClash': (p) => `${p.sku} 录入了两次且单价不同（${price(p.first)} 与 ${price(p.other)}）：同一产品只能有一行，请按约定单价只录入一次`,
  'lines.skuOnLines': (p) => `${p.sku} 在本订单的第 ${p.lines.join('、')} 行：请用 --line <行号>=<数量> 指明要改哪一行`,
  'lines.noSuchLine': (p) => `订单没有这一行（现有行号：${p.lines.join('、') || '无'}；见 \`orderdesk order show\`）`,
  'lines.notALine': () => '格式应为 <行号>=<数量> 或 <行号>=<数量>@<单价>，例如 2=8',
  'lines.lineTwice': (p) => `第 ${p.line} 行给了两次：每行只能给一次`,
  'lines.zeroPriceNeedsFree': () => '单价为 0 仅用于免费提供的货物（样品）：请加上 --free --reason <原因>',
  'lines.freeWithoutZero': () => '--free：没有单价为 0 的行（免费行请写成 <sku>=<数量>@0）',
  'lines.reasonWithoutFree': () => '--reason 须与 --free 一起使用：说明单价为 0 的行为何免费',
  'lines.freeReasonFlag': () => '--reason（免费的原因）',
  'lines.askFreeReason': () => '单价为 0 的行为何免费（例如：样品）？',
  'lines.freeRecorded': (p) => `免费：第 ${p.lines.join('、')} 行（${p.reason}）`,
  'lines.importZeroPrice': () => '单价为 0（免费货物）须说明原因才能导入：请在 free_reason 列写明原因（样品、赠送）',
  'lines.importPriceClash': (p) => `该产品已在本订单第 ${p.line} 行，单价 ${price(p.first)}，此处为 ${price(p.other)}：同一产品只能有一行、一个单价`,
  'lines.importMergedLabel': () => '合并的明细行',
  'lines.importMergedValue': (p) => `${p.products} 个产品在多行出现（${p.orders} 个订单），各合并为一行`,
  'lines.importMergedHeading': () => '同一订单中出现在多行的产品（已合并为一行）：',
  'lines.importMoreMerged': (p) => `… 共 ${p.count} 个（见 --json）`,
  // issue 19: records
  'lines.importFreeReasonPriced': () => '仅用于免费行（单价为 0 或折扣 100%）：这一行有价格',
}
