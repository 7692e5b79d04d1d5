import type { Kysely } from 'kysely'
import type { Doing } from '../domain/messages/user.js'
import { NotFoundError, ValidationError } from '../domain/errors.js'
import { msg } from '../domain/message.js'
import type { Database } from '../store/schema.js'
import { immediate, type Tx } from '../store/transaction.js'
import { requirePermission, type ServiceContext } from './context.js'
import { recordEvent } from './record-step.js'

/** A stored value of a master record's field (text, null, or a number: minor units, days, 0/1). */
export type FieldValue = string | number | null

/** What an edit changed: each changed field's stored value before and after, as its event keeps it. */
export type FieldChanges<F extends string> = Partial<Record<F, [FieldValue, FieldValue]>>

/** Where a kind of master record is kept, for an edit: found by its code, its editable fields, changed. */
export interface EditableTable<R, F extends string> {
  find(db: Kysely<Database>): Promise<R | undefined>
  fields(r: R): Record<F, FieldValue>
  update(tx: Tx, set: Partial<Record<F, FieldValue>>): Promise<void>
}

/**
 * Edits a customer or a product, the one procedure for both: a clerk's or manager's step; the
 * record found by its code (which is never edited: orders, imports and forms name it); only the
 * fields given and different from what is stored are changed; the change and its event, which
 * holds every changed field's value before and after (`{changes: {contact: ["Maria", "Ana"]}}`,
 * the shape of an import's `customer.update`), written together. Nothing given that differs: no
 * write and no event. Nothing is deleted: the record's history is its events (`customer show`).
 * Issued documents keep what they showed (their own copies); only what is printed from now on
 * shows the new values.
 */
export async function editMasterRecord<R, F extends string>(
  ctx: ServiceContext,
  r: { entity: 'customer' | 'product'; code: string; next: Partial<Record<F, FieldValue>> },
  table: EditableTable<R, F>,
): Promise<{ record: R; changes: FieldChanges<F> }> {
  const doing: Doing = r.entity === 'customer' ? 'customer.edit' : 'product.edit'
  requirePermission(ctx, 'master.write', doing)
  if (r.next['name' as F] !== undefined && !String(r.next['name' as F]).trim()) throw new ValidationError('name', String(r.next['name' as F]), msg('common.empty', {}))
  return immediate(ctx.db, async (tx) => {
    const before = await table.find(tx)
    if (!before) {
      throw new NotFoundError(r.entity, r.code, r.entity === 'customer' ? msg('master.seeCustomerList', {}) : msg('master.seeProductList', {}))
    }
    const current = table.fields(before)
    const changes: FieldChanges<F> = {}
    const set: Partial<Record<F, FieldValue>> = {}
    for (const f of Object.keys(r.next) as F[]) {
      const v = r.next[f]
      if (v === undefined || v === current[f]) continue
      changes[f] = [current[f], v]
      set[f] = v
    }
    if (Object.keys(set).length === 0) return { record: before, changes }
    await table.update(tx, set)
    await recordEvent(tx, ctx, ctx.now(), { action: `${r.entity}.edit`, entity: r.entity, ref: r.code, data: { changes } })
    return { record: (await table.find(tx))!, changes }
  })
}
