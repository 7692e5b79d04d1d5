import type { Command } from 'commander'
import { described } from '../../help.js'
import * as set from './set.js'
import * as show from './show.js'
import * as unset from './unset.js'

/** `settings show|set|unset`: the desk's configuration, stored in the database. */
export function registerSettings(program: Command): void {
  const settings = described(program.command('settings'), 'settings')
  show.register(settings)
  set.register(settings)
  unset.register(settings)
}
