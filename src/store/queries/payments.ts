import type { Insertable, Kysely } from 'kysely'
import type { Database, PaymentRow, PaymentsTable } from '../schema.js'

export async function orderPayments(db: Kysely<Database>, orderId: number): Promise<PaymentRow[]> {
  return db.selectFrom('payments').selectAll().where('order_id', '=', orderId).orderBy('id').execute()
}

/** Records money that arrived for an order (inside the caller's transaction). */
export async function insertPayment(tx: Kysely<Database>, row: Insertable<PaymentsTable>): Promise<void> {
  await tx.insertInto('payments').values(row).execute()
}
