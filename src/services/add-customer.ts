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
  const { code, contact, phone, address } = input
  const row = { code, name: input.name.trim(), contact: contact ?? null, phone: phone ?? null, address: address ?? null }
  return addMasterRecord(ctx, { entity: 'customer', code, name: input.name, data: { name: input.name } }, {
    find: (db) => findCustomer(db, code),
    insert: (tx, at) => insertCustomers(tx, [{ ...row, created_at: at }]),
  })
}
