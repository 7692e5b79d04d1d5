import { CODE_RE } from '../domain/codes.js'
import { ValidationError } from '../domain/errors.js'
import { appendEvent } from '../store/queries/events.js'
import { findCustomer } from '../store/queries/customers.js'
import { immediate } from '../store/transaction.js'
import type { Customer } from '../store/schema.js'
import { requirePermission, type ServiceContext } from './context.js'

export interface AddCustomerInput {
  code: string
  name: string
  contact?: string | null
  phone?: string | null
  address?: string | null
}


/** Adds a customer; the code is what clerks type (`--customer ALFKI`). */
export async function addCustomer(ctx: ServiceContext, input: AddCustomerInput): Promise<Customer> {
  requirePermission(ctx, 'master.write', 'adding a customer')
  if (!CODE_RE.test(input.code)) throw new ValidationError('code', input.code, 'letters, digits, . _ - (at most 32)')
  if (!input.name.trim()) throw new ValidationError('name', input.name, 'must not be empty')
  return immediate(ctx.db, async (tx) => {
    if (await findCustomer(tx, input.code)) throw new ValidationError('code', input.code, 'a customer with that code exists')
    const at = ctx.now()
    await tx
      .insertInto('customers')
      .values({
        code: input.code,
        name: input.name.trim(),
        contact: input.contact ?? null,
        phone: input.phone ?? null,
        address: input.address ?? null,
        created_at: at,
      })
      .execute()
    await appendEvent(tx, {
      at,
      businessDate: ctx.today,
      actor: ctx.actor.name,
      action: 'customer.add',
      entity: 'customer',
      ref: input.code,
      data: { name: input.name },
    })
    return (await findCustomer(tx, input.code))!
  })
}
