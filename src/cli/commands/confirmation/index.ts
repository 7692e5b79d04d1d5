import type { Command } from 'commander'
import { described } from '../../help.js'
import * as countersign from './countersign.js'

/** `confirmation countersign`: the customer signed the order confirmation (客户收到订单确认文件后需签字确认). */
export function registerConfirmation(program: Command): void {
  const confirmation = described(program.command('confirmation'), 'confirmation')
  countersign.register(confirmation)
}
