import type { CustomerRow } from '../../domain/import-master.js'
import { customerChanges } from '../../domain/import-master.js'
import { findCustomersByCode, insertCustomer, updateCustomer, type CustomerRef } from '../../store/import-writes.js'
import { codesOf, type RowBatch } from './write-rows.js'

/**
 * `import customers`: a code not in the desk is added; for a known code the fields the row
 * gives are updated where they differ (one `customer.update` event naming each change), else
 * the row is counted unchanged.
 */
export async function writeCustomers(b: RowBatch): Promise<void> {
  const existing = new Map((await findCustomersByCode(b.q, codesOf(b))).map((c) => [c.code, c]))
  for (const { value } of b.rows) {
    const r = value.row as CustomerRow
    const ex = existing.get(r.code)
    if (ex) await changeCustomer(b, ex, r, value.line)
    else existing.set(r.code, await addCustomer(b, r, value.line))
  }
}

async function addCustomer(b: RowBatch, r: CustomerRow, line: number): Promise<CustomerRef> {
  const w = b.run.summary.written
  w.created++
  const c = { code: r.code, name: r.name, contact: r.contact ?? null, phone: r.phone ?? null, address: r.address ?? null }
  if (b.write) {
    await insertCustomer(b.q, { ...c, created_at: b.at })
    b.events!.add({ action: 'customer.add', entity: 'customer', ref: r.code, data: { name: r.name, import: b.run.source(line) } })
  }
  return { id: -1, ...c }
}

async function changeCustomer(b: RowBatch, ex: CustomerRef, r: CustomerRow, line: number): Promise<void> {
  const w = b.run.summary.written
  const changed = customerChanges(ex, r)
  if (changed.length === 0) {
    w.unchanged++
    return
  }
  w.updated++
  const set = Object.fromEntries(changed.map((f) => [f, r[f] ?? null])) as Partial<CustomerRef>
  if (b.write) {
    await updateCustomer(b.q, r.code, set)
    const changes = Object.fromEntries(changed.map((f) => [f, [ex[f], r[f] ?? null]]))
    b.events!.add({ action: 'customer.update', entity: 'customer', ref: r.code, data: { changes, import: b.run.source(line) } })
  }
  Object.assign(ex, set)
}
