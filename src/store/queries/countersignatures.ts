import type { Insertable, Kysely } from 'kysely'
import type { CountersignatureRow, CountersignaturesTable, Database } from '../schema.js'

/** The customer's returned signed copies (回签) of an order's documents, in the order recorded. */
export async function orderCountersignatures(db: Kysely<Database>, orderId: number): Promise<CountersignatureRow[]> {
  return db.selectFrom('countersignatures').selectAll().where('order_id', '=', orderId).orderBy('id').execute()
}

/** The current countersignature of one document (its last record: each correction supersedes the one before), if it has one. */
export async function countersignatureOf(db: Kysely<Database>, document: string): Promise<CountersignatureRow | undefined> {
  return db.selectFrom('countersignatures').selectAll().where('document', '=', document).orderBy('id', 'desc').limit(1).executeTakeFirst()
}

/** Records a returned signed copy (inside the caller's transaction). */
export async function insertCountersignature(tx: Kysely<Database>, row: Insertable<CountersignaturesTable>): Promise<void> {
  await tx.insertInto('countersignatures').values(row).execute()
}
