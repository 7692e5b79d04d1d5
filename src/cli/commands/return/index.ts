import type { Command } from 'commander'
import { described } from '../../help.js'
import * as receive from './receive.js'

/** `return receive <order>`: goods that came back after delivery (issue 19). */
export function registerReturn(program: Command): void {
  const ret = described(program.command('return'), 'return')
  receive.register(ret)
}
