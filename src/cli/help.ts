import type { Command } from 'commander'
import type { HelpKey } from '../messages/en/help.js'
import type { HelpEntry } from '../messages/help-entry.js'
import { helpOf as helpInUse, tr } from '../messages/index.js'

/** Which catalogue entry each described command took its words from (for the command reference). */
const KEYS = new WeakMap<Command, HelpKey>()

/** The catalogue's help of a command (`''`: orderdesk itself). */
export function helpOf(key: HelpKey): HelpEntry {
  return helpInUse(key)
}

/** The key a command was described by, if it was. */
export function helpKeyOf(cmd: Command): HelpKey | undefined {
  return KEYS.get(cmd)
}

/**
 * Gives a command its words from the help catalogue: the description, its arguments' and
 * options' texts, and after the options who may run it and one example. A command file names
 * only the flags; what they mean to the user is in `src/messages/<language>/help/<group>.ts`.
 *
 * @example
 * described(invoice.command('issue <order>').option('--number <invoice no.>'), 'invoice issue')
 */
export function described(cmd: Command, key: HelpKey): Command {
  const h = helpInUse(key)
  KEYS.set(cmd, key)
  cmd.description(h.description)
  for (const a of cmd.registeredArguments) {
    const text = h.arguments?.[a.name()]
    if (text !== undefined) a.description = text
  }
  for (const o of cmd.options) {
    const text = o.long ? h.options?.[o.long] : undefined
    if (text !== undefined) o.description = text
  }
  if (h.who !== undefined || h.example !== undefined) {
    cmd.addHelpText('after', () => {
      const lines = ['']
      if (h.who !== undefined) lines.push(tr('program.who', { who: h.who }))
      if (h.example !== undefined) lines.push('', tr('program.example'), `  $ ${h.example}`)
      return `${lines.join('\n')}\n`
    })
  }
  return cmd
}
