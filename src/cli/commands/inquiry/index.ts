import type { Command } from 'commander'
import { described } from '../../help.js'
import * as drop from './drop.js'
import * as create from './new.js'

/** `inquiry new|drop`: SPEC §1 step 1, the pre-order from the phone call. */
export function registerInquiry(program: Command): void {
  const inquiry = described(program.command('inquiry'), 'inquiry')
  create.register(inquiry)
  drop.register(inquiry)
}
