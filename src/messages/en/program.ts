import type { ProgramMessages } from '../../domain/messages/program.js'
import type { Words } from '../words.js'

/** The program's own words in English (commander's as commander says them). */
export const program: Words<ProgramMessages> = {
  'program.heading': (p) => p.heading,
  'program.helpOption': () => 'display help for command',
  'program.helpCommand': () => 'display help for command',
  'program.who': (p) => `Who may run it: ${p.who}`,
  'program.example': () => 'Example:',
  'program.usage': (p) => `${p.text} (see \`orderdesk --help\`)`,
  'program.next': () => 'next: ',
  'program.badLanguage': (p) => `invalid ${p.source} ${JSON.stringify(p.value)}: must be zh-CN or en`,
  'program.referenceTitle': () => 'Command reference',
  'program.referenceIntro': (p) =>
    `${p.description} Every command below also takes the global options and \`-h, --help\`. The procedure they belong to is in [the clerk's guide](guide.md).`,
  'program.referenceGlobalOptions': () => 'Global options',
  'program.referenceCommands': () => 'Commands',
  'program.referenceSubcommands': () => 'Commands: ',
  'program.referenceArgumentHead': () => 'argument',
  'program.referenceOptionHead': () => 'option',
  'program.referenceMeaningHead': () => 'meaning',
  'program.promptKey': (p) => p.action,
  'program.promptYes': () => 'Yes',
  'program.promptNo': () => 'No',
  'program.promptYesOrNo': (p) => `You must answer with "${p.yes}" or "${p.no}"`,
  'program.promptNoResults': () => 'No results found',
  'program.defaultValue': (p) => `(default: ${p.value})`,
}
