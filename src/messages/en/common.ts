import type { CommonMessages } from '../../domain/messages/common.js'
import type { Words } from '../words.js'

/** The common messages in English. */
export const common: Words<CommonMessages> = {
  'common.empty': () => 'must not be empty',
  'common.tooLong': (p) => `at most ${p.max} characters`,
  'common.tooLarge': () => 'too large',
  'common.beforeToday': (p) => `must not be before today (${p.today})`,
  'common.notADate': () => 'must be a date YYYY-MM-DD',
  'common.notAnAmount': () => 'must be an amount like 12.50',
  'common.atMostTwoDecimals': () => 'at most two decimals',
  'common.notPositiveWhole': () => 'must be a positive whole number',
  'common.notAnItem': () => 'must be sku=qty or sku=qty@price',
  'common.notSkuValue': () => 'must be sku=value',
}
