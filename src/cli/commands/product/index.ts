import type { Command } from 'commander'
import { described } from '../../help.js'
import * as add from './add.js'
import * as edit from './edit.js'
import * as list from './list.js'
import * as show from './show.js'

/** `product add|edit|list|show`: the catalogue, with each product's stock. */
export function registerProduct(program: Command): void {
  const product = described(program.command('product'), 'product')
  add.register(product)
  edit.register(product)
  list.register(product)
  show.register(product)
}
