import type { Command } from 'commander'
import { described } from '../../help.js'
import * as adjust from './adjust.js'
import * as check from './check.js'
import * as receive from './receive.js'
import * as show from './show.js'

/** `stock show|receive|adjust|check`: the warehouse as a ledger of moves, and the stock check of an inquiry. */
export function registerStock(program: Command): void {
  const stock = described(program.command('stock'), 'stock')
  show.register(stock)
  receive.register(stock)
  adjust.register(stock)
  check.register(stock)
}
