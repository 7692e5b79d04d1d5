import type { Kysely } from 'kysely'

/**
 * Approvals bind to what was approved (issue 19 §2): a quotation approval keeps the offer the
 * manager saw — its total, each line's price and discount, and why it needed approval — with
 * the order (`orders.quote_approved_offer`), and a customer change whose new offer needs a new
 * approval keeps why (`change_requests.approval_reasons`) and, once a manager approves it, who,
 * when and the offer approved (`approved_by`, `approved_date`, `approved_offer`). All JSON
 * text, null on existing rows (an approval from before this migration did not record what it
 * saw), so no seal changes.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('orders').addColumn('quote_approved_offer', 'text').execute()
  await db.schema.alterTable('change_requests').addColumn('approval_reasons', 'text').execute()
  await db.schema.alterTable('change_requests').addColumn('approved_by', 'text').execute()
  await db.schema.alterTable('change_requests').addColumn('approved_date', 'text').execute()
  await db.schema.alterTable('change_requests').addColumn('approved_offer', 'text').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const c of ['approved_offer', 'approved_date', 'approved_by', 'approval_reasons']) await db.schema.alterTable('change_requests').dropColumn(c).execute()
  await db.schema.alterTable('orders').dropColumn('quote_approved_offer').execute()
}
