import type { MoneyMessages } from '../../domain/messages/money.js'
import type { Words } from '../words.js'

/** Money in English: tax rates and payment terms. */
export const money: Words<MoneyMessages> = {
  // issue 20: tax and terms
  'money.notATaxRate': () => 'must be a percent from 0 to 100, like 13 or 9',
  'money.notTerms': () => 'must be prepaid, deposit:<percent>, monthly:<days> or instalments:<percent>@<days>,… (e.g. instalments:30@0,60@30,10@90)',
  'money.instalmentsSum': (p) => `the instalments must add up to 100 % (these add up to ${p.sum} %)`,
  'money.instalmentsOrder': () => 'each instalment must fall due later than the one before it',
}
