import type { SettingsMessages } from '../../domain/messages/settings.js'
import type { SettingKey } from '../../domain/settings.js'
import type { Words } from '../words.js'

const MEANING: Record<SettingKey, string> = {
  'quote.approvalAbove': "an offer whose total is above this amount needs a manager's `quote approve`",
  'quote.maxDiscount': "an offer with a line priced more than this percent below list needs a manager's `quote approve`",
  'quote.validityDays': 'a quotation is valid this many days from the stock check (default 30)',
  'desk.language': "the language of the desk's words for everyone who has not chosen one (--lang, ORDERDESK_LANG): zh-CN or en",
  'company.name': 'the company name at the head of every printed form',
  'company.address': 'the company address on printed forms',
  'company.phone': 'the company telephone on printed forms',
  'company.taxId': 'the company tax id (统一社会信用代码) on printed forms',
  'company.bank': "the seller's bank (开户行) on printed forms; the account number goes in company.account",
  // issue 19: master (the seller's block and the contract's terms)
  'company.account': "the seller's bank account number (账号), in the seller's block of the contract and the sales order",
  'company.representative': "the seller's legal or authorised representative (法定代表人/委托代理人), in the seller's block of the contract and the sales order",
  'terms.quality': 'contract clause: the quality standard (质量标准), numbered on the contract and the sales order; unset: a blank line on the contract to fill in by hand',
  'terms.delivery': 'contract clause: the place and way of delivery (交货地点及方式)',
  'terms.breach': 'contract clause: liability for breach (违约责任)',
  'terms.disputes': 'contract clause: how disputes are settled (争议解决)',
  // issue 19: countersign and attachments
  'attach.maxBytes': 'the largest file `attach` keeps with an order, in bytes (default 20971520, 20 MB)',
}

const COLUMN: Record<SettingsMessages['settings.column']['column'], string> = { key: 'Key', value: 'Value', meaning: 'Meaning' }

/** The settings messages in English. */
export const settings: Words<SettingsMessages> = {
  'settings.meaning': (p) => MEANING[p.key],
  'settings.column': (p) => COLUMN[p.column],
  'settings.notSet': () => '(unset)',
  'settings.set': (p) => `${p.key} = ${p.value}`,
  'settings.unset': (p) => `${p.key} unset`,
}
