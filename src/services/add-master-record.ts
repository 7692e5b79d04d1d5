import type { Kysely } from 'kysely'
import { CODE_RE } from '../domain/codes.js'
import { ValidationError } from '../domain/errors.js'
import { msg } from '../domain/message.js'
import type { Database } from '../store/schema.js'
import { immediate, type Tx } from '../store/transaction.js'
import { requirePermission, type ServiceContext } from './context.js'
import { recordEvent } from './record-step.js'

/** A new customer (by its code) or product (by its sku), as the clerk gave it. */
export interface NewMasterRecord<R> {
  entity: 'customer' | 'product'
  /** The flag the code came in: `code` or `sku`. */
  field: 'code' | 'sku'
  code: string
  name: string
  /** The record of that code as stored, if there is one. */
  find(db: Kysely<Database>): Promise<R | undefined>
  insert(tx: Tx, at: string): Promise<void>
  /** What the audit event says of it. */
  data: Record<string, unknown>
}

/**
 * Adds a customer or a product, the one procedure for both: a clerk's or manager's step; the
 * code and name checked; refused when the code is taken; the record and its event written
 * together; the record given back as stored.
 */
export async function addMasterRecord<R>(ctx: ServiceContext, r: NewMasterRecord<R>): Promise<R> {
  requirePermission(ctx, 'master.write', `${r.entity}.add`)
  if (!CODE_RE.test(r.code)) throw new ValidationError(r.field, r.code, msg('master.codeRule', {}))
  if (!r.name.trim()) throw new ValidationError('name', r.name, msg('common.empty', {}))
  return immediate(ctx.db, async (tx) => {
    if (await r.find(tx)) throw new ValidationError(r.field, r.code, msg('master.exists', { entity: r.entity }))
    const at = ctx.now()
    await r.insert(tx, at)
    await recordEvent(tx, ctx, at, { action: `${r.entity}.add`, entity: r.entity, ref: r.code, data: r.data })
    return (await r.find(tx))!
  })
}
