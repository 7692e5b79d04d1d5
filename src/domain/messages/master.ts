import type { Minor } from '../money.js'

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

  // The cli's words for customers and products (`customer`, `product`).

  /** `order list --customer` with a code that is no customer. */
  'master.unknownCustomer': Record<string, never>
  /** See the lists (after "customer X not found", "product X not found"). */
  'master.seeCustomerList': Record<string, never>
  'master.seeProductList': Record<string, never>
  /** `customer add`'s prompts, and its done line. */
  'master.promptCustomerCode': Record<string, never>
  'master.promptCompanyName': Record<string, never>
  'master.customerAdded': { code: string; name: string }
  /** `product add`'s prompts, its check of --lead-days, and its done line (`unit` named). */
  'master.promptSku': Record<string, never>
  'master.promptProductName': Record<string, never>
  'master.promptListPrice': Record<string, never>
  'master.leadDaysRule': Record<string, never>
  'master.productAdded': { sku: string; name: string; price: Minor; unit: string }
  /** A customer's field: `customer list`'s header and `customer show`'s label. */
  'master.customerField': { field: 'code' | 'name' | 'contact' | 'phone' | 'address' }
  /** A product's field: `product list`'s header and `product show`'s label. */
  'master.productField': { field: 'sku' | 'name' | 'unit' | 'price' | 'leadDays' | 'available' | 'producible' | 'onHand' | 'reserved' }
  /** Whether a product can be made: a table cell (yes | no), or the card's longer words. */
  'master.producible': { producible: boolean; card: boolean }

  // issue 19: master (customer edit, product edit, their history)

  /** `customer edit`/`product edit` without any flag when not interactive: which flags it takes. */
  'master.anyOfFlags': { flags: string[] }
  /** `customer edit` done: the fields changed (by `master.customerField`'s words). */
  'master.customerEdited': { code: string; fields: string[] }
  /** `product edit` done: the fields changed (by `master.productField`'s words). */
  'master.productEdited': { sku: string; fields: string[] }
  /** An edit that changes nothing (every value given is the stored one): nothing written. */
  'master.nothingChanged': { entity: 'customer' | 'product'; code: string }
  /** `product edit`'s question on a terminal: can it be made? */
  'master.promptProducible': Record<string, never>
  /** `customer show`/`product show`: the heading of the history, and its columns. */
  'master.historyTitle': Record<string, never>
  'master.historyColumn': { column: 'date' | 'by' | 'what' }
  /** One step of the history: added, edited (`edit`) or updated by an import (`update`), with its changes, as shown (`from`/`to` null: empty). */
  'master.historyStep': { kind: 'add' | 'edit' | 'update'; changes: { field: string; from: string | null; to: string | null }[]; file: string | null; line: number | null }
  /** `product edit` with both --producible and --not-producible. */
  'master.producibleBoth': Record<string, never>
}
