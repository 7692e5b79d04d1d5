import type { Command } from 'commander'
import { described } from '../../help.js'
import * as add from './add.js'
import * as edit from './edit.js'
import * as list from './list.js'
import * as show from './show.js'

/** `customer add|edit|list|show`: the customers a clerk takes orders from. */
export function registerCustomer(program: Command): void {
  const customer = described(program.command('customer'), 'customer')
  add.register(customer)
  edit.register(customer)
  list.register(customer)
  show.register(customer)
}
