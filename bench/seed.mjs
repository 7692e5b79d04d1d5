// Builds a large desk database quickly for benchmarks:
//   npm run bench:seed -- --orders N [--customers N] [--db FILE] [--no-lifecycle]
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

// `lifecycle: true` also walks part of the contracted orders on through payment, sales order,
// production, shipping and completion (see `advance` below); `bin` is the orderdesk to init with.
export function seed(file, orders, { today = '2026-11-26', lifecycle = false, customers: extraCustomers = 0, bin: orderdesk = bin } = {}) {
  for (const ext of ['', '-wal', '-shm']) rmSync(file + ext, { force: true })
  const r = spawnSync(process.execPath, [orderdesk, 'init', '--demo'], { env: { ...process.env, ORDERDESK_DB: file, ORDERDESK_TODAY: today } })
  if (r.status !== 0) throw new Error(`init failed: ${r.stderr}`)
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = OFF')
  if (extraCustomers > 0) addCustomers(db, extraCustomers)
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
    if (lifecycle) {
      advance(db, today)
      addChanges(db)
    }
    const setCounter = db.prepare('insert into counters (key, value) values (?, ?) on conflict(key) do update set value = excluded.value')
    for (const [yy, n] of years) setCounter.run(`order:20${yy}`, n)
  })()
  db.pragma('wal_checkpoint(TRUNCATE)')
  db.close()
}


/**
 * Walks the contracted orders on, set-based in SQL (a few statements over all of them, fast):
 * by the order's id and age, each ends in one of contracted (deposit missing or partly paid),
 * confirmed (production order dispatched, some rejected), in_production (accepted, some at
 * risk), ready, shipping, shipped or completed (on time or late, invoiced, a few complaints),
 * with payments, production orders (every third order), shipments with lines, invoices and
 * the audit events of each step dated as they happened. Orders older than 40 days are mostly
 * completed. Event hashes are random: `audit verify` is not meant to pass on a seeded desk.
 */
