import type { MasterMessages } from '../../domain/messages/master.js'
import { formatMoneyGrouped } from '../../domain/money.js'
import type { Words } from '../words.js'

const TAKEN: Record<MasterMessages['master.exists']['entity'], string> = {
  customer: 'a customer with that code exists',
  product: 'a product with that sku exists',
}

const CUSTOMER_FIELD: Record<MasterMessages['master.customerField']['field'], string> = {
  code: 'Code',
  name: 'Name',
  contact: 'Contact',
  phone: 'Phone',
  address: 'Address',
}

const PRODUCT_FIELD: Record<MasterMessages['master.productField']['field'], string> = {
  sku: 'SKU',
  name: 'Name',
  unit: 'Unit',
  price: 'Price',
  leadDays: 'Lead days',
  available: 'Available',
  producible: 'Producible',
  onHand: 'On hand',
  reserved: 'Reserved',
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

  'master.unknownCustomer': () => 'no such customer',
  'master.seeCustomerList': () => 'see `orderdesk customer list`',
  'master.seeProductList': () => 'see `orderdesk product list`',
  'master.promptCustomerCode': () => 'Customer code',
  'master.promptCompanyName': () => 'Company name',
  'master.customerAdded': (p) => `customer ${p.code} added: ${p.name}`,
  'master.promptSku': () => 'SKU',
  'master.promptProductName': () => 'Name',
  'master.promptListPrice': () => 'List price',
  'master.leadDaysRule': () => 'must be a whole number of days',
  'master.productAdded': (p) => `product ${p.sku} added: ${p.name} at ${formatMoneyGrouped(p.price)} per ${p.unit}`,
  'master.customerField': (p) => CUSTOMER_FIELD[p.field],
  'master.productField': (p) => PRODUCT_FIELD[p.field],
  'master.producible': (p) => (p.producible ? 'yes' : p.card ? 'no (stock only)' : 'no'),

  // issue 19: master (customer edit, product edit, their history)
  'master.anyOfFlags': (p) => `one of ${p.flags.join(', ')}`,
  'master.customerEdited': (p) => `customer ${p.code} changed: ${p.fields.join(', ')}`,
  'master.productEdited': (p) => `product ${p.sku} changed: ${p.fields.join(', ')}`,
  'master.nothingChanged': (p) => `${p.entity} ${p.code}: nothing changed (the values given are the ones it has)`,
  'master.promptProducible': () => 'Can it be made (producible)?',
  'master.historyTitle': () => 'History',
  'master.historyColumn': (p) => ({ date: 'Date', by: 'By', what: 'What' })[p.column],
  'master.historyStep': (p) => {
    const from = p.file === null ? '' : ` (import ${p.file}, line ${p.line})`
    if (p.kind === 'add') return `added${from}`
    const changes = p.changes.map((c) => `${c.field}: ${c.from ?? '(empty)'} → ${c.to ?? '(empty)'}`).join('\n')
    return `${p.kind === 'edit' ? 'edited' : 'updated'}${from}:\n${changes}`
  },
  'master.producibleBoth': () => 'give --producible or --not-producible, not both',
}
