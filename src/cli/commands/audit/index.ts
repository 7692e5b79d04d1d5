import type { Command } from 'commander'
import { described } from '../../help.js'
import * as verify from './verify.js'

/** `audit verify`: the tamper-evident audit trail. */
export function registerAudit(program: Command): void {
  const audit = described(program.command('audit'), 'audit')
  verify.register(audit)
}
