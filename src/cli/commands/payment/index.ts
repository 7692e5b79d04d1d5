import type { Command } from 'commander'
import { described } from '../../help.js'
import * as record from './record.js'
import * as refund from './refund.js'
import * as voidPayment from './void.js'

/** `payment record`: money from the customer, against the contract; `payment refund` and `payment void` (issue 19). */
export function registerPayment(program: Command): void {
  const payment = described(program.command('payment'), 'payment')
  record.register(payment)
  refund.register(payment)
  voidPayment.register(payment)
}
