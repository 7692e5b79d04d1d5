import type { Command } from 'commander'
import { described } from '../../help.js'
import * as add from './add.js'
import * as edit from './edit.js'
import * as list from './list.js'
import * as pin from './pin.js'

/**
 * `user add|edit|pin|list`: the people at the desk, their roles and PINs (SPEC §2). Every
 * change is a manager's sign-off (their PIN), except the very first user of an empty desk and
 * a user changing their own PIN with the current one.
 */
export function registerUser(program: Command): void {
  const user = described(program.command('user'), 'user')
  add.register(user)
  edit.register(user)
  pin.register(user)
  list.register(user)
}
