import type { Insertable, Kysely, Updateable } from 'kysely'
import type { ChangeRequestRow, ChangeRequestsTable, Database } from '../schema.js'
import type { Tx } from '../tx.js'
import { OF_ORDER, ofOrder, type OfOrder } from './of-order.js'

export const OPEN_CHANGE = ['offered', 'pending_mc', 'mc_agreed'] as const

export interface ChangeView extends ChangeRequestRow, OfOrder {}

function base(db: Kysely<Database>) {
  return ofOrder(db, 'change_requests').selectAll('change_requests').select(OF_ORDER)
}

/** By its own number or its change form's number. */
export async function findChange(db: Kysely<Database>, number: string): Promise<ChangeView | undefined> {
  return base(db)
    .where((eb) => eb.or([eb('change_requests.number', '=', number), eb('change_requests.form_number', '=', number)]))
    .executeTakeFirst()
}

export async function orderChanges(db: Kysely<Database>, orderId: number): Promise<ChangeView[]> {
  return base(db).where('change_requests.order_id', '=', orderId).orderBy('change_requests.id').execute()
}

export async function listChanges(db: Kysely<Database>, f: { orderId?: number; statuses?: string[]; limit: number }): Promise<ChangeView[]> {
  let q = base(db)
  if (f.orderId !== undefined) q = q.where('change_requests.order_id', '=', f.orderId)
  if (f.statuses?.length) q = q.where('change_requests.status', 'in', f.statuses)
  q = q.orderBy('change_requests.id', 'desc')
  if (f.limit > 0) q = q.limit(f.limit)
  return q.execute()
}

/** Updates a change only if it is still in the status it was read in; false when it was not. */
export async function updateChangeIfStatus(tx: Tx, c: { id: number; status: string }, patch: Updateable<ChangeRequestsTable>): Promise<boolean> {
  const r = await tx.updateTable('change_requests').set(patch).where('id', '=', c.id).where('status', '=', c.status).executeTakeFirst()
  return Number(r.numUpdatedRows) === 1
}

/** The order's change still open (offered, waiting for MC, agreed by MC), if any. */
export async function openChangeOf(tx: Tx, orderId: number): Promise<{ number: string; status: string } | undefined> {
  return tx.selectFrom('change_requests').select(['number', 'status']).where('order_id', '=', orderId).where('status', 'in', [...OPEN_CHANGE]).executeTakeFirst()
}

export async function insertChangeRequest(tx: Tx, values: Insertable<ChangeRequestsTable>): Promise<void> {
  await tx.insertInto('change_requests').values(values).execute()
}
