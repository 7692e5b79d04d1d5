import type { Command } from 'commander'
import { described } from '../../help.js'
import * as customers from './customers.js'
import * as orders from './orders.js'
import * as products from './products.js'
import * as stock from './stock.js'

/** `import orders|customers|products|stock <file|->`: batch import (SPEC §6). */
export function registerImport(program: Command): void {
  const imp = described(program.command('import'), 'import')
  orders.register(imp)
  customers.register(imp)
  products.register(imp)
  stock.register(imp)
}
