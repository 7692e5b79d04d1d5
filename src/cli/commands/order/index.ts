import type { Command } from 'commander'
import { described } from '../../help.js'
import * as confirm from './confirm.js'
import * as list from './list.js'
import * as show from './show.js'

/** `order list|confirm|show`: where every order stands, and the manager's sales order. */
export function registerOrder(program: Command): void {
  const order = described(program.command('order'), 'order')
  list.register(order)
  confirm.register(order)
  show.register(order)
}
