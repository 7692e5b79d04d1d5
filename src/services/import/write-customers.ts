import { customerChanges, type CustomerRow } from '../../domain/import-master.js'
import { findCustomersByCode, insertCustomer, updateCustomer, type CustomerRef } from '../../store/import-writes.js'
import type { Upsert } from './write-rows.js'

/**
 * `import customers`, by code: a new one is added (`customer.add`); for a known one the fields
 * the row gives are updated where they differ (one `customer.update` event naming each change).
 */
export const customerUpsert: Upsert<CustomerRow, CustomerRef> = {
  find: findCustomersByCode,
  codeOf: (c) => c.code,
  async add(b, r, line) {
    const c = { code: r.code, name: r.name, contact: r.contact ?? null, phone: r.phone ?? null, address: r.address ?? null }
    if (b.write) {
      await insertCustomer(b.q, { ...c, created_at: b.at })
      b.events!.add({ action: 'customer.add', entity: 'customer', ref: r.code, data: { name: r.name, import: b.run.source(line) } })
    }
    return { id: -1, ...c }
  },
  changes: customerChanges,
  async change(b, ex, r, changed, line) {
    const fields = changed as Field[]
    const set = Object.fromEntries(fields.map((f) => [f, r[f] ?? null])) as Partial<CustomerRef>
    if (b.write) {
      await updateCustomer(b.q, r.code, set)
      const changes = Object.fromEntries(fields.map((f) => [f, [ex[f], r[f] ?? null]]))
      b.events!.add({ action: 'customer.update', entity: 'customer', ref: r.code, data: { changes, import: b.run.source(line) } })
    }
    Object.assign(ex, set)
  },
}

type Field = ReturnType<typeof customerChanges>[number]
