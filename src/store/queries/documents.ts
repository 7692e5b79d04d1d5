import type { Kysely } from 'kysely'
import type { Database } from '../schema.js'

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
