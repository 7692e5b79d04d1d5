import type { IntakeMessages } from '../../domain/messages/intake.js'
import { formatMoneyGrouped } from '../../domain/money.js'
import type { Words } from '../words.js'

/** The intake messages (inquiry, quotation approval, sales contract) in English. */
export const intake: Words<IntakeMessages> = {
  'intake.inquiryRecorded': (p) => `inquiry ${p.order} recorded for ${p.customer} (${p.name}), total ${formatMoneyGrouped(p.total)}`,
  'intake.askRequested': () => 'Requested delivery date (YYYY-MM-DD, +N days, empty for none)',
  'intake.askChannel': () => 'Channel',
  'intake.askSourceRef': () => 'Source reference (fax no. / recording id, empty for none)',
  'intake.confirmInquiry': (p) => `Record this inquiry for ${p.customer}?`,
  'intake.dateOrDays': () => 'a date YYYY-MM-DD or +N',

  'intake.askCustomer': () => 'Customer (type code or name)',
  'intake.customerContact': (p) => p.parts.join(', '),
  'intake.askProduct': () => 'Product (type sku or name)',
  'intake.askNextProduct': () => 'Next product (or pick "done")',
  'intake.productOffer': (p) => `${formatMoneyGrouped(p.price)}/${p.unit}  (${p.available} available)`,
  'intake.doneChoice': () => '✓ done — no more lines',
  'intake.askQty': (p) => `Quantity of ${p.sku} (${p.unit})`,
  'intake.positiveWhole': () => 'a positive whole number',
  'intake.askPrice': (p) => `Unit price for ${p.sku}`,

  'intake.headQty': () => 'Qty',
  'intake.headPrice': () => 'Price',
  'intake.headAmount': () => 'Amount',
  'intake.total': () => 'Total',

  'intake.askDropReason': () => 'Why did the customer decline?',
  'intake.sayWhy': () => 'say why',
  'intake.lost': (p) => `order ${p.order} lost: ${p.reason}`,

  'intake.quoteApproved': (p) => `quotation for order ${p.order} approved by ${p.by} (${p.reasons.join('; ')})`,
  'intake.askRejectReason': () => 'What must change?',
  'intake.sayWhat': () => 'say what',
  'intake.quoteRejected': (p) => `quotation for order ${p.order} sent back to the clerk: ${p.reason}`,
  'intake.eitherCommand': (p) => `${p.first}   or   ${p.second}`,
  'intake.repriced': (p) => `order ${p.order} re-priced: total ${formatMoneyGrouped(p.total)}`,
  'intake.notSkuPrice': () => 'must be sku=price',

  'intake.depositPercent': () => 'must be a whole percent from 0 to 100',
  'intake.contractSigned': (p) => `contract ${p.contract} signed for order ${p.order}: total ${formatMoneyGrouped(p.total)}, ${p.method}, due ${p.due}`,
  'intake.reserved': (p) => `reserved: ${p.items.map((x) => `${x.sku} × ${x.qty}`).join(', ')}`,
  'intake.nextDeposit': (p) => `${p.command}   (deposit ${p.percent} %)`,
  'intake.nextNoDeposit': (p) => `${p.command}   (no deposit: a manager signs the sales order)`,
  'intake.askPaymentMethod': () => 'Payment method',
  'intake.otherMethod': () => 'other…',
  'intake.required': () => 'required',
  'intake.askPaymentDue': () => 'Payment due (YYYY-MM-DD or +N days)',
  'intake.askDeposit': () => 'Deposit before production, percent',
  'intake.zeroTo100': () => '0 to 100',
}
