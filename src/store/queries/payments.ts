import type { Kysely } from 'kysely'
import type { Database, PaymentRow } from '../schema.js'

export async function orderPayments(db: Kysely<Database>, orderId: number): Promise<PaymentRow[]> {
  return db.selectFrom('payments').selectAll().where('order_id', '=', orderId).orderBy('id').execute()
}
