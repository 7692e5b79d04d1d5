import type { Command } from 'commander'
import { limit, note, text, z } from '../flags.js'
import { NotFoundError } from '../../domain/errors.js'
import { addCustomer } from '../../services/add-customer.js'
import { findCustomer, listCustomers } from '../../read/master-data.js'
import type { Customer } from '../../read/master-data.js'
import { keyValues, table } from '../../render/table.js'
import { serviceContext, withSession } from '../context.js'
import { validateOptions } from '../parse.js'
import { askInput, requireFlags } from '../prompts.js'

const addSchema = z.object({
  code: text(32),
  name: text(120),
  contact: text(80),
  phone: text(40),
  address: note(200),
})
const listSchema = z.object({ limit: limit(0) })

export function customerJson(c: Customer) {
  return { code: c.code, name: c.name, contact: c.contact, phone: c.phone, address: c.address }
}

/** `customer add|list|show`. */
export function registerCustomer(program: Command): void {
  const customer = program.command('customer').description('customers')

  customer
    .command('add')
    .description('add a customer')
    .option('--code <code>', 'short code clerks type, e.g. ALFKI')
    .option('--name <name>', 'company name')
    .option('--contact <name>', 'contact person')
    .option('--phone <phone>', 'phone number')
    .option('--address <address>', 'delivery address')
    .action(async (raw: unknown, cmd: Command) =>
      withSession(cmd, async (s) => {
        const opts = validateOptions(addSchema, raw)
        requireFlags(s.interactive, [...(opts.code ? [] : ['--code']), ...(opts.name ? [] : ['--name'])])
        const ctx = await serviceContext(s)
        const code = opts.code ?? (await askInput('Customer code'))
        const name = opts.name ?? (await askInput('Company name'))
        const c = await addCustomer(ctx, { code, name, contact: opts.contact, phone: opts.phone, address: opts.address })
        s.out.result(customerJson(c), () => '')
        s.out.done(`customer ${c.code} added: ${c.name}`)
      }),
    )

  customer
    .command('list')
    .description('list customers')
    .option('--limit <n>', 'at most n (0 = all)', '0')
    .action(async (raw: unknown, cmd: Command) =>
      withSession(cmd, async (s) => {
        const opts = validateOptions(listSchema, raw)
        const rows = await listCustomers(s.store.db, opts.limit)
        s.out.result(rows.map(customerJson), () =>
          table(['Code', 'Name', 'Contact', 'Phone'], rows.map((c) => [c.code, c.name, c.contact ?? '', c.phone ?? ''])),
        )
      }, { access: 'read' }),
    )

  customer
    .command('show <code>')
    .description('show one customer')
    .action(async (code: string, _raw: unknown, cmd: Command) =>
      withSession(cmd, async (s) => {
        const c = await findCustomer(s.store.db, code)
        if (!c) throw new NotFoundError('customer', code, 'see `orderdesk customer list`')
        s.out.result(customerJson(c), () =>
          keyValues([
            ['Code', c.code],
            ['Name', c.name],
            ['Contact', c.contact],
            ['Phone', c.phone],
            ['Address', c.address],
          ]),
        )
      }, { access: 'read' }),
    )
}
