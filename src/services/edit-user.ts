import { NotFoundError, RefusedError, ValidationError } from '../domain/errors.js'
import { msg } from '../domain/message.js'
import { ROLES, type Role } from '../domain/roles.js'
import { countSigningManagers, findUser, setUserRole } from '../store/queries/users.js'
import { immediate } from '../store/transaction.js'
import type { Kysely } from 'kysely'
import type { Database, User } from '../store/schema.js'
import { requirePermission, type ServiceContext } from './context.js'
import { requireManagerSignoff } from './manager-signoff.js'
import { recordEvent } from './record-step.js'

/**
 * `user edit <name> --role <role>`: changes a user's role, a sign-off by a manager (`pin`).
 * A user becomes manager only with a PIN already set; the last manager with a PIN cannot be
 * made anything else (the desk would have nobody left to sign, and so nobody to undo it).
 * The rules are checked before the PIN (a refused change costs no attempt) and again in the
 * transaction.
 */
export async function editUser(ctx: ServiceContext, input: { name: string; role: Role }, pin: string | null): Promise<{ user: User; previousRole: string }> {
  if (!ROLES.includes(input.role)) throw new ValidationError('role', input.role, msg('user.roleRule', {}))
  requirePermission(ctx, 'user.write', 'user.editRole')
  await checkEdit(ctx.db, input)
  await requireManagerSignoff(ctx, pin, { action: 'user edit', ref: input.name })
  return immediate(ctx.db, async (tx) => {
    const before = await checkEdit(tx, input)
    await setUserRole(tx, input.name, input.role)
    await recordEvent(tx, ctx, ctx.now(), { action: 'user.edit', entity: 'user', ref: input.name, data: { from: before.role, to: input.role } })
    return { user: (await findUser(tx, input.name))!, previousRole: before.role }
  })
}

async function checkEdit(db: Kysely<Database>, input: { name: string; role: Role }): Promise<User> {
  const user = await findUser(db, input.name)
  if (!user) throw new NotFoundError('user', input.name, msg('user.seeList', {}))
  if (user.role === input.role) throw new ValidationError('role', input.role, msg('user.sameRole', { user: user.name, role: user.role }))
  if (input.role === 'manager' && !user.pin_hash) {
    throw new RefusedError(msg('user.managerWithoutPin', { user: user.name }), 'no_pin', { user: user.name })
  }
  if (user.role === 'manager' && user.pin_hash && (await countSigningManagers(db)) <= 1) {
    throw new RefusedError(msg('user.lastManager', { user: user.name }), 'last_manager', { user: user.name })
  }
  return user
}
