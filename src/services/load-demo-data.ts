import { RefusedError } from '../domain/errors.js'
import { parseMoney } from '../domain/money.js'
import { hashPin } from '../domain/pin.js'
import { demoCustomers, demoProducts, demoUsers } from '../demo/demo-data.js'
import { appendEvent } from '../store/queries/events.js'
import { applyStockMove } from '../store/queries/stock.js'
import { immediate } from '../store/transaction.js'
import type { Kysely } from 'kysely'
import type { Database } from '../store/schema.js'

export interface DemoSummary {
  users: number
  customers: number
  products: number
  stockedProducts: number
}

/**
 * `init --demo`: users of every role (manager `wang` with PIN 123456), a dozen customers and
 * thirty products (Northwind), most in stock, some make-to-order, one not producible.
 * Only a brand-new desk gets demo data: refused (exit 4) once it has users, customers, products
 * or audit events — else a clerk could bring in the demo manager `wang` with his known PIN.
 */
export async function loadDemoData(db: Kysely<Database>, ctx: { actor: string; today: string; now(): string }): Promise<DemoSummary> {
  // the slow PIN hashes before the write lock is taken
  const pinHashes = new Map(demoUsers.filter((u) => u.pin).map((u) => [u.name, hashPin(u.pin!)]))
  return immediate(db, async (tx) => {
    const found: string[] = []
    for (const [table, what] of [['users', 'users'], ['customers', 'customers'], ['products', 'products'], ['events', 'audit events']] as const) {
      if (await tx.selectFrom(table).select('id').limit(1).executeTakeFirst()) found.push(what)
    }
    if (found.length) throw new RefusedError(`this database already has data (${found.join(', ')}); use --demo only on a new database`, 'not_empty', { found })
    const at = ctx.now()
    for (const u of demoUsers) {
      await tx
        .insertInto('users')
        .values({ name: u.name, role: u.role, full_name: u.fullName, pin_hash: pinHashes.get(u.name) ?? null, created_at: at })
        .execute()
    }
    await tx
      .insertInto('customers')
      .values(demoCustomers.map((c) => ({ code: c.code, name: c.name, contact: c.contact, phone: c.phone, address: c.address, created_at: at })))
      .execute()
    let stocked = 0
    for (const p of demoProducts) {
      const { id } = await tx
        .insertInto('products')
        .values({
          sku: p.sku,
          name: p.name,
          unit: p.unit,
          price: parseMoney(p.price, 'price'),
          lead_days: p.leadDays,
          producible: p.producible ? 1 : 0,
          created_at: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      if (p.onHand > 0) {
        stocked++
        await applyStockMove(tx, { productId: id, qty: p.onHand, kind: 'receive', reason: 'demo opening stock', businessDate: ctx.today, at, actor: ctx.actor })
      }
    }
    const summary = { users: demoUsers.length, customers: demoCustomers.length, products: demoProducts.length, stockedProducts: stocked }
    await appendEvent(tx, { at, businessDate: ctx.today, actor: ctx.actor, action: 'init.demo', entity: 'database', ref: 'demo', data: { ...summary } })
    return summary
  })
}
