import type { Command } from 'commander'
import { described } from '../../help.js'
import * as confirm from './confirm.js'
import * as decide from './decide.js'
import * as list from './list.js'
import * as request from './request.js'

/** `change request|decide|confirm|list`: SPEC §1 step 4, the customer's changes before shipment. */
export function registerChange(program: Command): void {
  const change = described(program.command('change'), 'change')
  for (const verb of [request, decide, confirm, list]) verb.register(change)
}