function advance(db, today) {
  const day = (n) => `date(l.d0, '+${n} days')`
  const at = (n) => `${day(n)} || 'T10:00:00.000Z'`
  db.exec(`
    create temp table lc as
    select o.id, o.number, o.order_date as d0, o.total, o.rush,
      (o.id % 3 = 0) as po, (o.id % 5 = 0) as late, (o.id % 7 = 0) as risky,
      case when o.id % 2 = 0 then 30 else 100 end as pct,
      cast(julianday('${today}') - julianday(o.order_date) as integer) as age, o.id % 20 as r, 0 as stage
    from orders o where o.status = 'contracted';
    update lc set stage = case when age > 40 then (case when r = 0 then 0 else 6 end)
      when r < 3 then 0 when r < 5 then 1 when r < 8 then 2 when r < 10 then 3 when r = 10 then 4 when r < 13 then 5 else 6 end;
    update lc set stage = 3 where po = 0 and stage in (1, 2);
    update lc set stage = min(stage, case
      when age >= (case when late then 16 else 12 end) then 6 when age >= 10 then 5 when age >= 9 then 4
      when po = 0 and age >= 1 then 3 when po = 1 and age >= 8 then 3 when po = 1 and age >= 2 then 2 when age >= 1 then 1 else 0 end);
    create index temp.lc_id on lc (id);
  `)
  const event = (action, entity, ref, offset, from, to, where, actor = "'li'") =>
    db.exec(`insert into events (at, business_date, actor, action, entity, ref, order_id, from_status, to_status, data, prev_hash, hash)
      select ${at(offset)}, ${day(offset)}, ${actor}, '${action}', '${entity}', ${ref}, l.id, ${from}, ${to}, null, '${'0'.repeat(64)}', lower(hex(randomblob(32)))
      from lc l where ${where} order by l.id`)
  const pay = (offset, amount, where) => {
    db.exec(`insert into payments (order_id, amount, method, ref, paid_date, recorded_by, created_at)
      select l.id, ${amount}, 'transfer', null, ${day(offset)}, 'wu', ${at(offset)} from lc l where ${where} order by l.id`)
    event('payment.record', 'order', 'l.number', offset, 'null', 'null', where, "'wu'")
  }
  const deposit = '((l.total * l.pct + 99) / 100)'
  const deliver = `(case when l.late then 16 else 12 end)`
  const mo = `l.number || '-MO1'`
  const mc = "case when (l.id / 3) % 2 = 0 then 'sun' else 'zhao' end"
  pay(1, `(l.total / 10)`, 'l.stage = 0 and l.id % 4 = 0 and l.age >= 1')
  pay(1, deposit, 'l.stage >= 1')
  event('order.confirm', 'order', 'l.number', 1, "'contracted'", "case when l.po then 'confirmed' else 'ready' end", 'l.stage >= 1', "'wang'")
  event('production.reject', 'production_order', mo, 2, 'null', 'null', 'l.po and l.stage = 1 and l.id % 5 = 0', mc)
  event('production.accept', 'production_order', mo, 2, "'confirmed'", "'in_production'", 'l.po and l.stage >= 2', mc)
  event('production.done', 'production_order', mo, 8, "'in_production'", "'ready'", 'l.po and l.stage >= 3', mc)
  event('production.rate', 'production_order', mo, 9, 'null', 'null', 'l.po and l.stage >= 3 and (l.id / 8) % 4 < 3')
  event('ship.plan', 'shipment', "l.number || '-OS1'", 9, "'ready'", "'shipping'", 'l.stage >= 4')
  pay(9, `(l.total - ${deposit})`, 'l.stage >= 4 and l.pct < 100')
  event('ship.send', 'shipment', "l.number || '-OS1'", 10, "'shipping'", "'shipped'", 'l.stage >= 5', "'zhou'")
  db.exec(`insert into events (at, business_date, actor, action, entity, ref, order_id, from_status, to_status, data, prev_hash, hash)
    select date(l.d0, '+' || ${deliver} || ' days') || 'T10:00:00.000Z', date(l.d0, '+' || ${deliver} || ' days'), 'zhou', 'ship.deliver', 'shipment',
      l.number || '-OS1', l.id, 'shipped', 'completed', null, '${'0'.repeat(64)}', lower(hex(randomblob(32)))
    from lc l where l.stage = 6 order by l.id`)
  db.exec(`
    insert into production_orders (number, order_id, line_id, product_id, qty, done_qty, rejected_qty, status, assignee, priority, due_date,
      committed_date, progress, reject_reason, signed_by, dispatched_date, rating, rating_comment, rated_by, created_at, updated_at)
    select ${mo}, l.id, ol.id, ol.product_id, ol.qty, case when l.stage >= 3 then ol.qty else 0 end, 0,
      case when l.stage >= 3 then 'done' when l.stage = 2 then (case when l.id % 2 = 0 then 'in_progress' else 'accepted' end)
        when l.id % 5 = 0 then 'rejected' else 'dispatched' end,
      ${mc}, l.rush, ${day(14)},
      case when l.stage >= 2 then (case when l.risky then ${day(17)} when (l.id / 8) % 4 = 1 then ${day(7)} else ${day(9)} end) end,
      case when l.stage >= 3 then 100 when l.stage = 2 then 40 else 0 end,
      case when l.stage = 1 and l.id % 5 = 0 then 'no capacity' end, 'wang', ${day(1)},
      case when l.stage >= 3 and (l.id / 8) % 4 < 3 then 3 + (l.id / 8) % 3 end, null, case when l.stage >= 3 and (l.id / 8) % 4 < 3 then 'li' end,
      ${at(1)}, ${at(1)}
    from lc l join order_lines ol on ol.order_id = l.id and ol.line_no = 1 where l.po and l.stage >= 1 order by l.id;
    update order_lines set source = 'production', stock_qty = 0, shortfall = qty
      where line_no = 1 and order_id in (select id from lc where po and stage >= 1);
    insert into shipments (number, order_id, status, ship_date, carrier, address, tracking, sent_date, delivered_date, on_time,
      unpaid_reason, unpaid_approved_by, created_by, created_at, updated_at)
    select l.number || '-OS1', l.id, case l.stage when 4 then 'planned' when 5 then 'sent' else 'delivered' end, ${day(10)}, 'SF Express', null,
      case when l.stage >= 5 then 'SF' || l.id end, case when l.stage >= 5 then ${day(10)} end,
      case when l.stage = 6 then date(l.d0, '+' || ${deliver} || ' days') end, case when l.stage = 6 then (case when l.late then 0 else 1 end) end,
      null, null, 'li', ${at(9)}, ${at(10)}
    from lc l where l.stage >= 4 order by l.id;
    insert into shipment_lines (shipment_id, line_id, product_id, qty)
    select s.id, ol.id, ol.product_id, ol.qty from lc l join shipments s on s.order_id = l.id join order_lines ol on ol.order_id = l.id where l.stage >= 4;
    insert into invoices (order_id, number, amount, issued_date, issued_by, created_at)
    select l.id, 'INV-' || l.number, l.total, date(l.d0, '+' || ${deliver} || ' days'), 'wu', ${at(12)} from lc l where l.stage = 6 order by l.id;
    insert into complaints (order_id, text, status, opened_by, opened_date, resolution, resolved_by, resolved_date, created_at)
    select l.id, 'goods damaged', case when l.id % 100 = 63 or l.age < 30 then 'open' else 'resolved' end, 'li', date(l.d0, '+17 days'),
      case when l.id % 100 = 63 or l.age < 30 then null else 'credit note' end, case when l.id % 100 = 63 or l.age < 30 then null else 'li' end,
      case when l.id % 100 = 63 or l.age < 30 then null else date(l.d0, '+19 days') end, ${at(17)}
    from lc l where l.stage = 6 and l.id % 50 = 13 and l.age >= 17 order by l.id;
    update orders set
      status = (select case l.stage when 0 then 'contracted' when 1 then 'confirmed' when 2 then 'in_production' when 3 then 'ready'
        when 4 then 'shipping' when 5 then 'shipped' else 'completed' end from lc l where l.id = orders.id),
      promised_date = date(order_date, '+14 days'),
      payment_due = date(order_date, '+7 days'),
      deposit_pct = (select l.pct from lc l where l.id = orders.id),
      paid = coalesce((select sum(p.amount) from payments p where p.order_id = orders.id), 0),
      invoiced = coalesce((select sum(i.amount) from invoices i where i.order_id = orders.id), 0),
      at_risk = (select case when l.po and l.risky and l.stage in (1, 2) then 1 else 0 end from lc l where l.id = orders.id),
      production_issue = (select case when l.po and l.stage = 1 and l.id % 5 = 0 then 1 else 0 end from lc l where l.id = orders.id),
      delivered_date = (select case when l.stage = 6 then date(l.d0, '+' || ${deliver} || ' days') end from lc l where l.id = orders.id),
      on_time = (select case when l.stage = 6 then (case when l.late then 0 else 1 end) end from lc l where l.id = orders.id),
      revision = revision + (select l.stage from lc l where l.id = orders.id)
    where id in (select id from lc);
    drop table lc;
  `)
}

