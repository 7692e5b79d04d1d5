import type { Argument, Command, Help, Option } from 'commander'
import type { Language } from '../domain/language.js'
import { tr } from '../messages/index.js'
import { helpKeyOf, helpOf } from './help.js'

/**
 * The command reference (docs/commands.md; in Chinese docs/zh-CN/commands.md), written in the
 * language in use from the command tree itself so that it
 * cannot drift from `--help`: every command's usage, description, arguments and options as
 * commander shows them, and — for commands described through the help catalogue — who may run
 * it and its example. Only `npm run docs:commands` (scripts/command-reference.ts) and its test
 * load this file; a normal run never does, so it is not in the bundle.
 */
export const REFERENCES: readonly { language: Language; file: string }[] = [
  { language: 'en', file: 'docs/commands.md' },
  { language: 'zh-CN', file: 'docs/zh-CN/commands.md' },
]

export function commandReference(program: Command): string {
  const help = program.createHelp()
  const groups = subcommandsOf(program, help)
  return [
    ...preamble(program),
    ...globalOptions(program, help),
    ...contents(groups, help),
    ...groups.flatMap((group) => commandSections(group, help)),
  ].join('\n')
}

/** The title and where the text comes from (so that nobody edits the generated file by hand). */
function preamble(program: Command): string[] {
  return [
    `# ${tr('program.referenceTitle')}`,
    '',
    '<!-- Generated from the command tree by `npm run docs:commands` (src/cli/command-reference.ts). Do not edit: test/unit/command-reference.test.ts fails when it is stale. -->',
    '',
    tr('program.referenceIntro', { description: program.description() }),
    '',
  ]
}

/** The options of `orderdesk` itself, accepted before or after any subcommand. */
function globalOptions(program: Command, help: Help): string[] {
  return [`## ${tr('program.referenceGlobalOptions')}`, '', ...optionTable(ownOptions(program, help), help)]
}

/** One line per group, with its commands, linking to their sections. */
function contents(groups: Command[], help: Help): string[] {
  const line = (group: Command): string => {
    const subs = subcommandsOf(group, help)
    const links = subs.map((c) => `[${c.name()}](#${anchorOf(c)})`).join(', ')
    return `- [${group.name()}](#${anchorOf(group)})${links ? `: ${links}` : ''}`
  }
  return [`## ${tr('program.referenceCommands')}`, '', ...groups.map(line), '']
}

/** A command's section, then its subcommands' sections (depth first, in help order). */
function commandSections(cmd: Command, help: Help): string[] {
  return [...commandSection(cmd, help), ...subcommandsOf(cmd, help).flatMap((c) => commandSections(c, help))]
}

function commandSection(cmd: Command, help: Help): string[] {
  const subs = subcommandsOf(cmd, help)
  const heading = cmd.parent?.parent ? '###' : '##'
  return [
    `${heading} ${pathOf(cmd)}`,
    '',
    ...paragraph(inline(help.commandDescription(cmd))),
    '```',
    help.commandUsage(cmd),
    '```',
    '',
    ...argumentTable(cmd.registeredArguments, help),
    ...optionTable(ownOptions(cmd, help), help),
    ...(subs.length ? [tr('program.referenceSubcommands') + subs.map((c) => `[\`${c.name()}\`](#${anchorOf(c)})`).join(', '), ''] : []),
    ...whoAndExample(cmd),
  ]
}

/** Who may run it and one example, from the help catalogue (commands described there only). */
function whoAndExample(cmd: Command): string[] {
  const key = helpKeyOf(cmd)
  if (key === undefined) return []
  const { who, example } = helpOf(key)
  return [
    ...(who !== undefined ? [inline(tr('program.who', { who })), ''] : []),
    ...(example !== undefined ? [tr('program.example'), '', '```console', `$ ${example}`, '```', ''] : []),
  ]
}

function argumentTable(args: readonly Argument[], help: Help): string[] {
  if (!args.length) return []
  return table([tr('program.referenceArgumentHead'), tr('program.referenceMeaningHead')], args.map((a) => [`\`${help.argumentTerm(a)}\``, help.argumentDescription(a)]))
}

function optionTable(options: readonly Option[], help: Help): string[] {
  if (!options.length) return []
  return table([tr('program.referenceOptionHead'), tr('program.referenceMeaningHead')], options.map((o) => [`\`${help.optionTerm(o)}\``, help.optionDescription(o)]))
}

function table(head: string[], rows: string[][]): string[] {
  const row = (cells: string[]): string => `| ${cells.map(cell).join(' | ')} |`
  return [row(head), `|${head.map(() => '---').join('|')}|`, ...rows.map(row), '']
}

/** A table cell: one line of {@link inline} text, and a `|` that does not end the cell (in code too). */
function cell(text: string): string {
  return inline(text.replace(/\s*\n\s*/g, ' ')).replace(/\|/g, '\\|')
}

/** Help text as Markdown: `<order>` outside a code span is text, not an HTML tag. */
function inline(text: string): string {
  return text
    .split(/(`[^`]*`)/)
    .map((part) => (part.startsWith('`') ? part : part.replace(/</g, '&lt;').replace(/>/g, '&gt;')))
    .join('')
}

function paragraph(text: string): string[] {
  return text ? [text, ''] : []
}

/** The command's visible subcommands, without commander's implicit `help` command. */
function subcommandsOf(cmd: Command, help: Help): Command[] {
  return help.visibleCommands(cmd).filter((c) => cmd.commands.includes(c))
}

/** The command's visible options, without commander's implicit `-h, --help`. */
function ownOptions(cmd: Command, help: Help): Option[] {
  return help.visibleOptions(cmd).filter((o) => cmd.options.includes(o))
}

/** `orderdesk invoice issue`: the words a user types, from the root down. */
function pathOf(cmd: Command): string {
  const names: string[] = []
  for (let c: Command | null = cmd; c; c = c.parent) names.unshift(c.name())
  return names.join(' ')
}

/** The anchor a Markdown renderer (GitHub's) gives the command's heading. */
function anchorOf(cmd: Command): string {
  return pathOf(cmd).toLowerCase().replace(/[^a-z0-9 _-]/g, '').replace(/ /g, '-')
}
