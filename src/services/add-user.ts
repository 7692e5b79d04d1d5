import { RefusedError, ValidationError } from '../domain/errors.js'
import { hashPin, validPin } from '../domain/pin.js'
import { ROLES, type Role } from '../domain/roles.js'
import { appendEvent } from '../store/queries/events.js'
import { countUsers, findUser } from '../store/queries/users.js'
import { immediate } from '../store/transaction.js'
import type { User } from '../store/schema.js'
import { requirePermission, type ServiceContext } from './context.js'

export interface AddUserInput {
  name: string
  role: Role
  fullName?: string | null
  pin?: string | null
}

/**
 * Adds a desk user. The first user of a new database may be added by anyone (bootstrap);
 * after that only a manager adds users.
 */
export async function addUser(ctx: Omit<ServiceContext, 'actor'> & { actor: User | null; actorName: string }, input: AddUserInput): Promise<User> {
  if (!/^[a-z][a-z0-9._-]{0,31}$/i.test(input.name)) {
    throw new ValidationError('name', input.name, 'letters, digits, . _ - (start with a letter, at most 32)')
  }
  if (!ROLES.includes(input.role)) throw new ValidationError('role', input.role, `must be one of ${ROLES.join(', ')}`)
  if (input.pin != null && !validPin(input.pin)) throw new ValidationError('pin', '****', 'must be 4 to 12 digits')
  const pinHash = input.pin ? hashPin(input.pin) : null
  return immediate(ctx.db, async (tx) => {
    if ((await countUsers(tx)) > 0) {
      if (!ctx.actor) {
        throw new RefusedError(`user ${JSON.stringify(ctx.actorName)} is not an orderdesk user; a manager adds users`, 'unknown_user')
      }
      requirePermission({ ...ctx, actor: ctx.actor }, 'user.write', 'adding a user')
    }
    if (await findUser(tx, input.name)) throw new ValidationError('name', input.name, 'a user of that name exists')
    const at = ctx.now()
    await tx
      .insertInto('users')
      .values({ name: input.name, role: input.role, full_name: input.fullName ?? null, pin_hash: pinHash, created_at: at })
      .execute()
    await appendEvent(tx, {
      at,
      businessDate: ctx.today,
      actor: ctx.actor?.name ?? ctx.actorName,
      action: 'user.add',
      entity: 'user',
      ref: input.name,
      data: { role: input.role, pin: pinHash ? 'set' : 'none' },
    })
    return (await findUser(tx, input.name))!
  })
}
