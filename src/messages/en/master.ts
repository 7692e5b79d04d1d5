import type { MasterMessages } from '../../domain/messages/master.js'
import type { Words } from '../words.js'

const TAKEN: Record<MasterMessages['master.exists']['entity'], string> = {
  customer: 'a customer with that code exists',
  product: 'a product with that sku exists',
}

/** The master messages in English. */
export const master: Words<MasterMessages> = {
  'master.codeRule': () => 'letters, digits, . _ - (at most 32)',
  'master.exists': (p) => TAKEN[p.entity],
  'master.noSuchProduct': () => 'no such product',
  'master.noSuchCustomer': () => 'no such customer (see `orderdesk customer list`)',
  'master.noSuchProductSeeList': () => 'no such product (see `orderdesk product list`)',
  'master.unknownSetting': (p) => `unknown setting; known: ${p.known.join(', ')}`,
  'master.settingNotAPercent': () => 'must be a percent from 0 to 100 (at most two decimals)',
  'master.settingNotDays': (p) => `must be a whole number of days from ${p.min} to ${p.max}`,
  'master.settingNotALanguage': () => 'must be zh-CN or en',
  'master.settingEmpty': (p) => `must not be empty (to remove it: \`orderdesk settings unset ${p.key}\`)`,
  'master.demoOnNewDeskOnly': (p) => `this database already has data (${p.found.join(', ')}); use --demo only on a new database`,
}
