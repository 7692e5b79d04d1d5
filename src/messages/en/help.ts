import type { HelpEntries } from '../help-entry.js'
import { rootHelp } from './help/root.js'
import { initHelp } from './help/init.js'
import { userHelp } from './help/user.js'
import { customerHelp } from './help/customer.js'
import { productHelp } from './help/product.js'
import { stockHelp } from './help/stock.js'
import { inquiryHelp } from './help/inquiry.js'
import { quoteHelp } from './help/quote.js'
import { contractHelp } from './help/contract.js'
import { paymentHelp } from './help/payment.js'
import { orderHelp } from './help/order.js'
import { productionHelp } from './help/production.js'
import { changeHelp } from './help/change.js'
import { shipHelp } from './help/ship.js'
import { invoiceHelp } from './help/invoice.js'
import { returnHelp } from './help/return.js'
import { feedbackHelp } from './help/feedback.js'
import { complaintHelp } from './help/complaint.js'
import { printHelp } from './help/print.js'
import { attachHelp } from './help/attach.js'
import { confirmationHelp } from './help/confirmation.js'
import { importHelp } from './help/import.js'
import { reportHelp } from './help/report.js'
import { settingsHelp } from './help/settings.js'
import { auditHelp } from './help/audit.js'
import { backupHelp } from './help/backup.js'
import { migrateDbHelp } from './help/migrate-db.js'

/** The English help of every command: one file a command group (the group's commands and their options). */
export const enHelp = {
  ...rootHelp,
  ...initHelp,
  ...userHelp,
  ...customerHelp,
  ...productHelp,
  ...stockHelp,
  ...inquiryHelp,
  ...quoteHelp,
  ...contractHelp,
  ...paymentHelp,
  ...orderHelp,
  ...productionHelp,
  ...changeHelp,
  ...shipHelp,
  ...invoiceHelp,
  ...returnHelp,
  ...feedbackHelp,
  ...complaintHelp,
  ...printHelp,
  ...attachHelp,
  ...confirmationHelp,
  ...importHelp,
  ...reportHelp,
  ...settingsHelp,
  ...auditHelp,
  ...backupHelp,
  ...migrateDbHelp,
} as const satisfies HelpEntries

/** A command's path (`invoice issue`; `''` for orderdesk itself): a command without help does not compile. */
export type HelpKey = keyof typeof enHelp
