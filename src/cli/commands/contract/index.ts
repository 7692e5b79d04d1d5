import type { Command } from 'commander'
import { described } from '../../help.js'
import * as sign from './sign.js'
import * as countersign from './countersign.js'

/** `contract sign`: SPEC §1 step 2.1 — the customer accepted; `contract countersign`: their signed copy came back. */
export function registerContract(program: Command): void {
  const contract = described(program.command('contract'), 'contract')
  sign.register(contract)
  countersign.register(contract)
}
