import type { Command } from 'commander'
import { described } from '../../help.js'
import * as add from './add.js'

/** `feedback add <order>`: the satisfaction survey after delivery. */
export function registerFeedback(program: Command): void {
  const feedback = described(program.command('feedback'), 'feedback')
  add.register(feedback)
}
