import type { Command } from 'commander'
import { described } from '../../help.js'
import * as list from './list.js'
import * as open from './open.js'
import * as resolve from './resolve.js'

/** `complaint open|resolve|list`: after-sales complaints. */
export function registerComplaint(program: Command): void {
  const complaint = described(program.command('complaint'), 'complaint')
  for (const verb of [open, resolve, list]) verb.register(complaint)
}
