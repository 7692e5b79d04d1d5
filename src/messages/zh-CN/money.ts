import type { MoneyMessages } from '../../domain/messages/money.js'
import type { Words } from '../words.js'

/** 款项：税率与付款方式。 */
export const money: Words<MoneyMessages> = {
  // issue 20: tax and terms
  'money.notATaxRate': () => '必须是 0 到 100 之间的百分数，例如 13 或 9',
  'money.notTerms': () => '必须是 prepaid（预付全款）、deposit:<百分比>（定金）、monthly:<天数>（月结）或 instalments:<百分比>@<天数>,…（分期，例如 instalments:30@0,60@30,10@90）',
  'money.instalmentsSum': (p) => `各期比例合计必须为 100%（现为 ${p.sum}%）`,
  'money.instalmentsOrder': () => '每一期的到期日必须晚于前一期',
}
