import { Command, Help, Option } from 'commander'
import { language, tr } from '../messages/index.js'
import { displayWidth, hasWide } from '../render/width.js'
import { wrapProse } from '../render/wrap.js'
import { described } from './help.js'
import { chooseLanguage } from './language.js'
import { VERSION } from '../version.js'

type Register = (program: Command) => void

/**
 * The command groups of SPEC §4, in help order. Each is loaded only when it is the one being
 * run (or for the full help), so a command parses just its own code: add new groups here.
 */
export const COMMANDS: { name: string; load: () => Promise<Register> }[] = [
  { name: 'init', load: async () => (await import('./commands/init/index.js')).registerInit },
  { name: 'user', load: async () => (await import('./commands/user/index.js')).registerUser },
  { name: 'customer', load: async () => (await import('./commands/customer/index.js')).registerCustomer },
  { name: 'product', load: async () => (await import('./commands/product/index.js')).registerProduct },
  { name: 'stock', load: async () => (await import('./commands/stock/index.js')).registerStock },
  { name: 'inquiry', load: async () => (await import('./commands/inquiry/index.js')).registerInquiry },
  { name: 'quote', load: async () => (await import('./commands/quote/index.js')).registerQuote },
  { name: 'contract', load: async () => (await import('./commands/contract/index.js')).registerContract },
  { name: 'confirmation', load: async () => (await import('./commands/confirmation/index.js')).registerConfirmation },
  { name: 'payment', load: async () => (await import('./commands/payment/index.js')).registerPayment },
  { name: 'order', load: async () => (await import('./commands/order/index.js')).registerOrder },
  { name: 'production', load: async () => (await import('./commands/production/index.js')).registerProduction },
  { name: 'change', load: async () => (await import('./commands/change/index.js')).registerChange },
  { name: 'ship', load: async () => (await import('./commands/ship/index.js')).registerShip },
  { name: 'return', load: async () => (await import('./commands/return/index.js')).registerReturn },
  { name: 'invoice', load: async () => (await import('./commands/invoice/index.js')).registerInvoice },
  { name: 'feedback', load: async () => (await import('./commands/feedback/index.js')).registerFeedback },
  { name: 'complaint', load: async () => (await import('./commands/complaint/index.js')).registerComplaint },
  { name: 'attach', load: async () => (await import('./commands/attach/index.js')).registerAttach },
  { name: 'print', load: async () => (await import('./commands/print/index.js')).registerPrint },
  { name: 'import', load: async () => (await import('./commands/import/index.js')).registerImport },
  { name: 'report', load: async () => (await import('./commands/report/index.js')).registerReport },
  { name: 'settings', load: async () => (await import('./commands/settings/index.js')).registerSettings },
  { name: 'audit', load: async () => (await import('./commands/audit/index.js')).registerAudit },
  { name: 'backup', load: async () => (await import('./commands/backup/index.js')).registerBackup },
  { name: 'migrate-db', load: async () => (await import('./commands/migrate-db/index.js')).registerMigrateDb },
]

/** Global options that take a value (to find the command word after them). */
const VALUE_OPTIONS = new Set(['--db', '--as', '--lang'])

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
  await chooseLanguage(argv.slice(2))
  const program = new Command('orderdesk')
    .version(VERSION, '-V, --version')
    .option('--db <path>')
    .option('--as <user>')
    .option('--lang <language>')
    .option('--json')
    .option('--no-input')
    .option('-y, --yes')
    .addOption(new Option('--no-color'))
  described(program, '')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ outputError: () => {} })
    .allowExcessArguments(false)
    .configureHelp(helpInWords)

  const word = commandWord(argv.slice(2))
  const one = COMMANDS.find((c) => c.name === word)
  const groups = one ? [one] : COMMANDS
  for (const register of await Promise.all(groups.map((c) => c.load()))) register(program)
  return program
}

/**
 * commander's help in the language in use: its headings and the help option's and help
 * command's texts from the catalogue, and columns measured as the terminal shows them
 * (a Chinese character takes two).
 */
const helpInWords: Partial<Help> = {
  styleTitle: (heading: string) => tr('program.heading', { heading }),
  displayWidth: (s: string) => displayWidth(s.replace(/\x1b\[[0-9;]*m/g, '')),
  optionDescription(this: Help, option: Option) {
    if (option.long === '--help') return tr('program.helpOption')
    // commander's "(default: 50)" after the text, in the language in use (English: commander's own)
    const text = Help.prototype.optionDescription.call(this, option)
    return language() === 'en' ? text : text.replace(/ ?\(default: (.*)\)$/, (_, value: string) => tr('program.defaultValue', { value }))
  },
  /** A Chinese description breaks between characters (commander breaks only at spaces); English as commander does. */
  boxWrap(this: Help, str: string, width: number) {
    if (width < this.minWidthToWrap || !hasWide(str)) return Help.prototype.boxWrap.call(this, str, width)
    return str
      .split(/\r\n|\n/)
      .map((line) => wrapProse(line, width))
      .join('\n')
  },
  /**
   * A command group is listed by its name, as every group is (`attach` takes arguments and
   * options of its own besides its subcommands: they are in `attach --help`, and would widen the
   * whole list's first column).
   */
  subcommandTerm(this: Help, cmd: Command) {
    return cmd.commands.length > 0 ? cmd.name() : Help.prototype.subcommandTerm.call(this, cmd)
  },
  subcommandDescription(this: Help, cmd: Command) {
    return cmd.name() === 'help' && cmd.description() === 'display help for command' ? tr('program.helpCommand') : Help.prototype.subcommandDescription.call(this, cmd)
  },
}
