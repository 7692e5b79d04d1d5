import { findCustomer, updateCustomer } from '../store/queries/customers.js'
import type { Customer } from '../store/schema.js'
import { editMasterRecord, type FieldChanges } from './edit-master-record.js'
import type { ServiceContext } from './context.js'

/** A customer's editable fields; undefined leaves one as it is, '' clears contact, phone or address. */
export interface EditCustomerInput {
  code: string
  name?: string
  contact?: string
  phone?: string
  address?: string
}

export type CustomerField = 'name' | 'contact' | 'phone' | 'address'

/** `customer edit <code>`: changes the fields given (see editMasterRecord); the code stays. */
export async function editCustomer(ctx: ServiceContext, input: EditCustomerInput): Promise<{ customer: Customer; changes: FieldChanges<CustomerField> }> {
  const { code } = input
  const cleared = (v: string | undefined) => (v === undefined ? undefined : v.trim() === '' ? null : v)
  const next = { name: input.name?.trim(), contact: cleared(input.contact), phone: cleared(input.phone), address: cleared(input.address) }
  const r = await editMasterRecord<Customer, CustomerField>(ctx, { entity: 'customer', code, next }, {
    find: (db) => findCustomer(db, code),
    fields: (c) => ({ name: c.name, contact: c.contact, phone: c.phone, address: c.address }),
    update: (tx, set) => updateCustomer(tx, code, set as Partial<Pick<Customer, CustomerField>>),
  })
  return { customer: r.record, changes: r.changes }
}
