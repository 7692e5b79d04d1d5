-- The floor under `orderdesk import orders` (bench/import.mjs): the sqlite3 shell itself puts the
-- same CSV into a fresh desk's tables, set-based in C, in one transaction, with no validation,
-- no per-row statements and no audit chain (each event hashed on its own): the staging table
-- from `.import`, then orders, lines, order_imports and events with every index and foreign
-- key the desk has. A perfect importer would skip the staging `.import`, but one on
-- better-sqlite3 pays about as much again to bind its values a row at a time: for a JavaScript
-- importer this is where the time starts, before anything is parsed, validated or hashed.
-- Run as: sqlite3 DESK ".import --csv FILE t" ".read bench/import-floor.sql"
pragma foreign_keys = on;
begin;
create temp table l as
  select t.rowid as r, t.ext_ref, p.id as product_id, cast(t.qty as integer) as qty,
         coalesce(cast(round(nullif(t.unit_price, '') * 100) as integer), p.price) as unit_price,
         cast(round(t.discount * 10000) as integer) as discount_bp
  from t join products p on p.sku = t.sku order by t.rowid;
create temp table o as
  select ext_ref, min(r) as r, count(*) as n, sum((qty * unit_price * (10000 - discount_bp) + 5000) / 10000) as total
  from l group by ext_ref;
insert into import_batches (kind, file, format, encoding, status, actor, business_date, started_at)
  values ('orders', 'floor.csv', 'csv', 'utf8', 'running', 'li', '2026-11-26', '2026-11-26T10:00:00.000Z');
insert into orders (number, customer_id, status, revision, channel, source_ref, rush, note, order_date, requested_date,
                    total, ext_ref, created_by, created_at, updated_at)
  select printf('25-%06d', row_number() over (order by o.r)), c.id, 'inquiry', 1, t.channel, t.source_ref, 0,
         nullif(t.note, ''), t.order_date, t.requested_date, o.total, o.ext_ref, 'li',
         '2026-11-26T10:00:00.000Z', '2026-11-26T10:00:00.000Z'
  from o join t on t.rowid = o.r join customers c on c.code = t.customer order by o.r;
insert into order_lines (order_id, line_no, product_id, qty, unit_price, discount_bp, amount)
  select x.id, row_number() over (partition by l.ext_ref order by l.r), l.product_id, l.qty, l.unit_price, l.discount_bp,
         (l.qty * l.unit_price * (10000 - l.discount_bp) + 5000) / 10000
  from l join orders x on x.ext_ref = l.ext_ref order by l.r;
insert into order_imports (order_id, batch_id, line, content_hash)
  select x.id, (select max(id) from import_batches), o.r + 1, lower(hex(sha3(x.ext_ref || x.total, 256)))
  from o join orders x on x.ext_ref = o.ext_ref order by x.id;
insert into events (at, business_date, actor, action, entity, ref, order_id, from_status, to_status, data, prev_hash, hash)
  select '2026-11-26T10:00:00.000Z', '2026-11-26', 'li', 'inquiry.new', 'order', x.number, x.id, null, 'inquiry',
         json_object('customer', c.code, 'total', x.total, 'lines', o.n, 'extRef', x.ext_ref,
                     'import', json_object('batch', 1, 'file', 'floor.csv', 'line', o.r + 1)),
         lower(hex(sha3(x.id, 256))), lower(hex(sha3(x.number || x.total, 256)))
  from orders x join o on o.ext_ref = x.ext_ref join customers c on c.id = x.customer_id order by x.id;
commit;
