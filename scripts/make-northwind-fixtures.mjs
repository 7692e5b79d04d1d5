// Converts the Northwind sample data (fixtures/northwind, see its SOURCE.md) into orderdesk's
// import format (SPEC §6): `node scripts/make-northwind-fixtures.mjs` writes
// fixtures/northwind-import/{customers,products,stock,orders}.csv.
//   customers: code = CustomerID, name = CompanyName, contact = ContactName, phone = Phone,
//              address = "Address, PostalCode City, Country" (as the demo data has it)
//   products:  sku = NW-<ProductID, 3 digits>, name, price = UnitPrice, unit `case`,
//              lead_days 14/21/28/7 by ProductID, producible = not Discontinued
//   stock:     sku, qty = UnitsInStock (a stock take)
//   orders:    one row per order detail, grouped by order: ext_ref = OrderID, customer =
//              CustomerID (+ customer_name, phone for --create-customers), order_date =
//              OrderDate, requested_date = RequiredDate, sku, qty = Quantity,
//              unit_price = the line's UnitPrice, discount = Discount (a fraction)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { parse } from 'csv-parse/sync'

const src = new URL('../fixtures/northwind/', import.meta.url)
const out = new URL('../fixtures/northwind-import/', import.meta.url)
const read = (name) => parse(readFileSync(new URL(name, src)), { columns: true, bom: true })

const cell = (v) => {
  const s = v === null || v === undefined ? '' : String(v)
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}
const write = (name, header, rows) => {
  const text = [header, ...rows].map((r) => r.map(cell).join(',')).join('\n') + '\n'
  writeFileSync(new URL(name, out), text)
  return rows.length
}
const sku = (id) => `NW-${String(id).padStart(3, '0')}`

const customers = read('customers.csv')
const products = read('products.csv')
const orders = read('orders.csv')
const details = read('order-details.csv')
mkdirSync(out, { recursive: true })

const address = (c) => `${c.Address}, ${c.PostalCode ? `${c.PostalCode} ` : ''}${c.City}, ${c.Country}`
const nCustomers = write(
  'customers.csv',
  ['code', 'name', 'contact', 'phone', 'address'],
  customers.map((c) => [c.CustomerID, c.CompanyName, c.ContactName, c.Phone, address(c)]),
)

const LEAD_DAYS = [14, 21, 28, 7]
const nProducts = write(
  'products.csv',
  ['sku', 'name', 'price', 'unit', 'lead_days', 'producible'],
  products.map((p) => [sku(p.ProductID), p.ProductName, Number(p.UnitPrice).toFixed(2), 'case', LEAD_DAYS[(Number(p.ProductID) - 1) % 4], p.Discontinued === '1' ? 'no' : 'yes']),
)
write('stock.csv', ['sku', 'qty'], products.map((p) => [sku(p.ProductID), p.UnitsInStock]))

const byCode = new Map(customers.map((c) => [c.CustomerID, c]))
const linesOf = new Map()
for (const d of details) {
  if (!linesOf.has(d.OrderID)) linesOf.set(d.OrderID, [])
  linesOf.get(d.OrderID).push(d)
}
const rows = []
for (const o of orders) {
  const c = byCode.get(o.CustomerID)
  for (const d of linesOf.get(o.OrderID) ?? []) {
    rows.push([o.OrderID, o.CustomerID, c?.CompanyName ?? '', c?.Phone ?? '', o.OrderDate, o.RequiredDate, sku(d.ProductID), d.Quantity, d.UnitPrice, d.Discount])
  }
}
const nLines = write('orders.csv', ['ext_ref', 'customer', 'customer_name', 'phone', 'order_date', 'requested_date', 'sku', 'qty', 'unit_price', 'discount'], rows)
console.log(`fixtures/northwind-import: ${nCustomers} customers, ${nProducts} products (and stock), ${orders.length} orders with ${nLines} lines`)