const FIRST = ['Golden', 'Eastern', 'Pacific', 'Northern', 'Great Wall', 'Sunrise', 'Harbour', 'Silver', 'Jade', 'Summit', 'River', 'Lotus', 'Phoenix', 'Delta', 'Maple', 'Ocean']
const SECOND = ['Trading', 'Machinery', 'Foods', 'Textiles', 'Electronics', 'Hardware', 'Import & Export', 'Logistics', 'Furniture', 'Plastics', 'Tools', 'Packaging']
const KIND = ['Co., Ltd.', 'GmbH', 'Inc.', 'S.A.', 'Ltd.', '有限公司', 'Group', 'Partners']
const CITY = ['上海', '广州', 'Hamburg', 'Lyon', 'Seattle', '深圳', 'Osaka', 'Milano', '杭州', 'Leeds']

/** `n` more customers with realistic, varied names (for the pick-list benchmark: 100,000). */
function addCustomers(db, n) {
  const ins = db.prepare('insert into customers (code, name, contact, phone, address, created_at) values (?, ?, ?, ?, ?, ?)')
  for (let i = 1; i <= n; i++) {
    const name = `${FIRST[i % FIRST.length]} ${SECOND[(i * 7) % SECOND.length]} ${CITY[(i * 3) % CITY.length]} ${i} ${KIND[(i * 5) % KIND.length]}`
    ins.run(`C${String(i).padStart(6, '0')}`, name, `Contact ${i}`, `+86 21 ${String(10000000 + i)}`, `${i} Road`, '2024-01-01T00:00:00.000Z')
  }
}

/**
 * Change requests on about one contracted order in fifty: most applied long ago, some
 * refused, a few still open (offered, waiting on MC), so that `change list` has history.
 */
function addChanges(db) {
  db.exec(`
    insert into change_requests (number, order_id, status, items, requested_date, cancel, channel, source_ref, note, plan, evaluated_revision,
      form_number, promised_from, promised_to, mc_decision, mc_date, mc_reason, mc_by, customer_decision, customer_by,
      revision_before, revision_after, created_by, created_date, created_at, updated_at)
    select o.number || '-CR1', o.id,
      case when o.id % 7 = 0 then 'rejected' when o.status in ('contracted', 'confirmed', 'in_production') and o.id % 3 = 0 then (case when o.id % 2 = 0 then 'offered' else 'pending_mc' end) else 'applied' end,
      json_array(json_object('sku', p.sku, 'qty', ol.qty + 2)), null, 0, 'phone', 'REC-CR-' || o.id, null,
      json_object('lines', json_array(json_object('sku', p.sku, 'lineId', ol.id, 'from', ol.qty, 'to', ol.qty + 2, 'unitPrice', ol.unit_price, 'reserve', 2, 'release', 0, 'produce', 0)),
        'cancel', json('false'), 'dateFrom', o.requested_date, 'dateTo', null, 'needsMc', json('false'), 'reasons', json_array(), 'promisedDate', o.promised_date,
        'totalFrom', o.total, 'totalTo', o.total + 2 * ol.unit_price),
      o.revision, null, o.promised_date, o.promised_date, null, null, null, null, null, null, null, null, 'li', o.order_date, o.order_date || 'T11:00:00.000Z', o.order_date || 'T11:00:00.000Z'
    from orders o join order_lines ol on ol.order_id = o.id and ol.line_no = 2 join products p on p.id = ol.product_id
    where o.status not in ('inquiry', 'offered', 'lost') and o.id % 50 = 7 order by o.id
  `)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name, def) => {
    const i = process.argv.indexOf(name)
    return i > 0 ? process.argv[i + 1] : def
  }
  const n = Number(arg('--orders', '100000'))
  const customers = Number(arg('--customers', '0'))
  const file = arg('--db', 'bench/desk.db')
  const t = Date.now()
  seed(file, n, { lifecycle: !process.argv.includes('--no-lifecycle'), customers })
  console.log(`seeded ${n} orders${customers ? ` and ${customers} customers` : ''} into ${file} in ${((Date.now() - t) / 1000).toFixed(1)} s`)
}
