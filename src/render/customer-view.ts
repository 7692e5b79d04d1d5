import type { Customer } from '../read/master-data.js'
import { keyValues, table } from './table.js'

/** A customer as `customer add|list|show --json` print it. */
export function customerJson(c: Customer) {
  return { code: c.code, name: c.name, contact: c.contact, phone: c.phone, address: c.address }
}

/** `customer list`: one line a customer. */
export function customerTable(rows: Customer[]): string {
  return table(['Code', 'Name', 'Contact', 'Phone'], rows.map((c) => [c.code, c.name, c.contact ?? '', c.phone ?? '']))
}

/** `customer show`: one customer, a field a line. */
export function customerCard(c: Customer): string {
  return keyValues([
    ['Code', c.code],
    ['Name', c.name],
    ['Contact', c.contact],
    ['Phone', c.phone],
    ['Address', c.address],
  ])
}
