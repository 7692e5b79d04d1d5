// Builds a large desk database quickly for benchmarks: `node bench/seed.mjs --orders N --db FILE`.
// Starts from `orderdesk init --demo`, then writes orders with lines, contracts and events
// straight into the schema in one transaction (the CLI would take hours for 100,000 orders).
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)
const Database = require('better-sqlite3')
const bin = fileURLToPath(new URL('../bin/orderdesk', import.meta.url))

const STATUSES = ['inquiry', 'offered', 'lost', 'contracted', 'contracted', 'offered', 'lost', 'inquiry']

export function seed(file, orders, { today = '2026-11-26' } = {}) {
  for (const ext of ['', '-wal', '-shm']) rmSync(file + ext, { force: true })
  const r = spawnSync(process.execPath, [bin, 'init', '--demo'], { env: { ...process.env, ORDERDESK_DB: file, ORDERDESK_TODAY: today } })
  if (r.status !== 0) throw new Error(`init failed: ${r.stderr}`)
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = OFF')
  const customers = db.prepare('select id, code from customers').all()
  const products = db.prepare('select id, sku, price from products').all()
  const insOrder = db.prepare(`insert into orders (number, customer_id, status, revision, channel, source_ref, rush, order_date,
    requested_date, promised_date, total, payment_method, payment_due, deposit_pct, created_by, created_at, updated_at)
    values (?, ?, ?, ?, 'phone', ?, ?, ?, ?, ?, ?, ?, ?, ?, 'li', ?, ?)`)
  const insLine = db.prepare(`insert into order_lines (order_id, line_no, product_id, qty, unit_price, discount_bp, amount, source, stock_qty, shortfall, line_date)
    values (?, ?, ?, ?, ?, 0, ?, ?, ?, 0, ?)`)
  const insEvent = db.prepare(`insert into events (at, business_date, actor, action, entity, ref, order_id, from_status, to_status, data, prev_hash, hash)
    values (?, ?, 'li', ?, 'order', ?, ?, ?, ?, null, ?, ?)`)
  const insDoc = db.prepare(`insert into documents (order_id, kind, number, seq, revision, status, data, created_by, created_at, signed_by, signed_at)
    values (?, 'contract', ?, 1, 3, 'signed', '{}', 'li', ?, 'li', ?)`)
  let prev = db.prepare('select hash from events order by id desc limit 1').get()?.hash ?? '0'.repeat(64)
  const event = (at, date, action, ref, orderId, from, to) => {
    const hash = createHash('sha256').update(prev + action + ref).digest('hex')
    insEvent.run(at, date, action, ref, orderId, from, to, prev, hash)
    prev = hash
  }
  const years = new Map()
  db.transaction(() => {
    for (let i = 0; i < orders; i++) {
      const day = new Date(Date.UTC(2024, 0, 1) + Math.floor((i / orders) * 1060) * 86400000).toISOString().slice(0, 10)
      const yy = day.slice(2, 4)
      const seq = (years.get(yy) ?? 0) + 1
      years.set(yy, seq)
      const number = `${yy}-${String(seq).padStart(5, '0')}`
      const status = STATUSES[i % STATUSES.length]
      const c = customers[i % customers.length]
      const p1 = products[i % products.length]
      const p2 = products[(i * 7 + 3) % products.length]
      const q1 = 1 + (i % 9)
      const q2 = 1 + (i % 4)
      const total = q1 * p1.price + q2 * p2.price
      const at = `${day}T09:00:00.000Z`
      const checked = status !== 'inquiry'
      const contracted = status === 'contracted'
      const { lastInsertRowid: id } = insOrder.run(number, c.id, status, contracted ? 3 : checked ? 2 : 1, `REC-${i}`, i % 17 === 0 ? 1 : 0,
        day, day, checked ? day : null, total, contracted ? 'transfer' : null, contracted ? day : null, contracted ? 100 : null, at, at)
      insLine.run(id, 1, p1.id, q1, p1.price, q1 * p1.price, checked ? 'stock' : null, 0, checked ? day : null)
      insLine.run(id, 2, p2.id, q2, p2.price, q2 * p2.price, checked ? 'stock' : null, 0, checked ? day : null)
      event(at, day, 'inquiry.new', number, id, null, 'inquiry')
      if (checked) event(at, day, 'stock.check', number, id, 'inquiry', status === 'lost' ? 'lost' : 'offered')
      if (contracted) {
        insDoc.run(id, `${number}-CT1`, at, day)
        event(at, day, 'contract.sign', number, id, 'offered', 'contracted')
      }
    }
    const setCounter = db.prepare('insert into counters (key, value) values (?, ?) on conflict(key) do update set value = excluded.value')
    for (const [yy, n] of years) setCounter.run(`order:20${yy}`, n)
  })()
  db.pragma('wal_checkpoint(TRUNCATE)')
  db.close()
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name, def) => {
    const i = process.argv.indexOf(name)
    return i > 0 ? process.argv[i + 1] : def
  }
  const n = Number(arg('--orders', '100000'))
  const file = arg('--db', 'bench/desk.db')
  const t = Date.now()
  seed(file, n)
  console.log(`seeded ${n} orders into ${file} in ${((Date.now() - t) / 1000).toFixed(1)} s`)
}
