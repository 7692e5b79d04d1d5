/** The parameters of the master messages: each key a message, each value what its words need. */
export interface MasterMessages {
  /** A customer code or sku that is not one. */
  'master.codeRule': Record<string, never>
  /** A new customer's code or product's sku is taken. */
  'master.exists': { entity: 'customer' | 'product' }
  'master.noSuchProduct': Record<string, never>
  /** No such customer, pointing at the list. */
  'master.noSuchCustomer': Record<string, never>
  /** No such product, pointing at the list. */
  'master.noSuchProductSeeList': Record<string, never>
  /** `settings set` of a key the desk does not know. */
  'master.unknownSetting': { known: string[] }
  'master.settingNotAPercent': Record<string, never>
  'master.settingNotDays': { min: number; max: number }
  'master.settingNotALanguage': Record<string, never>
  /** An empty free-text setting (unset removes it). */
  'master.settingEmpty': { key: string }
  /** `init --demo` on a desk that already has data (`found`: what it has). */
  'master.demoOnNewDeskOnly': { found: string[] }
}
