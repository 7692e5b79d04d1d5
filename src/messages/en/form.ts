import type { FormKind } from '../../domain/forms.js'
import type { FormMessages, NotYetHint } from '../../domain/messages/form.js'
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
}
