import type { Command } from 'commander'
import type { infer as Infer } from 'zod/mini'
import { customerJson } from '../../../render/customer-view.js'
import { addCustomer } from '../../../services/add-customer.js'
import { action } from '../../action.js'
import { serviceContext, type Session } from '../../context.js'
import { note, text, z } from '../../flags.js'
import { described } from '../../help.js'
import { requireFlags } from '../../prompts.js'
import { tr } from '../../../messages/index.js'

export const schema = z.object({
  code: text(32),
  name: text(120),
  contact: text(80),
  phone: text(40),
  address: note(200),
})
export type Options = Infer<typeof schema>

/** `customer add --code --name`: master data (clerk, manager). */
export function register(customer: Command): void {
  const cmd = customer.command('add').option('--code <code>').option('--name <name>')
  cmd.option('--contact <name>').option('--phone <phone>').option('--address <address>')
  described(cmd, 'customer add').action(action(schema, run))
}

/** Adds a customer; the code and the name are asked on a terminal when not given. */
export async function run(opts: Options, s: Session): Promise<void> {
  requireFlags(s.interactive, [...(opts.code ? [] : ['--code']), ...(opts.name ? [] : ['--name'])])
  const ctx = await serviceContext(s)
  const code = opts.code ?? (await s.prompt.input(tr('master.promptCustomerCode')))
  const name = opts.name ?? (await s.prompt.input(tr('master.promptCompanyName')))
  const c = await addCustomer(ctx, { code, name, contact: opts.contact, phone: opts.phone, address: opts.address })
  s.out.result(customerJson(c), () => '')
  s.out.done(tr('master.customerAdded', { code: c.code, name: c.name }))
}
