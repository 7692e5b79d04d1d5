import type { Command } from 'commander'
import type { infer as Infer } from 'zod/mini'
import { listUsers } from '../../../read/users.js'
import { userJson, userTable } from '../../../render/user-view.js'
import { action } from '../../action.js'
import type { Session } from '../../context.js'
import { z } from '../../flags.js'
import { described } from '../../help.js'

export const schema = z.object({})
export type Options = Infer<typeof schema>

/** `user list`: a read. */
export function register(user: Command): void {
  described(user.command('list'), 'user list').action(action(schema, run, { access: 'read' }))
}

/** Lists the desk's users with their roles and whether each has a PIN. */
export async function run(_opts: Options, s: Session): Promise<void> {
  const users = await listUsers(s.store.db)
  s.out.result(users.map(userJson), () => userTable(users))
}
