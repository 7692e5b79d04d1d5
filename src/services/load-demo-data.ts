import { RefusedError } from '../domain/errors.js'
import { msg } from '../domain/message.js'
import { parseMoney } from '../domain/money.js'
import { hashPin } from '../domain/pin.js'
import { northwind, type DemoSet } from '../demo/demo-data.js'
import { woodDesk } from '../demo/wood-desk.js'
import { replaceSetting } from '../store/queries/settings.js'
import { insertCustomers } from '../store/queries/customers.js'
import { tablesWithRows } from '../store/queries/desk-content.js'
import { insertProduct } from '../store/queries/products.js'
import { applyStockMove } from '../store/queries/stock.js'
import { insertUser } from '../store/queries/users.js'
import { immediate, type Tx } from '../store/transaction.js'
import type { Kysely } from 'kysely'
import type { Database } from '../store/schema.js'
import { recordEvent } from './record-step.js'

export interface DemoSummary {
  users: number
  customers: number
  products: number
  stockedProducts: number
}

/** Who loads the demo data, on which business date, and the clock of its event. */
type DemoContext = { actor: string; today: string; now(): string }

/** The demo desks: Northwind (English) and a Chinese wood-products company (`init --demo` in zh-CN). */
export type DemoKind = 'northwind' | 'wood'
const DEMO_SETS: Record<DemoKind, DemoSet> = { northwind, wood: woodDesk }

/** What a desk must not have yet to get the demo data, as the refusal names it (`found` in its details). */
const NOT_YET = { users: 'users', customers: 'customers', products: 'products', events: 'audit events' } as const

/**
 * `init --demo`: users of every role (manager `wang` with PIN 123456), a dozen customers and
 * thirty products (Northwind, or the Chinese wood-products desk), most in stock, some
 * make-to-order, one not producible; and the settings of their forms (the seller's block and the contract's terms).
 * Only a brand-new desk gets demo data: refused (exit 4) once it has users, customers, products
 * or audit events — else a clerk could bring in the demo manager `wang` with his known PIN.
 */
export async function loadDemoData(db: Kysely<Database>, ctx: DemoContext, kind: DemoKind = 'northwind'): Promise<DemoSummary> {
  const set = DEMO_SETS[kind]
  // the slow PIN hashes before the write lock is taken
  const pinHashes = new Map(set.users.filter((u) => u.pin).map((u) => [u.name, hashPin(u.pin!)]))
  return immediate(db, async (tx) => {
    const found = (await tablesWithRows(tx, ['users', 'customers', 'products', 'events'])).map((t) => NOT_YET[t])
    if (found.length) throw new RefusedError(msg('master.demoOnNewDeskOnly', { found }), 'not_empty', { found })
    const at = ctx.now()
    for (const u of set.users) {
      await insertUser(tx, { name: u.name, role: u.role, full_name: u.fullName, pin_hash: pinHashes.get(u.name) ?? null, created_at: at })
    }
    await insertCustomers(tx, set.customers.map((c) => ({ code: c.code, name: c.name, contact: c.contact, phone: c.phone, address: c.address, created_at: at })))
    const stocked = await loadDemoProducts(tx, ctx, at, set)
    for (const [key, value] of Object.entries(set.company)) await replaceSetting(tx, key, value)
    const summary = { users: set.users.length, customers: set.customers.length, products: set.products.length, stockedProducts: stocked }
    await recordEvent(tx, { today: ctx.today, actor: { name: ctx.actor } }, at, {
      action: 'init.demo',
      entity: 'database',
      ref: 'demo',
      data: { ...summary, ...(kind === 'northwind' ? {} : { kind }), settings: Object.keys(set.company) },
    })
    return summary
  })
}

/** The demo products, each with its opening stock received; gives how many have stock. */
async function loadDemoProducts(tx: Tx, ctx: DemoContext, at: string, set: DemoSet): Promise<number> {
  let stocked = 0
  for (const p of set.products) {
    const id = await insertProduct(tx, {
      sku: p.sku,
      name: p.name,
      unit: p.unit,
      price: parseMoney(p.price, 'price'),
      lead_days: p.leadDays,
      producible: p.producible ? 1 : 0,
      created_at: at,
    })
    if (p.onHand > 0) {
      stocked++
      await applyStockMove(tx, { productId: id, qty: p.onHand, kind: 'receive', reason: set.openingStockReason, businessDate: ctx.today, at, actor: ctx.actor })
    }
  }
  return stocked
}
