import type { Command } from 'commander'
import type { infer as Infer } from 'zod/mini'
import { ROLES, type Role } from '../../../domain/roles.js'
import { tr } from '../../../messages/index.js'
import { findUser } from '../../../read/users.js'
import { userJson } from '../../../render/user-view.js'
import { addUser, mayAddUser } from '../../../services/add-user.js'
import { needsPin } from '../../../services/manager-signoff.js'
import { action } from '../../action.js'
import { actorName, type Session } from '../../context.js'
import { flag, oneOf, text, z } from '../../flags.js'
import { described } from '../../help.js'
import { actorPin, newPin, requirePins } from '../../manager-pin.js'
import { roleChoices } from './role-choices.js'

export const schema = z.object({ role: oneOf(ROLES), fullName: text(80), pin: flag() })
export type Options = Infer<typeof schema> & { name: string }

/** `user add <name> --role`: a manager's sign-off, or the first user of a new desk (anyone). */
export function register(user: Command): void {
  const cmd = user.command('add <name>').option('--role <role>').option('--full-name <text>').option('--pin')
  described(cmd, 'user add').action(action(schema, run, { anyUser: true }))
}

/**
 * Adds a user. A stranger or a clerk is refused before anything is asked; then every missing
 * flag and PIN is named at once (exit 2 without a terminal), then the role, the signing
 * manager's PIN and the new user's PIN are asked in that order.
 */
export async function run(opts: Options, s: Session): Promise<void> {
  const { name } = opts
  const asName = actorName(s.opts)
  const actor = (await findUser(s.store.db, asName)) ?? null
  const ctx = { db: s.store.db, store: s.store, actor, actorName: asName, today: s.today, now: s.now }
  const { first } = await mayAddUser(ctx)
  const signs = !first && needsPin({ actor: actor! })
  const fresh = (role: Role | undefined) =>
    role === 'manager' ? tr('user.pinOf', { user: name, which: 'newManager' }) : opts.pin ? tr('user.pinOf', { user: name, which: 'pin' }) : null
  requirePins(s, { current: signs ? tr('user.pinOf', { user: asName, which: 'pin' }) : null, fresh: fresh(opts.role) }, opts.role ? [] : ['--role'])
  const role: Role = opts.role ?? (await s.prompt.select(tr('user.askRole'), roleChoices()))
  const pin = signs ? await actorPin(s, actor!, tr('user.askPin', { user: asName })) : null
  const given = fresh(role) !== null ? await newPin(s, name) : null
  const u = await addUser(ctx, { name, role, fullName: opts.fullName ?? null, pin: given }, pin)
  s.out.result(userJson(u), () => '')
  s.out.done(tr('user.added', { user: u.name, role: u.role, pin: u.pin_hash !== null }))
}
