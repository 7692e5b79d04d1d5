import type { Command } from 'commander'
import type { infer as Infer } from 'zod/mini'
import { NotFoundError } from '../../../domain/errors.js'
import { msg } from '../../../domain/message.js'
import { tr } from '../../../messages/index.js'
import { findCustomer } from '../../../read/master-data.js'
import { customerJson } from '../../../render/customer-view.js'
import { changesJson, fieldWord } from '../../../render/master-history-view.js'
import { editCustomer } from '../../../services/edit-customer.js'
import { action } from '../../action.js'
import { serviceContext, type Session } from '../../context.js'
import { note, text, z } from '../../flags.js'
import { described } from '../../help.js'
import { requireFlags } from '../../prompts.js'

export const schema = z.object({
  name: text(120),
  contact: text(80),
  phone: text(40),
  address: note(200),
})
export type Options = Infer<typeof schema> & { code: string }

const FLAGS = ['--name', '--contact', '--phone', '--address']

/** `customer edit <code> [--name] [--contact] [--phone] [--address]`: master data (clerk, manager). */
export function register(customer: Command): void {
  const cmd = customer.command('edit <code>').option('--name <name>')
  cmd.option('--contact <name>').option('--phone <phone>').option('--address <address>')
  described(cmd, 'customer edit').action(action(schema, run))
}

/**
 * Changes the fields given ('' clears contact, phone or address); with none on a terminal,
 * asks for each with the current value as the default. The code is not editable.
 */
export async function run(opts: Options, s: Session): Promise<void> {
  const given = opts.name !== undefined || opts.contact !== undefined || opts.phone !== undefined || opts.address !== undefined
  requireFlags(s.interactive, given ? [] : [msg('master.anyOfFlags', { flags: FLAGS })])
  const ctx = await serviceContext(s)
  let input = { code: opts.code, name: opts.name, contact: opts.contact, phone: opts.phone, address: opts.address }
  if (!given) {
    const c = await findCustomer(s.store.db, opts.code)
    if (!c) throw new NotFoundError('customer', opts.code, msg('master.seeCustomerList', {}))
    const ask = (field: 'name' | 'contact' | 'phone' | 'address', current: string | null) =>
      s.prompt.input(tr('master.customerField', { field }), { default: current ?? '' })
    input = { code: c.code, name: await ask('name', c.name), contact: await ask('contact', c.contact), phone: await ask('phone', c.phone), address: await ask('address', c.address) }
  }
  const r = await editCustomer(ctx, input)
  const fields = Object.keys(r.changes)
  s.out.result({ ...customerJson(r.customer), changes: changesJson('customer', r.changes) }, () => '')
  if (fields.length === 0) s.out.done(tr('master.nothingChanged', { entity: 'customer', code: r.customer.code }))
  else s.out.done(tr('master.customerEdited', { code: r.customer.code, fields: fields.map((f) => fieldWord('customer', f)) }))
}
