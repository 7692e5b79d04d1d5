/**
 * The parameters of the program's own words: commander's help headings and the lines it
 * adds, the framing of an error line, the "next:" label. Each key a message, each value
 * what its words need.
 */
export interface ProgramMessages {
  /** A heading of `--help`: commander's own English heading (`Usage:`, `Options:` …). */
  'program.heading': { heading: string }
  /** The `-h, --help` option's text. */
  'program.helpOption': Record<string, never>
  /** The `help [command]` command's text. */
  'program.helpCommand': Record<string, never>
  /** After the options: who may run the command (the words of its help entry). */
  'program.who': { who: string }
  /** The heading of the one example under a command's help. */
  'program.example': Record<string, never>
  /** A usage error from commander (unknown option, missing argument …), its code and English text. */
  'program.usage': { code: string; text: string }
  /** The label of the line that says what to run next, with what separates it from the command. */
  'program.next': Record<string, never>
  /** `--lang` or ORDERDESK_LANG names no language the desk speaks. */
  'program.badLanguage': { source: string; value: string }
  /** The command reference (docs/commands.md, docs/zh-CN/commands.md): its title. */
  'program.referenceTitle': Record<string, never>
  /** Its first paragraph: what orderdesk is (the root's description), and where the procedure is told. */
  'program.referenceIntro': { description: string }
  'program.referenceGlobalOptions': Record<string, never>
  'program.referenceCommands': Record<string, never>
  /** "Commands: " before a group's subcommands. */
  'program.referenceSubcommands': Record<string, never>
  /** The head of an argument table and of an option table. */
  'program.referenceArgumentHead': Record<string, never>
  'program.referenceOptionHead': Record<string, never>
  'program.referenceMeaningHead': Record<string, never>
  /** A key tip's action under a prompt (@inquirer's English: navigate, select, toggle visibility). */
  'program.promptKey': { action: string }
  /** A yes/no question's answers, and what it says to an answer that is neither. */
  'program.promptYes': Record<string, never>
  'program.promptNo': Record<string, never>
  'program.promptYesOrNo': { yes: string; no: string }
  /** A search pick list's term that matches nothing (@inquirer's "No results found"). */
  'program.promptNoResults': Record<string, never>
  /** After an option's text in `--help`: its default value (commander's "(default: 50)"). */
  'program.defaultValue': { value: string }
}
