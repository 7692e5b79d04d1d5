import type { User } from '../read/users.js'
import { table } from './table.js'

/** A desk user as `user add|edit|pin|list --json` print it: whether a PIN is set, never its hash. */
export function userJson(u: User) {
  return { name: u.name, role: u.role, fullName: u.full_name, pin: u.pin_hash !== null }
}

/** `user list`: one line a user. */
export function userTable(users: User[]): string {
  return table(['Name', 'Role', 'Full name', 'PIN'], users.map((u) => [u.name, u.role, u.full_name ?? '', u.pin_hash ? 'yes' : '']))
}
