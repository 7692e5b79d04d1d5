import type { Command } from 'commander'
import { described } from '../../help.js'
import * as add from './add.js'
import * as list from './list.js'
import * as show from './show.js'

/** `product add|list|show`: the catalogue, with each product's stock. */
export function registerProduct(program: Command): void {
  const product = described(program.command('product'), 'product')
  add.register(product)
  list.register(product)
  show.register(product)
}
