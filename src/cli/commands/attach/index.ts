import type { Command } from 'commander'
import { described } from '../../help.js'
import * as add from './add.js'
import * as get from './get.js'

/** `attach <order> <file>`: the source material kept with an order (传真 / 电话录音记录); `attach get` hands it back. */
export function registerAttach(program: Command): void {
  const attach = program.command('attach')
  add.register(attach)
  described(attach, 'attach')
  get.register(attach)
}
