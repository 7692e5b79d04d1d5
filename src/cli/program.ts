import { Command, Option } from 'commander'
import { installWords } from '../messages/index.js'
import { VERSION } from '../version.js'

type Register = (program: Command) => void

/**
 * The command groups of SPEC §4, in help order. Each is loaded only when it is the one being
 * run (or for the full help), so a command parses just its own code: add new groups here.
 */
export const COMMANDS: { name: string; load: () => Promise<Register> }[] = [
  { name: 'init', load: async () => (await import('./commands/init.js')).registerInit },
  { name: 'user', load: async () => (await import('./commands/user.js')).registerUser },
  { name: 'customer', load: async () => (await import('./commands/customer.js')).registerCustomer },
  { name: 'product', load: async () => (await import('./commands/product.js')).registerProduct },
  { name: 'stock', load: async () => (await import('./commands/stock.js')).registerStock },
  { name: 'inquiry', load: async () => (await import('./commands/inquiry.js')).registerInquiry },
  { name: 'quote', load: async () => (await import('./commands/quote.js')).registerQuote },
  { name: 'contract', load: async () => (await import('./commands/contract.js')).registerContract },
  { name: 'payment', load: async () => (await import('./commands/payment.js')).registerPayment },
  { name: 'order', load: async () => (await import('./commands/order.js')).registerOrder },
  { name: 'production', load: async () => (await import('./commands/production.js')).registerProduction },
  { name: 'change', load: async () => (await import('./commands/change.js')).registerChange },
  { name: 'ship', load: async () => (await import('./commands/ship.js')).registerShip },
  { name: 'invoice', load: async () => (await import('./commands/invoice/index.js')).registerInvoice },
  { name: 'feedback', load: async () => (await import('./commands/feedback.js')).registerFeedback },
  { name: 'complaint', load: async () => (await import('./commands/complaint.js')).registerComplaint },
  { name: 'print', load: async () => (await import('./commands/print/index.js')).registerPrint },
  { name: 'import', load: async () => (await import('./commands/import.js')).registerImport },
  { name: 'report', load: async () => (await import('./commands/report.js')).registerReport },
  { name: 'settings', load: async () => (await import('./commands/settings.js')).registerSettings },
  { name: 'audit', load: async () => (await import('./commands/audit.js')).registerAudit },
  { name: 'backup', load: async () => (await import('./commands/backup.js')).registerBackup },
  { name: 'migrate-db', load: async () => (await import('./commands/migrate-db.js')).registerMigrateDb },
]

/** Global options that take a value (to find the command word after them). */
const VALUE_OPTIONS = new Set(['--db', '--as'])

/** The command word of argv (the first non-option), if any. */
export function commandWord(args: string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!
    if (a === '--') return undefined
    if (a.startsWith('-')) {
      if (VALUE_OPTIONS.has(a)) i++
      continue
    }
    return a
  }
  return undefined
}

/** The command tree of SPEC §4 with the global options of SPEC §5 (only the group `argv` runs). */
export async function buildProgram(argv: string[] = []): Promise<Command> {
  installWords()
  const program = new Command('orderdesk')
    .description('The order desk of a make-to-order manufacturer: from the first phone call to delivery.')
    .version(VERSION, '-V, --version')
    .option('--db <path>', 'database file, or a postgres:// URL (else ORDERDESK_DB, else $XDG_DATA_HOME/orderdesk/orderdesk.db)')
    .option('--as <user>', 'act as this user (else ORDERDESK_USER, else the OS user)')
    .option('--json', 'print one JSON document on stdout; errors as JSON on stderr')
    .option('--no-input', 'never prompt; missing values are an error (also ORDERDESK_NO_INPUT=1)')
    .option('-y, --yes', 'do not ask for confirmation')
    .addOption(new Option('--no-color', 'no colours (also NO_COLOR)'))
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ outputError: () => {} })
    .allowExcessArguments(false)

  const word = commandWord(argv.slice(2))
  const one = COMMANDS.find((c) => c.name === word)
  const groups = one ? [one] : COMMANDS
  for (const register of await Promise.all(groups.map((c) => c.load()))) register(program)
  return program
}
