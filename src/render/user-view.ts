import type { User } from '../read/users.js'
import { tr } from '../messages/index.js'
import { table } from './table.js'

/** A desk user as `user add|edit|pin|list --json` print it: whether a PIN is set, never its hash. */
export function userJson(u: User) {
  return { name: u.name, role: u.role, fullName: u.full_name, pin: u.pin_hash !== null }
}

/** `user list`: one line a user, the role by its name. */
export function userTable(users: User[]): string {
  const head = [tr('user.column', { column: 'name' }), tr('user.column', { column: 'role' }), tr('user.column', { column: 'fullName' }), tr('user.column', { column: 'pin' })]
  return table(head, users.map((u) => [u.name, tr('name.role', { role: u.role }), u.full_name ?? '', u.pin_hash ? tr('user.hasPin') : '']))
}
