import { Command, Option } from 'commander'
import { VERSION } from '../version.js'
import { registerInit } from './commands/init.js'
import { registerUser } from './commands/user.js'
import { registerCustomer } from './commands/customer.js'
import { registerProduct } from './commands/product.js'
import { registerStock } from './commands/stock.js'
import { registerInquiry } from './commands/inquiry.js'
import { registerContract } from './commands/contract.js'
import { registerOrder } from './commands/order.js'
import { registerSettings } from './commands/settings.js'
import { registerQuote } from './commands/quote.js'
import { registerPayment } from './commands/payment.js'
import { registerProduction } from './commands/production.js'
import { registerShip } from './commands/ship.js'
import { registerChange } from './commands/change.js'
import { registerInvoice } from './commands/invoice.js'
import { registerFeedback } from './commands/feedback.js'
import { registerComplaint } from './commands/complaint.js'

/** The command tree of SPEC §4 with the global options of SPEC §5. */
export function buildProgram(): Command {
  const program = new Command('orderdesk')
    .description('The order desk of a make-to-order manufacturer: from the first phone call to delivery.')
    .version(VERSION, '-V, --version')
    .option('--db <path>', 'database file (else ORDERDESK_DB, else $XDG_DATA_HOME/orderdesk/orderdesk.db)')
    .option('--as <user>', 'act as this user (else ORDERDESK_USER, else the OS user)')
    .option('--json', 'print one JSON document on stdout; errors as JSON on stderr')
    .option('--no-input', 'never prompt; missing values are an error (also ORDERDESK_NO_INPUT=1)')
    .option('-y, --yes', 'do not ask for confirmation')
    .addOption(new Option('--no-color', 'no colours (also NO_COLOR)'))
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ outputError: () => {} })
    .allowExcessArguments(false)

  registerInit(program)
  registerUser(program)
  registerCustomer(program)
  registerProduct(program)
  registerStock(program)
  registerInquiry(program)
  registerQuote(program)
  registerContract(program)
  registerPayment(program)
  registerOrder(program)
  registerProduction(program)
  registerChange(program)
  registerShip(program)
  registerInvoice(program)
  registerFeedback(program)
  registerComplaint(program)
  registerSettings(program)
  return program
}
