import { NotFoundError, RefusedError, ValidationError } from '../domain/errors.js'
import { ROLES, type Role } from '../domain/roles.js'
import { appendEvent } from '../store/queries/events.js'
import { countSigningManagers, findUser } from '../store/queries/users.js'
import { immediate } from '../store/transaction.js'
import type { Kysely } from 'kysely'
import type { Database, User } from '../store/schema.js'
import { requirePermission, type ServiceContext } from './context.js'
import { requireManagerSignoff } from './manager-signoff.js'

/**
 * `user edit <name> --role <role>`: changes a user's role, a sign-off by a manager (`pin`).
 * A user becomes manager only with a PIN already set; the last manager with a PIN cannot be
 * made anything else (the desk would have nobody left to sign, and so nobody to undo it).
 * The rules are checked before the PIN (a refused change costs no attempt) and again in the
 * transaction.
 */
export async function editUser(ctx: ServiceContext, input: { name: string; role: Role }, pin: string | null): Promise<{ user: User; previousRole: string }> {
  if (!ROLES.includes(input.role)) throw new ValidationError('role', input.role, `must be one of ${ROLES.join(', ')}`)
  requirePermission(ctx, 'user.write', 'changing a role')
  await checkEdit(ctx.db, input)
  await requireManagerSignoff(ctx, pin, { action: 'user edit', ref: input.name })
  return immediate(ctx.db, async (tx) => {
    const before = await checkEdit(tx, input)
    await tx.updateTable('users').set({ role: input.role }).where('name', '=', input.name).execute()
    await appendEvent(tx, {
      at: ctx.now(),
      businessDate: ctx.today,
      actor: ctx.actor.name,
      action: 'user.edit',
      entity: 'user',
      ref: input.name,
      data: { from: before.role, to: input.role },
    })
    return { user: (await findUser(tx, input.name))!, previousRole: before.role }
  })
}

async function checkEdit(db: Kysely<Database>, input: { name: string; role: Role }): Promise<User> {
  const user = await findUser(db, input.name)
  if (!user) throw new NotFoundError('user', input.name, 'see `orderdesk user list`')
  if (user.role === input.role) throw new ValidationError('role', input.role, `${user.name} is ${user.role} already; nothing changed`)
  if (input.role === 'manager' && !user.pin_hash) {
    throw new RefusedError(`${user.name} has no PIN, and a manager needs one: set it first with \`orderdesk user pin ${user.name}\``, 'no_pin', {
      user: user.name,
    })
  }
  if (user.role === 'manager' && user.pin_hash && (await countSigningManagers(db)) <= 1) {
    throw new RefusedError(
      `${user.name} is the last manager with a PIN: nobody would be left to sign; make another user manager first`,
      'last_manager',
      { user: user.name },
    )
  }
  return user
}
