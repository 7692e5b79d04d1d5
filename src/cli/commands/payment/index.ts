import type { Command } from 'commander'
import { described } from '../../help.js'
import * as record from './record.js'

/** `payment record`: money from the customer, against the contract. */
export function registerPayment(program: Command): void {
  const payment = described(program.command('payment'), 'payment')
  record.register(payment)
}
