import { findCustomer, insertCustomers } from '../store/queries/customers.js'
import type { Customer } from '../store/schema.js'
import { addMasterRecord } from './add-master-record.js'
import type { ServiceContext } from './context.js'

export interface AddCustomerInput {
  code: string
  name: string
  contact?: string | null
  phone?: string | null
  address?: string | null
}

/** Adds a customer; the code is what clerks type (`--customer ALFKI`). */
export async function addCustomer(ctx: ServiceContext, input: AddCustomerInput): Promise<Customer> {
  return addMasterRecord(ctx, {
    entity: 'customer',
    field: 'code',
    code: input.code,
    name: input.name,
    find: (db) => findCustomer(db, input.code),
    insert: (tx, at) =>
      insertCustomers(tx, [
        { code: input.code, name: input.name.trim(), contact: input.contact ?? null, phone: input.phone ?? null, address: input.address ?? null, created_at: at },
      ]),
    data: { name: input.name },
  })
}
