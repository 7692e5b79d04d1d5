import type { Command } from 'commander'
import type { infer as Infer } from 'zod/mini'
import { ROLES, type Role } from '../../../domain/roles.js'
import { tr } from '../../../messages/index.js'
import { userJson } from '../../../render/user-view.js'
import { requirePermission } from '../../../services/context.js'
import { editUser } from '../../../services/edit-user.js'
import { needsPin } from '../../../services/manager-signoff.js'
import { action } from '../../action.js'
import { serviceContext, type Session } from '../../context.js'
import { oneOf, z } from '../../flags.js'
import { described } from '../../help.js'
import { managerPin, requirePins } from '../../manager-pin.js'
import { roleChoices } from './role-choices.js'

export const schema = z.object({ role: oneOf(ROLES) })
export type Options = Infer<typeof schema> & { name: string }

/** `user edit <name> --role`: a manager's sign-off. */
export function register(user: Command): void {
  const cmd = user.command('edit <name>').option('--role <role>')
  described(cmd, 'user edit').action(action(schema, run))
}

/** Changes a user's role; a non-manager is refused before anything is asked. */
export async function run(opts: Options, s: Session): Promise<void> {
  const { name } = opts
  const ctx = await serviceContext(s)
  requirePermission(ctx, 'user.write', 'user.editRole')
  requirePins(s, { current: needsPin(ctx) ? tr('user.pinOf', { user: ctx.actor.name, which: 'pin' }) : null }, opts.role ? [] : ['--role'])
  const role: Role = opts.role ?? (await s.prompt.select(tr('user.askNewRole', { user: name }), roleChoices()))
  const r = await editUser(ctx, { name, role }, await managerPin(s, ctx))
  s.out.result({ ...userJson(r.user), previousRole: r.previousRole }, () => '')
  s.out.done(tr('user.roleChanged', { user: r.user.name, role: r.user.role, previous: r.previousRole }))
}
