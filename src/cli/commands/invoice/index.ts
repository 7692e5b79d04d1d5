import type { Command } from 'commander'
import { described } from '../../help.js'
import * as issue from './issue.js'

/** `invoice issue`: finance's side of settlement. */
export function registerInvoice(program: Command): void {
  const invoice = described(program.command('invoice'), 'invoice')
  issue.register(invoice)
}
