import type { Insertable } from 'kysely'
import type { DocumentsTable } from '../schema.js'
import type { Tx } from '../tx.js'

/** The documents (forms) of an order: quotation, contract revisions, sales order. */

/** Whether the order has a document of `kind` (e.g. its sales order: production was dispatched). */
export async function hasDocument(tx: Tx, orderId: number, kind: string): Promise<boolean> {
  return (await tx.selectFrom('documents').select('id').where('order_id', '=', orderId).where('kind', '=', kind).executeTakeFirst()) !== undefined
}

/** The seq of the order's latest contract revision, null when it has none. */
export async function latestContractSeq(tx: Tx, orderId: number): Promise<number | null> {
  const r = await tx.selectFrom('documents').select('seq').where('order_id', '=', orderId).where('kind', '=', 'contract').orderBy('seq', 'desc').limit(1).executeTakeFirst()
  return r?.seq ?? null
}

/** The signed contract revisions of the order are superseded (a new revision follows). */
export async function supersedeSignedContracts(tx: Tx, orderId: number): Promise<void> {
  await tx.updateTable('documents').set({ status: 'superseded' }).where('order_id', '=', orderId).where('kind', '=', 'contract').where('status', '=', 'signed').execute()
}

export async function insertDocument(tx: Tx, values: Insertable<DocumentsTable>): Promise<void> {
  await tx.insertInto('documents').values(values).execute()
}
