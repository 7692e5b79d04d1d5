import { RefusedError, ValidationError } from '../domain/errors.js'
import { msg } from '../domain/message.js'
import { hashPin, PIN_MAX, PIN_MIN, validPin } from '../domain/pin.js'
import { ROLES, type Role } from '../domain/roles.js'
import { countUsers, findUser, insertUser } from '../store/queries/users.js'
import { immediate } from '../store/transaction.js'
import type { User } from '../store/schema.js'
import { requirePermission, type ServiceContext } from './context.js'
import { requireManagerSignoff } from './manager-signoff.js'
import { recordEvent } from './record-step.js'

export interface AddUserInput {
  name: string
  role: Role
  fullName?: string | null
  /** The new user's PIN (required for a manager). */
  pin?: string | null
}

type AddUserContext = Omit<ServiceContext, 'actor'> & { actor: User | null; actorName: string }

/**
 * Who may add a user, checked before anything is asked: on an empty desk anyone (the first
 * user, see below), else only a manager. Gives whether this is the first user.
 */
export async function mayAddUser(ctx: AddUserContext): Promise<{ first: boolean }> {
  if ((await countUsers(ctx.db)) === 0) return { first: true }
  if (!ctx.actor) throw new RefusedError(msg('user.notAUser', { name: ctx.actorName }), 'unknown_user')
  requirePermission({ ...ctx, actor: ctx.actor }, 'user.write', 'user.add')
  return { first: false }
}

/**
 * Adds a desk user: a sign-off by a manager (`pin` is the acting manager's). A manager is
 * never created without a PIN. The first user of an empty desk — nobody there to sign — must
 * be a manager with a PIN, and may be added by anyone (bootstrap).
 */
export async function addUser(ctx: AddUserContext, input: AddUserInput, pin: string | null): Promise<User> {
  checkNewUser(input)
  const { first } = await mayAddUser(ctx)
  if (first && input.role !== 'manager') throw new RefusedError(msg('user.firstMustBeManager', {}), 'first_user')
  if (input.pin != null && !validPin(input.pin)) throw new ValidationError('pin', '****', msg('user.pinRule', { min: PIN_MIN, max: PIN_MAX }))
  if (input.role === 'manager' && input.pin == null) throw new ValidationError('pin', '', msg('user.managerNeedsPin', {}))
  if (!first) {
    const signer = { ...ctx, actor: ctx.actor! }
    if (await findUser(ctx.db, input.name)) throw new ValidationError('name', input.name, msg('user.exists', {}))
    await requireManagerSignoff(signer, pin, { action: 'user add', ref: input.name })
  }
  const pinHash = input.pin ? hashPin(input.pin) : null
  return immediate(ctx.db, async (tx) => {
    if (first && (await countUsers(tx)) > 0) throw new RefusedError(msg('user.firstUserMeanwhile', {}), 'first_user')
    if (await findUser(tx, input.name)) throw new ValidationError('name', input.name, msg('user.exists', {}))
    const at = ctx.now()
    await insertUser(tx, { name: input.name, role: input.role, full_name: input.fullName ?? null, pin_hash: pinHash, created_at: at })
    await recordEvent(tx, { today: ctx.today, actor: { name: ctx.actor?.name ?? ctx.actorName } }, at, {
      action: 'user.add',
      entity: 'user',
      ref: input.name,
      data: { role: input.role, pin: pinHash ? 'set' : 'none', ...(first ? { first: true } : {}) },
    })
    return (await findUser(tx, input.name))!
  })
}

/** The name and role of a new user as given (exit 2 when not fit). */
function checkNewUser(input: AddUserInput): void {
  if (!/^[a-z][a-z0-9._-]{0,31}$/i.test(input.name)) throw new ValidationError('name', input.name, msg('user.nameRule', {}))
  if (!ROLES.includes(input.role)) throw new ValidationError('role', input.role, msg('user.roleRule', {}))
}
