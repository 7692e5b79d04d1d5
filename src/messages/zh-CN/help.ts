import type { HelpEntry } from '../help-entry.js'
import type { HelpKey } from '../en/help.js'
import { auditHelp } from './help/audit.js'
import { backupHelp } from './help/backup.js'
import { changeHelp } from './help/change.js'
import { complaintHelp } from './help/complaint.js'
import { contractHelp } from './help/contract.js'
import { customerHelp } from './help/customer.js'
import { feedbackHelp } from './help/feedback.js'
import { importHelp } from './help/import.js'
import { initHelp } from './help/init.js'
import { inquiryHelp } from './help/inquiry.js'
import { invoiceHelp } from './help/invoice.js'
import { returnHelp } from './help/return.js'
import { migrateDbHelp } from './help/migrate-db.js'
import { orderHelp } from './help/order.js'
import { paymentHelp } from './help/payment.js'
import { printHelp } from './help/print.js'
import { attachHelp } from './help/attach.js'
import { confirmationHelp } from './help/confirmation.js'
import { productHelp } from './help/product.js'
import { productionHelp } from './help/production.js'
import { quoteHelp } from './help/quote.js'
import { reportHelp } from './help/report.js'
import { rootHelp } from './help/root.js'
import { settingsHelp } from './help/settings.js'
import { shipHelp } from './help/ship.js'
import { stockHelp } from './help/stock.js'
import { userHelp } from './help/user.js'

/** The Chinese help of every command: one file a command group, the same keys as the English. */
export const zhCNHelp: Readonly<Record<HelpKey, HelpEntry>> = {
  ...auditHelp,
  ...backupHelp,
  ...changeHelp,
  ...complaintHelp,
  ...contractHelp,
  ...customerHelp,
  ...feedbackHelp,
  ...importHelp,
  ...initHelp,
  ...inquiryHelp,
  ...invoiceHelp,
  ...returnHelp,
  ...migrateDbHelp,
  ...orderHelp,
  ...paymentHelp,
  ...printHelp,
  ...attachHelp,
  ...confirmationHelp,
  ...productHelp,
  ...productionHelp,
  ...quoteHelp,
  ...reportHelp,
  ...rootHelp,
  ...settingsHelp,
  ...shipHelp,
  ...stockHelp,
  ...userHelp,
}
