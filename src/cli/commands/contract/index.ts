import type { Command } from 'commander'
import { described } from '../../help.js'
import * as sign from './sign.js'

/** `contract sign`: SPEC §1 step 2.1 — the customer accepted. */
export function registerContract(program: Command): void {
  const contract = described(program.command('contract'), 'contract')
  sign.register(contract)
}
