import { RefusedError, ValidationError } from '../domain/errors.js'
import { hashPin, PIN_RULE, validPin } from '../domain/pin.js'
import { ROLES, type Role } from '../domain/roles.js'
import { appendEvent } from '../store/queries/events.js'
import { countUsers, findUser } from '../store/queries/users.js'
import { immediate } from '../store/transaction.js'
import type { User } from '../store/schema.js'
import { requirePermission, type ServiceContext } from './context.js'
import { requireManagerSignoff } from './manager-signoff.js'

export interface AddUserInput {
  name: string
  role: Role
  fullName?: string | null
  /** The new user's PIN (required for a manager). */
  pin?: string | null
}

const FIRST_USER = 'the first user of a new desk must be a manager with a PIN: `orderdesk user add <name> --role manager --pin`'

type AddUserContext = Omit<ServiceContext, 'actor'> & { actor: User | null; actorName: string }

/**
 * Who may add a user, checked before anything is asked: on an empty desk anyone (the first
 * user, see below), else only a manager. Gives whether this is the first user.
 */
export async function mayAddUser(ctx: AddUserContext): Promise<{ first: boolean }> {
  if ((await countUsers(ctx.db)) === 0) return { first: true }
  if (!ctx.actor) {
    throw new RefusedError(`user ${JSON.stringify(ctx.actorName)} is not an orderdesk user; a manager adds users`, 'unknown_user')
  }
  requirePermission({ ...ctx, actor: ctx.actor }, 'user.write', 'adding a user')
  return { first: false }
}

/**
 * Adds a desk user: a sign-off by a manager (`pin` is the acting manager's). A manager is
 * never created without a PIN. The first user of an empty desk — nobody there to sign — must
 * be a manager with a PIN, and may be added by anyone (bootstrap).
 */
export async function addUser(ctx: AddUserContext, input: AddUserInput, pin: string | null): Promise<User> {
  if (!/^[a-z][a-z0-9._-]{0,31}$/i.test(input.name)) {
    throw new ValidationError('name', input.name, 'letters, digits, . _ - (start with a letter, at most 32)')
  }
  if (!ROLES.includes(input.role)) throw new ValidationError('role', input.role, `must be one of ${ROLES.join(', ')}`)
  const { first } = await mayAddUser(ctx)
  if (first && input.role !== 'manager') throw new RefusedError(FIRST_USER, 'first_user')
  if (input.pin != null && !validPin(input.pin)) throw new ValidationError('pin', '****', PIN_RULE)
  if (input.role === 'manager' && input.pin == null) throw new ValidationError('pin', '', 'a manager needs a PIN: pass --pin')
  if (!first) {
    const actx = { ...ctx, actor: ctx.actor! }
    if (await findUser(ctx.db, input.name)) throw new ValidationError('name', input.name, 'a user of that name exists')
    await requireManagerSignoff(actx, pin, { action: 'user add', ref: input.name })
  }
  const pinHash = input.pin ? hashPin(input.pin) : null
  return immediate(ctx.db, async (tx) => {
    if (first && (await countUsers(tx)) > 0) {
      throw new RefusedError('the desk got its first user meanwhile; a manager adds users now', 'first_user')
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
      data: { role: input.role, pin: pinHash ? 'set' : 'none', ...(first ? { first: true } : {}) },
    })
    return (await findUser(tx, input.name))!
  })
}
