import type { Insertable, Kysely } from 'kysely'
import type { Database, DocumentRow, DocumentsTable } from '../schema.js'
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

/** A document of the procedure signed as it is issued (a contract, a sales order). */
export interface SignedDocument {
  orderId: number
  kind: string
  number: string
  seq: number
  /** The order's revision the document belongs to. */
  revision: number
  /** What the document says (stored as JSON). */
  data: Record<string, unknown>
  /** Who issued and signed it, when (timestamp) and on which business date. */
  by: string
  at: string
  date: string
}

/** Adds a signed document (inside the caller's transaction). */
export async function insertSignedDocument(tx: Kysely<Database>, d: SignedDocument): Promise<void> {
  await tx
    .insertInto('documents')
    .values({
      order_id: d.orderId,
      kind: d.kind,
      number: d.number,
      seq: d.seq,
      revision: d.revision,
      status: 'signed',
      data: JSON.stringify(d.data),
      created_by: d.by,
      created_at: d.at,
      signed_by: d.by,
      signed_at: d.date,
    })
    .execute()
}

// issue 19: countersign and attachments
/** The order's contract revisions, oldest first (a countersignature names one of them, or its confirmation). */
export async function contractDocuments(tx: Kysely<Database>, orderId: number): Promise<DocumentRow[]> {
  return tx.selectFrom('documents').selectAll().where('order_id', '=', orderId).where('kind', '=', 'contract').orderBy('seq').execute()
}
