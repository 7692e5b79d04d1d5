import type { Command } from 'commander'
import { described } from '../../help.js'
import * as approve from './approve.js'
import * as reject from './reject.js'
import * as reprice from './reprice.js'

/** `quote approve|reject|reprice`: the sales manager's approval of large or discounted offers. */
export function registerQuote(program: Command): void {
  const quote = described(program.command('quote'), 'quote')
  approve.register(quote)
  reject.register(quote)
  reprice.register(quote)
}
