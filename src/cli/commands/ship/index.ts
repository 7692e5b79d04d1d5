import type { Command } from 'commander'
import { described } from '../../help.js'
import * as deliver from './deliver.js'
import * as plan from './plan.js'
import * as send from './send.js'

/**
 * `ship <order>`, `ship send <order>`, `ship deliver <order>`: SPEC §1 step 5 — the outbound
 * slip for logistics, the goods leaving, and their arrival.
 */
export function registerShip(program: Command): void {
  const ship = described(program.command('ship'), 'ship')
  for (const verb of [plan, send, deliver]) verb.register(ship)
}
