import { sql, type Insertable, type Kysely, type RawBuilder } from 'kysely'
import type { Database, PaymentRow, PaymentsTable } from '../schema.js'

export async function orderPayments(db: Kysely<Database>, orderId: number): Promise<PaymentRow[]> {
  return db.selectFrom('payments').selectAll().where('order_id', '=', orderId).orderBy('id').execute()
}

/** Records money that arrived for an order, or went back (inside the caller's transaction). */
export async function insertPayment(tx: Kysely<Database>, row: Insertable<PaymentsTable>): Promise<void> {
  await tx.insertInto('payments').values(row).execute()
}

// issue 19: payments

/** The next payment number of an order (`<order>-PM<n>`, refunds included): inside the write lock. */
export async function nextPaymentNumber(tx: Kysely<Database>, orderId: number, orderNumber: string): Promise<string> {
  const r = await tx.selectFrom('payments').select((eb) => eb.fn.countAll<number>().as('n')).where('order_id', '=', orderId).executeTakeFirst()
  return `${orderNumber}-PM${Number(r?.n ?? 0) + 1}`
}

/** A payment (or refund) by its number. */
export async function findPayment(db: Kysely<Database>, number: string): Promise<PaymentRow | undefined> {
  return db.selectFrom('payments').selectAll().where('number', '=', number).executeTakeFirst()
}

/** Marks a payment voided: the row stays, with who voided it, when and why. */
export async function markPaymentVoided(tx: Kysely<Database>, id: number, v: { at: string; date: string; by: string; reason: string }): Promise<void> {
  await tx.updateTable('payments').set({ voided_at: v.at, voided_date: v.date, voided_by: v.by, void_reason: v.reason }).where('id', '=', id).execute()
}

/**
 * What a payment row adds to what was paid, in SQL: a payment its amount, a refund less its
 * amount, a voided one nothing (`alias`: the payments table's alias in the query).
 */
export function signedPaymentAmount(alias: string): RawBuilder<number> {
  const t = sql.table(alias)
  return sql<number>`(case when ${t}.voided_at is not null then 0 when ${t}.kind = 'refund' then -${t}.amount else ${t}.amount end)`
}
