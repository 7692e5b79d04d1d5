import type { Command } from 'commander'
import { action } from '../../action.js'
import type { Session } from '../../context.js'
import { described } from '../../help.js'
import { run as countersign, schema, type Options } from '../contract/countersign.js'

/** `confirmation countersign <order> --date --ref`: the customer's signed order confirmation came back (回签; clerk, manager). */
export function register(confirmation: Command): void {
  const cmd = confirmation.command('countersign <order>').option('--date <date>').option('--ref <reference>').option('--correct').option('--reason <text>')
  described(cmd, 'confirmation countersign').action(action(schema, (opts: Options, s: Session) => countersign(opts, s, 'confirmation')))
}
