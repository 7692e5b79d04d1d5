import type { Insertable, Kysely } from 'kysely'
import type { Database, InvoicesTable } from '../schema.js'

/** Whether an invoice of that number is on file (invoice numbers are unique across the desk). */
export async function invoiceExists(db: Kysely<Database>, number: string): Promise<boolean> {
  return (await db.selectFrom('invoices').select('id').where('number', '=', number).executeTakeFirst()) !== undefined
}

/** Records an invoice (inside the caller's transaction). */
export async function insertInvoice(tx: Kysely<Database>, row: Insertable<InvoicesTable>): Promise<void> {
  await tx.insertInto('invoices').values(row).execute()
}
