import type { Kysely } from 'kysely'
import { CODE_RE } from '../domain/codes.js'
import { ValidationError } from '../domain/errors.js'
import { msg } from '../domain/message.js'
import type { Database } from '../store/schema.js'
import { immediate, type Tx } from '../store/transaction.js'
import { requirePermission, type ServiceContext } from './context.js'
import { recordEvent } from './record-step.js'

/** A new customer (by its code) or product (by its sku), as the clerk gave it, and what its event says of it. */
export interface NewMasterRecord {
  entity: 'customer' | 'product'
  code: string
  name: string
  data: Record<string, unknown>
}

/** Where a kind of master record is kept: found by its code, and added. */
export interface MasterTable<R> {
  find(db: Kysely<Database>): Promise<R | undefined>
  insert(tx: Tx, at: string): Promise<void>
}

/** The flag (and field of a refusal) a record's code comes in. */
const CODE_FIELD = { customer: 'code', product: 'sku' } as const

/**
 * Adds a customer or a product, the one procedure for both: a clerk's or manager's step; the
 * code and name checked; refused when the code is taken; the record and its event written
 * together; the record given back as stored.
 */
export async function addMasterRecord<R>(ctx: ServiceContext, r: NewMasterRecord, table: MasterTable<R>): Promise<R> {
  requirePermission(ctx, 'master.write', r.entity === 'customer' ? 'customer.add' : 'product.add')
  const field = CODE_FIELD[r.entity]
  if (!CODE_RE.test(r.code)) throw new ValidationError(field, r.code, msg('master.codeRule', {}))
  if (!r.name.trim()) throw new ValidationError('name', r.name, msg('common.empty', {}))
  return immediate(ctx.db, async (tx) => {
    if (await table.find(tx)) throw new ValidationError(field, r.code, msg('master.exists', { entity: r.entity }))
    const at = ctx.now()
    await table.insert(tx, at)
    await recordEvent(tx, ctx, at, { action: `${r.entity}.add`, entity: r.entity, ref: r.code, data: r.data })
    return (await table.find(tx))!
  })
}
