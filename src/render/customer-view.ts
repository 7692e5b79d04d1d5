import type { Customer } from '../read/master-data.js'
import type { MasterMessages } from '../domain/messages/master.js'
import { tr } from '../messages/index.js'
import { keyValues, table } from './table.js'

const field = (f: MasterMessages['master.customerField']['field']) => tr('master.customerField', { field: f })

/** A customer as `customer add|list|show --json` print it. */
export function customerJson(c: Customer) {
  return { code: c.code, name: c.name, contact: c.contact, phone: c.phone, address: c.address }
}

/** `customer list`: one line a customer. */
export function customerTable(rows: Customer[]): string {
  return table([field('code'), field('name'), field('contact'), field('phone')], rows.map((c) => [c.code, c.name, c.contact ?? '', c.phone ?? '']))
}

/** `customer show`: one customer, a field a line. */
export function customerCard(c: Customer): string {
  return keyValues([
    [field('code'), c.code],
    [field('name'), c.name],
    [field('contact'), c.contact],
    [field('phone'), c.phone],
    [field('address'), c.address],
  ])
}
